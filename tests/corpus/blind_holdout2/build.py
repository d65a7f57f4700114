"""Writes the second blind hold-out corpus: ``NNN-name.eml`` and ``NNN-name.expected.json`` for each message.

    .venv/bin/python -m tests.corpus.blind_holdout2.build            # rewrites the files, then validates them
    .venv/bin/python -m tests.corpus.blind_holdout2.build --check    # validates the files on disk only

Validation: every field the scoring harness reads is present, values use DOMAIN.md's vocabulary,
each ``.eml`` parses, and each message meant to be DKIM-signed verifies (dkimpy) against the
corpus's test key. The extractor is never imported or run here (see README.md).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.corpus.blind_holdout2 import foreign, not_process, us1, us2
from tests.corpus.blind_holdout2._kit import DEFAULTS, VOCAB, Message

HERE = Path(__file__).resolve().parent
MODULES = (us1, us2, foreign, not_process)
COUNT = 40
LANGUAGES = {"en", "es", "fr", "de", "pt", "it"}
OUTCOMES = {"REVIEW", "TRIAGE", "NOT_LEGAL_PROCESS"}


def messages(modules: Sequence[ModuleType] = MODULES) -> list[Message]:
    out = [make() for module in modules for make in module.MESSAGES]
    names = [m.name for m in out]
    if len(set(names)) != len(names) or names != sorted(names):
        raise SystemExit(f"names must be unique and in order: {names}")
    return out


def harness_fields() -> tuple[str, ...]:
    """The fields every expected file names: the kit's DEFAULTS (the case fields the bench scores) and ``triage``.

    Written blind: the scoring harness's own field list is not read here.
    """
    return (*DEFAULTS, "triage")


def _options(value: Any) -> list[Any]:
    return list(value["any_of"]) if isinstance(value, dict) and "any_of" in value else [value]


def _check_value(name: str, value: Any, problems: list[str], where: str) -> None:
    for option in _options(value):
        if name in ("process_type", "requester.kind", "nondisclosure.kind", "mechanism"):
            if option is not None and option not in VOCAB[name]:
                problems.append(f"{where}: {name} {option!r} not in the vocabulary")
        elif name == "data_categories":
            if not isinstance(option, list) or any(v not in VOCAB[name] for v in option):
                problems.append(f"{where}: bad data_categories {option!r}")
        elif name == "targets":
            if not isinstance(option, list) or any(not isinstance(v, str) or v.startswith("@") for v in option):
                problems.append(f"{where}: bad targets {option!r}")
        elif name in ("served_at", "return_by", "nondisclosure.expires_at") and option is not None:
            moment = datetime.fromisoformat(option)
            if moment.tzinfo is None:
                problems.append(f"{where}: {name} has no offset")
        elif name == "date_range" and option is not None:
            if set(option) != {"start", "end"} or option["start"] > option["end"]:
                problems.append(f"{where}: bad date_range {option!r}")
        elif name in ("requester.verified", "nondisclosure.present", "triage"):
            if not isinstance(option, bool):
                problems.append(f"{where}: {name} must be a bool")
        elif name == "emergency" and option is not None and not option.get("narrative_contains"):
            problems.append(f"{where}: emergency needs narrative_contains")


def _dkim_ok(raw: bytes) -> bool:
    import dkim

    from tests.corpus.email.build_corpus import public_key_record

    def dns(name: bytes, timeout: int = 5) -> bytes | None:
        return public_key_record() if name.lower().startswith(b"corpus._domainkey.") else None

    return bool(dkim.verify(raw, dnsfunc=dns))


def validate(folder: Path = HERE) -> list[str]:
    fields = harness_fields()
    problems: list[str] = []
    stems = sorted(p.stem for p in folder.glob("*.eml"))
    if len(stems) != COUNT:
        problems.append(f"expected {COUNT} messages, found {len(stems)}")
    for stem in stems:
        raw = (folder / f"{stem}.eml").read_bytes()
        expected = json.loads((folder / f"{stem}.expected.json").read_text(encoding="utf-8"))
        missing = [f for f in fields if f not in expected["fields"]]
        if missing:
            problems.append(f"{stem}: missing fields {missing}")
        if expected["language"] not in LANGUAGES or expected["outcome"] not in OUTCOMES:
            problems.append(f"{stem}: bad language/outcome")
        for name, value in expected["fields"].items():
            _check_value(name, value, problems, stem)
        f = expected["fields"]
        if f["triage"] != (expected["outcome"] != "REVIEW"):
            problems.append(f"{stem}: triage disagrees with outcome")
        if expected["outcome"] == "NOT_LEGAL_PROCESS" and (f["targets"] or f["data_categories"]):
            problems.append(f"{stem}: not legal process but has targets/categories")
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        for header in ("From", "To", "Subject", "Date", "Message-ID"):
            if not parsed[header]:
                problems.append(f"{stem}: no {header}")
        date = parsed["Date"].datetime
        if not (
            datetime.fromisoformat("2026-09-01T00:00:00+00:00")
            <= date
            <= datetime.fromisoformat("2026-12-07T00:00:00+00:00")
        ):
            problems.append(f"{stem}: Date {date} outside 2026-09-01..2026-12-06")
        signed = b"DKIM-Signature:" in raw[: raw.find(b"\r\n\r\n")] if b"\r\n\r\n" in raw else b"DKIM-Signature:" in raw
        if signed and not _dkim_ok(raw):
            problems.append(f"{stem}: DKIM signature does not verify")
        if f["requester.verified"] is True and not signed:
            problems.append(f"{stem}: verified but unsigned")
    return problems


def write(folder: Path = HERE, modules: Sequence[ModuleType] = MODULES) -> list[Message]:
    built = messages(modules)
    for old in list(folder.glob("*.eml")) + list(folder.glob("*.expected.json")):
        old.unlink()
    for message in built:
        (folder / f"{message.name}.eml").write_bytes(message.raw)
        body = json.dumps(message.expected(), ensure_ascii=False, indent=2) + "\n"
        (folder / f"{message.name}.expected.json").write_text(body, encoding="utf-8")
    return built


def summary(folder: Path = HERE) -> str:
    languages: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    for path in sorted(folder.glob("*.expected.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        languages[data["language"]] += 1
        outcomes[data["outcome"]] += 1
        formats.update(data["formats"])
    return f"languages {dict(languages)}\noutcomes {dict(outcomes)}\nformats {dict(formats)}"


def main(argv: list[str], folder: Path = HERE, modules: Sequence[ModuleType] = MODULES) -> int:
    """Rewrite ``folder``'s corpus from ``modules`` (unless ``--check``), then validate it (the third
    hold-out's build runs this on its own folder and modules)."""
    if "--check" not in argv:
        write(folder, modules)
    problems = validate(folder)
    print(summary(folder))
    for problem in problems:
        print("PROBLEM", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

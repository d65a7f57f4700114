"""Write the generated tables of ``docs/domain.md`` from the data they describe.

``docs/domain.md`` is hand-written prose around tables this module generates from the
rule book's data files (``services/review/domain/data/*.yaml``), the agency registry
(``shared/reference/agencies.yaml``), the vocabulary enums (``shared/vocabulary.py``), the
pydantic models' JSON Schema and the demo seed case. Each table sits between markers::

    <!-- generated:rules -->
    ...
    <!-- /generated:rules -->

Only what lies between a pair of markers is rewritten; everything else is left alone.

    python -m deploy.domain_doc            # rewrite the generated parts of docs/domain.md
    python -m deploy.domain_doc --check    # exit 1 (and show a diff) when they are stale
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode

from shared import vocabulary

ROOT = Path(__file__).resolve().parents[1]
DOC = Path("docs/domain.md")
DATA = Path("services/review/domain/data")
AGENCIES = Path("shared/reference/agencies.yaml")
DEMO_CASE = Path("deploy/demo/alt_uscis_summons.json")
DEMO_ACCOUNTS = Path("deploy/demo/accounts.json")

_MARKER = re.compile(r"<!-- generated:([a-z0-9-]+) -->\n(.*?)<!-- /generated:\1 -->", re.S)


class DocError(Exception):
    """The document's markers do not match the generated blocks."""


# --- markdown helpers -------------------------------------------------------------------------


def _cell(value: object) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def _code(value: object) -> str:
    return f"`{value}`"


def _codes(values: Iterable[object]) -> str:
    return ", ".join(_code(value) for value in values)


def _load_yaml(root: Path, path: Path) -> Any:
    return yaml.safe_load((root / path).read_text(encoding="utf-8"))


# --- the vocabulary ---------------------------------------------------------------------------

#: The enums of shared/vocabulary.py and the field each one fills.
VOCABULARY: tuple[tuple[type[StrEnum], str], ...] = (
    (vocabulary.ProcessType, "`process_type`"),
    (vocabulary.DataCategory, "`data_categories`"),
    (vocabulary.RequesterKind, "`requester.kind`"),
    (vocabulary.Severity, "a finding's `severity`"),
    (vocabulary.Disposition, "the review's `disposition` (strongest first)"),
    (vocabulary.EscalationTier, "the review's `escalation_tier` (lowest first)"),
    (vocabulary.UserNoticeAction, "`user_notice.action`"),
    (vocabulary.NondisclosureKind, "`nondisclosure.kind`"),
    (vocabulary.ForeignMechanism, "`mechanism` (foreign requests)"),
    (vocabulary.NoticeRole, "who a notice is for"),
    (vocabulary.NoticeStatus, "where a notice stands"),
    (vocabulary.CounselAction, "what staff record on a case"),
)


def vocabulary_block(root: Path) -> str:
    del root
    return _table(
        ("enum", "field", "identifiers"),
        ((enum.__name__, field, _codes(member.value for member in enum)) for enum, field in VOCABULARY),
    )


def precedence_block(root: Path) -> str:
    del root
    dispositions = " > ".join(_code(d.value) for d in vocabulary.Disposition)
    tiers = " < ".join(_code(t.value) for t in vocabulary.EscalationTier)
    return f"Dispositions, strongest first: {dispositions}.\n\nEscalation tiers, lowest first: {tiers}."


# --- the rule book ----------------------------------------------------------------------------


def _tier(spec: Mapping[str, Any]) -> str:
    """The tier a finding alone raises a case to: LITIGATION for the codes marked so, COUNSEL
    for warn and block, LEGAL_OPS for info."""
    if spec.get("litigation"):
        return vocabulary.EscalationTier.LITIGATION.value
    if spec["severity"] == vocabulary.Severity.INFO.value:
        return vocabulary.EscalationTier.LEGAL_OPS.value
    return vocabulary.EscalationTier.COUNSEL.value


def _implies(value: str | None) -> str:
    if value is None:
        return "—"
    if value == "BLOCK_RULE":
        return "block rule"
    return _code(value)


def rules_block(root: Path) -> str:
    book = _load_yaml(root, DATA / "rules.yaml")
    rows = (
        (
            _code(code),
            spec["severity"],
            _implies(spec.get("implies")),
            _tier(spec),
            spec["citation"],
        )
        for code, spec in book["rules"].items()
    )
    version = f"Rule set version: `{book['rule_set_version']}`."
    return version + "\n\n" + _table(("code", "severity", "implies", "tier", "citation"), rows)


def sca_block(root: Path) -> str:
    book = _load_yaml(root, DATA / "rules.yaml")
    policy = _load_yaml(root, DATA / "policy.yaml")
    rows = (
        (_code(row["category"]), _codes(row["sufficient_process"]), _code(row["code"]), row["demand"])
        for row in book["sca_requirements"]
    )
    table = _table(("data category", "needs one of", "otherwise", "demand"), rows)
    exempt = _codes(policy["sca_disclosure_exempt_process_types"])
    return f"{table}\n\nThese rows do not apply to {exempt}."


def _trailing_comments(text: str) -> dict[str, str]:
    """``key: value  # comment`` (and the indented comment lines under it) for top-level keys."""
    comments: dict[str, str] = {}
    key: str | None = None
    for line in text.splitlines():
        top = re.match(r"^([a-z0-9_]+):[^#]*#\s?(.*)$", line)
        if top:
            key = top.group(1)
            comments[key] = top.group(2).strip()
            continue
        more = re.match(r"^\s{8,}#\s?(.*)$", line)
        if key is not None and more:
            comments[key] += " " + more.group(1).strip()
            continue
        key = None
    return comments


def _setting_shown(key: str, value: object) -> bool:
    """A number, a word, a list of numbers (reminder days) or the platform's own holidays: what a
    deployment tunes. Lists of codes and phrases are the rule book's, explained in its prose."""
    if isinstance(value, bool | int | str):
        return True
    if isinstance(value, list):
        return bool(value) and all(isinstance(item, int) and not isinstance(item, bool) for item in value)
    return key == "platform_holidays"


def policy_block(root: Path) -> str:
    text = (root / DATA / "policy.yaml").read_text(encoding="utf-8")
    policy = yaml.safe_load(text)
    comments = _trailing_comments(text)
    rows = [
        (_code(key), _code(json.dumps(value, default=str)), comments.get(key, ""))
        for key, value in policy.items()
        if _setting_shown(key, value)
    ]
    for process_type, disposition in (policy.get("default_disposition_by_process_type") or {}).items():
        rows.append((_code(f"default_disposition_by_process_type.{process_type}"), _code(disposition), ""))
    return _table(("setting", "value", "what it is"), rows)


def statutes_block(root: Path) -> str:
    data = _load_yaml(root, DATA / "statutes.yaml")
    rows = []
    for statute in data["statutes"]:
        purposes = "; ".join(purpose["description"] for purpose in statute["purposes"])
        signer = statute["signer"]
        minimum = signer["minimum"] if signer.get("titles") else f"{signer['minimum']} (rank not checked yet)"
        notice = f"{statute['notice_days']} days" if statute.get("notice_days") else ""
        rows.append((statute["key"], statute["title"], purposes, minimum, notice))
    table = _table(("statute", "title", "purposes", "minimum signer", "notice to the subject"), rows)
    nsl = data["national_security_letter"]
    nsl_line = (
        f"National security letters ({nsl['citation']}): issued by {_codes(nsl['issuers'])}; may obtain "
        f"{', '.join(nsl['fields'])} (within {_codes(nsl['categories'])}); signed by at least "
        f"{nsl['signer']['minimum']}."
    )
    return f"{table}\n\n{nsl_line}"


def agreements_block(root: Path) -> str:
    data = _load_yaml(root, DATA / "agreements.yaml")
    rows = (
        (
            _code(item["id"]),
            item["partner"],
            _codes(item["countries"]),
            item["signed"],
            item.get("in_force_from") or "not in force",
            item.get("in_force_until") or "open",
            "yes" if item.get("confirmed") else "counsel to confirm",
        )
        for item in data["cloud_act_agreements"]
    )
    return _table(("id", "partner", "countries", "signed", "in force from", "until", "confirmed"), rows)


def agencies_block(root: Path) -> str:
    data = _load_yaml(root, AGENCIES)
    rows = (
        (
            _code(agency["id"]),
            agency["name"],
            _code(agency["parent"]) if agency.get("parent") else "",
            agency["kind"],
            ", ".join(agency.get("email_domains") or ()),
            "; ".join(agency.get("statutes") or ()),
        )
        for agency in data["agencies"]
    )
    return _table(("id", "name", "parent", "kind", "e-mail domains", "statutes"), rows)


# --- the models' JSON Schema ------------------------------------------------------------------


def _schema_type(node: Mapping[str, Any], defs: Mapping[str, Any]) -> tuple[str, str | None]:
    """A readable type for one schema node, and the name of a nested object to expand."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        target = defs[name]
        if "enum" in target:
            return f"one of `{name}`", None
        return "object", name
    if "anyOf" in node:
        variants = [v for v in node["anyOf"] if v.get("type") != "null"]
        nullable = len(variants) < len(node["anyOf"])
        parts = [_schema_type(v, defs) for v in variants]
        text = " or ".join(part[0] for part in parts) + (" or null" if nullable else "")
        return text, next((part[1] for part in parts if part[1]), None)
    kind = node.get("type")
    if kind == "array":
        inner, nested = _schema_type(node.get("items", {}), defs)
        inner = inner.removeprefix("one of ") + (" values" if inner.startswith("one of ") else "")
        limit = f", at most {node['maxItems']}" if "maxItems" in node else ""
        return f"list of {inner}{limit}", nested
    if kind == "string":
        fmt = node.get("format")
        if fmt == "date-time":
            return "date-time with offset (ISO 8601)", None
        if fmt == "date":
            return "date (ISO 8601)", None
        if fmt == "uuid":
            return "UUID", None
        if "pattern" in node:
            return f"text matching `{node['pattern']}`", None
        if "maxLength" in node:
            return f"text (at most {node['maxLength']:,} characters)", None
        return "text", None
    if "const" in node:
        return f"`{json.dumps(node['const'])}`", None
    return str(kind or "any"), None


def _schema_rows(schema: Mapping[str, Any], defs: Mapping[str, Any], prefix: str = "") -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    required = set(schema.get("required", ()))
    for name, node in schema.get("properties", {}).items():
        kind, nested = _schema_type(node, defs)
        if name in required:
            presence = "required"
        elif "default" in node:
            presence = f"default `{json.dumps(node['default'])}`"
        else:
            presence = "optional"
        rows.append((_code(prefix + name), kind, presence))
        if nested is not None:
            rows += _schema_rows(defs[nested], defs, prefix=f"{prefix}{name}{'[]' if 'list' in kind else ''}.")
    return rows


def model_fields_table(model: type[BaseModel], *, mode: JsonSchemaMode = "validation") -> str:
    schema = model.model_json_schema(mode=mode)
    return _table(("field", "type", "presence"), _schema_rows(schema, schema.get("$defs", {})))


def case_schema_block(root: Path) -> str:
    del root
    from shared.contracts import LegalProcessCase

    return model_fields_table(LegalProcessCase)


def assess_schema_block(root: Path) -> str:
    del root
    from shared.contracts import Review

    return model_fields_table(Review, mode="serialization")


def accounts_schema_block(root: Path) -> str:
    del root
    from services.review.domain.accounts import Account

    return model_fields_table(Account)


def agency_schema_block(root: Path) -> str:
    del root
    from shared.reference import Agency

    return model_fields_table(Agency)


def _json_file(root: Path, path: Path) -> str:
    return "```json\n" + (root / path).read_text(encoding="utf-8").strip() + "\n```"


def case_example_block(root: Path) -> str:
    return _json_file(root, DEMO_CASE)


def accounts_example_block(root: Path) -> str:
    return _json_file(root, DEMO_ACCOUNTS)


# --- the seed case ----------------------------------------------------------------------------


def seed_block(root: Path) -> str:
    """The demo summons assessed (as `dueprocess assess`) at the moment it was served."""
    from services.review.domain import AccountDirectory, assess, load_rule_book
    from shared.contracts import LegalProcessCase

    document = json.loads((root / DEMO_CASE).read_text(encoding="utf-8"))
    entries = json.loads((root / DEMO_ACCOUNTS).read_text(encoding="utf-8"))
    case = LegalProcessCase.model_validate(document)
    if case.served_at is None:
        raise DocError(f"{DEMO_CASE} has no served_at to assess it at")
    moment = case.served_at
    book = load_rule_book()
    review = assess(
        case, accounts=AccountDirectory.from_entries(entries), rule_book=book, now=moment, received_at=moment
    )
    specs = _load_yaml(root, DATA / "rules.yaml")["rules"]
    rows = (
        (
            _code(f.code),
            f.severity.value,
            _implies(specs[f.code].get("implies")),
            _tier(specs[f.code]),
        )
        for f in review.findings
    )
    table = _table(("finding", "severity", "implies", "tier"), rows)
    notice = review.user_notice
    outcome = (
        f"Disposition `{review.disposition.value}`, tier `{review.escalation_tier.value}`, user notice "
        f"`{notice.action.value}`" + (f" not before {notice.not_before.isoformat()}" if notice.not_before else "")
    )
    missing = f"; missing facts: {_codes(review.missing_facts)}" if review.missing_facts else ""
    return f"{table}\n\n{outcome}{missing}; rule set `{review.rule_set_version}`."


# --- the document -----------------------------------------------------------------------------

BLOCKS: dict[str, Callable[[Path], str]] = {
    "vocabulary": vocabulary_block,
    "precedence": precedence_block,
    "rules": rules_block,
    "sca": sca_block,
    "policy": policy_block,
    "statutes": statutes_block,
    "agreements": agreements_block,
    "case-schema": case_schema_block,
    "case-example": case_example_block,
    "accounts-schema": accounts_schema_block,
    "accounts-example": accounts_example_block,
    "agency-schema": agency_schema_block,
    "agencies": agencies_block,
    "assess-schema": assess_schema_block,
    "seed": seed_block,
}


def generate(root: Path = ROOT) -> dict[str, str]:
    """Every generated block's content, by name."""
    return {name: make(root).rstrip("\n") + "\n" for name, make in BLOCKS.items()}


def blocks_in(text: str) -> dict[str, str]:
    """The generated blocks a document holds, by name (their content as written)."""
    found: dict[str, str] = {}
    for match in _MARKER.finditer(text):
        if match.group(1) in found:
            raise DocError(f"block {match.group(1)!r} appears twice")
        found[match.group(1)] = match.group(2)
    return found


def table_rows(block: str) -> list[dict[str, str]]:
    """The rows of the first markdown table in a block, as {column: cell} (cells unescaped)."""
    lines = [line for line in block.splitlines() if line.startswith("|")]
    if len(lines) < 2:
        return []

    def cells(line: str) -> list[str]:
        parts = re.split(r"(?<!\\)\|", line.strip().strip("|"))
        return [part.strip().replace("\\|", "|") for part in parts]

    header = cells(lines[0])
    return [dict(zip(header, cells(line), strict=True)) for line in lines[2:]]


def rewrite(text: str, blocks: Mapping[str, str]) -> str:
    """The document with each generated block replaced; every block must appear exactly once."""
    present = blocks_in(text)
    missing = sorted(set(blocks) - set(present))
    unknown = sorted(set(present) - set(blocks))
    if missing or unknown:
        raise DocError(f"markers missing for {missing}, unknown markers {unknown}")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"<!-- generated:{name} -->\n{blocks[name]}<!-- /generated:{name} -->"

    return _MARKER.sub(replace, text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.domain_doc", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 when the document is stale")
    args = parser.parse_args(argv)
    path = ROOT / DOC
    text = path.read_text(encoding="utf-8")
    try:
        wanted = rewrite(text, generate(ROOT))
    except DocError as exc:
        print(f"{DOC}: {exc}", file=sys.stderr)
        return 1
    if wanted == text:
        print(f"{DOC} is up to date")
        return 0
    if args.check:
        diff = difflib.unified_diff(text.splitlines(True), wanted.splitlines(True), str(DOC), f"{DOC} (generated)")
        sys.stderr.writelines(diff)
        print(f"{DOC} is stale: run `python -m deploy.domain_doc`", file=sys.stderr)
        return 1
    path.write_text(wanted, encoding="utf-8")
    print(f"{DOC} rewritten")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

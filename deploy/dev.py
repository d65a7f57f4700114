#!/usr/bin/env python3
"""The README's two commands, from a fresh clone, with nothing but Python 3.11:

    python3.11 deploy/dev.py up     # the whole system on the embedded default
    python3.11 deploy/dev.py test   # the test suite on real Apache Kafka and PostgreSQL

Both create ./.venv and install the project into it (again only when pyproject.toml changed).
Standard library only: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("DUEPROCESS_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".dueprocess-installed"


def say(message: str) -> None:
    print(f"[dev] {message}", file=sys.stderr, flush=True)


def ensure_venv(extras: str) -> Path:
    """Create the virtualenv and install the project; returns its python."""
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"[dev] dueprocess needs Python 3.11; this is {sys.version.split()[0]}. Run it with python3.11.")
    python = BIN / "python"
    if not python.exists():
        say(f"creating the virtualenv in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        say(f"installing dueprocess{extras} and its pinned dependencies (first run takes a minute)")
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--progress-bar", "off", "-e", f"{ROOT}{extras}"],
            check=True,
        )
        STAMP.write_text(wanted)
    return python


OCR_LANGUAGES = ("eng", "spa", "fra", "deu", "por", "ita")
OCR_INSTALL = "sudo apt-get install --no-install-recommends tesseract-ocr " + " ".join(
    f"tesseract-ocr-{lang}" for lang in OCR_LANGUAGES
)


def missing_ocr() -> list[str]:
    """What intake's OCR of scanned demands lacks: Debian's tesseract-ocr and its language data."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return ["tesseract-ocr"]
    try:
        listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        listed = ""
    languages = {line.strip() for line in listed.splitlines()}
    return [f"tesseract-ocr-{lang}" for lang in OCR_LANGUAGES if lang not in languages]


# The checks of CONTRIBUTING.md (and of the pre-commit hooks), with the configuration in pyproject.toml.
CHECKS = (
    ("ruff", ["ruff", "check", "."]),
    ("ruff format", ["ruff", "format", "--check", "."]),
    ("mypy", ["mypy"]),
    ("import-linter", ["lint-imports"]),
)


def run_checks() -> int:
    """Lint, formatting, types and import layers, before the tests: a violation fails the run."""
    for name, command in CHECKS:
        say(f"check: {' '.join(command)}")
        code = subprocess.run([str(BIN / command[0]), *command[1:]]).returncode
        if code != 0:
            say(f"{name} failed (exit {code}): see CONTRIBUTING.md")
            return code
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("up", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    os.chdir(ROOT)
    if command == "up":
        ensure_venv("")
        missing = missing_ocr()
        if missing:  # the system runs; scanned demands wait in triage for a person to read them
            say(
                f"OCR is incomplete (missing {', '.join(missing)}): scanned demands are held in triage "
                f"for a person to read. To read them: {OCR_INSTALL}"
            )
        os.execv(str(BIN / "dueprocess"), [str(BIN / "dueprocess"), "up", *rest])
    python = ensure_venv("[test]")
    checked = run_checks()
    if checked != 0:
        return checked
    # Fetch the Apache Kafka jars with Maven once (cached); the test fixtures start the broker.
    fetched = subprocess.run(
        [str(python), "-c", "from deploy.localinfra.kafka import ensure_kafka_jars; ensure_kafka_jars()"]
    )
    if fetched.returncode != 0 and os.environ.get("CI"):
        say("CI is set and the Apache Kafka jars could not be fetched: failing rather than falling back to Tansu")
        return fetched.returncode
    # The browser tests drive Debian's Chromium (never a downloaded one): skipped without it, except under CI.
    chromium = Path(os.environ.get("DUEPROCESS_TEST_CHROMIUM", "/usr/bin/chromium"))
    if not os.access(chromium, os.X_OK):
        if os.environ.get("CI"):
            say(
                f"CI is set and {chromium} is missing: the browser tests need it "
                "(.ci/run installs it: apt-get install --no-install-recommends chromium)"
            )
            return 1
        say(
            f"{chromium} is missing: the browser tests (tests/browser) will be skipped "
            "(apt-get install --no-install-recommends chromium to run them)"
        )
    # OCR of scanned demands runs Debian's Tesseract: its tests are skipped without it, except under CI.
    missing = missing_ocr()
    if missing:
        if os.environ.get("CI"):
            say(
                f"CI is set and {', '.join(missing)} is missing: the OCR tests need it (.ci/run installs it: {OCR_INSTALL})"
            )
            return 1
        say(f"{', '.join(missing)} is missing: the OCR tests will be skipped or read less ({OCR_INSTALL} to run them)")
    return subprocess.run([str(python), "-m", "pytest", *rest]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`dueprocess reference update dotgov FILE`: refresh the packaged .gov registry from CISA's CSV.

FILE is a newer ``current-full.csv`` (CISA's ``cisagov/dotgov-data`` repository). It is checked
(:func:`shared.reference.government.parse_dotgov`: the header, at least one row, every domain a
``.gov`` name of a known domain type), its security-contact column is dropped, and it replaces
``shared/reference/dotgov.csv``; the command prints what was added and removed. Bad input changes
nothing. Commit the refreshed file (and update the date in ``shared/reference/NOTICE.md``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from shared.reference.government import DotgovError, parse_dotgov, render_dotgov


def packaged_dotgov() -> Path:
    """Where the packaged ``dotgov.csv`` is (the source tree's file in a development install)."""
    return Path(str(resources.files("shared.reference").joinpath("dotgov.csv")))


def _describe(row: Mapping[str, str]) -> str:
    org = row["Organization name"] + (f" / {row['Suborganization name']}" if row["Suborganization name"] else "")
    where = ", ".join(p for p in (row["City"], row["State"]) if p)
    return f"{row['Domain name']} ({row['Domain type']}; {org}{'; ' + where if where else ''})"


def update_dotgov(source: Path, target: Path, out: TextIO) -> int:
    """Replace ``target`` with ``source``'s rows; print the differences. 0 on success, 2 on bad input."""
    try:
        text = source.read_text(encoding="utf-8")
        new_rows = parse_dotgov(text)
    except (OSError, UnicodeDecodeError, DotgovError) as error:
        print(f"dueprocess reference update dotgov: {source}: {error}; nothing changed", file=sys.stderr)
        return 2
    old_rows = parse_dotgov(target.read_text(encoding="utf-8")) if target.exists() else []
    old = {row["Domain name"]: row for row in old_rows}
    new = {row["Domain name"]: row for row in new_rows}
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    changed = sorted(d for d in new.keys() & old.keys() if new[d] != old[d])
    rendered = render_dotgov(new_rows)
    if target.exists() and target.read_text(encoding="utf-8") == rendered:
        print(f"dotgov: {len(new)} domains, unchanged", file=out)
        return 0
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".dotgov-", suffix=".csv")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(rendered)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    print(
        f"dotgov: {len(new)} domains (was {len(old)}): {len(added)} added, {len(removed)} removed, "
        f"{len(changed)} changed",
        file=out,
    )
    for domain in added:
        print(f"+ {_describe(new[domain])}", file=out)
    for domain in removed:
        print(f"- {_describe(old[domain])}", file=out)
    for domain in changed:
        print(f"~ {_describe(new[domain])}", file=out)
    return 0


def _run(args: argparse.Namespace) -> int:
    target = Path(args.target) if args.target else packaged_dotgov()
    return update_dotgov(Path(args.file), target, sys.stdout)


def add_parser(sub: Any) -> None:
    """The `reference` command group, for deploy/cli.py's parser."""
    reference = sub.add_parser("reference", help="reference data packaged with the services (the .gov registry)")
    reference_sub = reference.add_subparsers(dest="reference_command", required=True)
    update = reference_sub.add_parser("update", help="refresh a reference data set from a newer source file")
    update_sub = update.add_subparsers(dest="dataset", required=True)
    dotgov = update_sub.add_parser(
        "dotgov", help="CISA's .gov registry from a newer current-full.csv (prints what was added and removed)"
    )
    dotgov.add_argument("file", help="CISA's current-full.csv (cisagov/dotgov-data)")
    dotgov.add_argument("--target", help="the file to replace (default: the packaged shared/reference/dotgov.csv)")
    dotgov.set_defaults(func=_run)

"""Summarise py-spy's collapsed stacks (``--format raw``): where each service spends its CPU.

    python -m bench.profile DIR [--top 25]

For each ``<service>.txt`` in DIR: the share of samples per function, inclusive (the function
or anything it called) and by self, restricted to frames worth reading (project code and the
libraries it calls).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import TypedDict

LIBRARY_MARKERS = ("site-packages/", "lib/python3.11/")
PROJECT_PACKAGES = ("services", "shared", "deploy", "bench", "tests")


class Summary(TypedDict):
    samples: int
    inclusive_percent: list[tuple[str, float]]
    self_percent: list[tuple[str, float]]


def summarise(path: Path, top: int = 25) -> Summary:
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [f.strip() for f in stack.split(";") if f.strip()]
        seen: set[str] = set()
        for frame in frames:
            key = _short(frame)
            if key not in seen:
                inclusive[key] += n
                seen.add(key)
        if frames:
            own[_short(frames[-1])] += n

    def share(count: int) -> float:
        return round(100 * count / max(1, total), 1)

    return {
        "samples": total,
        "inclusive_percent": [(name, share(c)) for name, c in inclusive.most_common(top)],
        "self_percent": [(name, share(c)) for name, c in own.most_common(top)],
    }


def _short(frame: str) -> str:
    # py-spy frames look like "function (path/to/file.py:123)"
    name, _, location = frame.partition(" (")
    location = location.rstrip(")")
    file = location.rsplit(":", 1)[0]
    # A library's path from its package, the project's from its top-level package (in any
    # checkout: the bench may profile another one, e.g. the baseline's).
    for marker in LIBRARY_MARKERS:
        if marker in file:
            return f"{name} ({file.split(marker, 1)[1]})"
    for package in PROJECT_PACKAGES:
        if f"/{package}/" in file:
            return f"{name} ({package}/{file.split(f'/{package}/', 1)[1]})"
    return f"{name} ({file})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--self", action="store_true", help="show self time instead of inclusive")
    args = parser.parse_args(argv)
    for path in sorted(args.directory.glob("*.txt")):
        summary = summarise(path, args.top)
        print(f"== {path.stem}: {summary['samples']} samples")
        shares = summary["self_percent"] if args.self else summary["inclusive_percent"]
        for name, pct in shares:
            print(f"  {pct:5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

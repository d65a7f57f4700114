"""No Python module in services/ or shared/ is over 600 lines (issue 14: a module is read in one
sitting; data files and templates are not Python modules and are not counted)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 600


def test_no_module_in_services_or_shared_is_over_600_lines() -> None:
    modules = [p for top in ("services", "shared") for p in (ROOT / top).rglob("*.py")]
    assert len(modules) > 100, "the walk found the services' modules"
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in modules}
    over = {path: lines for path, lines in sizes.items() if lines > LIMIT}
    assert not over, f"split these modules (over {LIMIT} lines): {over}"

"""No test module imports another test module: pytest collects a test module's fixtures and tests
where it is defined, and an imported fixture is a redefinition (ruff F811) that runs its tests'
setup twice over. Shared fixtures live in a conftest.py, shared helpers in support modules."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _is_test_module(dotted: str) -> bool:
    return dotted.rsplit(".", 1)[-1].startswith("test_")


def imported_test_modules(source: str) -> list[str]:
    """The test modules (``test_*``) that ``source`` imports, by any form of import."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _is_test_module(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if _is_test_module(node.module):
                found.append(node.module)
            found += [f"{node.module}.{alias.name}" for alias in node.names if alias.name.startswith("test_")]
    return found


def test_the_check_sees_every_form_of_import() -> None:
    assert imported_test_modules("from tests.integration.test_a import x") == ["tests.integration.test_a"]
    assert imported_test_modules("from tests.integration import test_a as a") == ["tests.integration.test_a"]
    assert imported_test_modules("import tests.unit.test_b") == ["tests.unit.test_b"]
    assert imported_test_modules("from tests.integration.notify_support import Notify") == []


def test_no_test_module_imports_another() -> None:
    offenders = {
        str(path.relative_to(TESTS)): imported
        for path in sorted(TESTS.rglob("*.py"))
        if (imported := imported_test_modules(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "move what they share into a conftest.py or a support module"

"""Each module binds a top-level name once: a second '_UNIT = ...' further down silently replaces the first, and
every reader written against the first then reads the second."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "scripts" / "praksis"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_a_module_binds_each_name_once(path):
    assert _bound_twice(path) == []


def test_a_name_bound_twice_is_caught(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('_UNIT = "a"\n\ndef f():\n    return _UNIT\n\n_UNIT = "b"\n', "utf-8")
    assert _bound_twice(module) == ["_UNIT"]

"""No module of the service binds a top-level name twice. Word sets are read by functions anywhere in a module at
call time: when two helpers' branches each added a `HEAD_TITLES` to `bot/handover.py`, the second (an officer's
words for the head) silently replaced the first (a head's own title) for every function, and git merged both."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "lapor", "web", "scheduler", "models", "media", "ops", "cli")


def _bound_twice(path: Path) -> list[str]:
    names: collections.Counter[str] = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return [name for name, count in names.items() if count > 1]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_top_level_name_is_bound_twice(package):
    twice = [(str(path.relative_to(ROOT)), name) for path in sorted((ROOT / package).rglob("*.py"))
             for name in _bound_twice(path)]
    assert not twice, twice

"""Every module-level name in the app's code is bound once.

Two helpers' branches each added a pattern named ``_TITLE_BEFORE`` to ``anonymizer/names.py``; after
the merge the later binding won, and the rule written with the first one ("«Саша там главный»" after
a film named: a character) silently matched the other pattern. ruff does not flag a constant bound
twice, so this test does. A deliberate rebinding of a name from itself (``PHONE = guarded(PHONE)``)
is allowed."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import facilitator

ROOT = Path(facilitator.__file__).parent


def _rebinds_itself(node: ast.Assign, name: str) -> bool:
    return isinstance(node.value, ast.Call) and any(
        isinstance(arg, ast.Name) and arg.id == name for arg in node.value.args
    )


def _bound_twice(source: str) -> list[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and not _rebinds_itself(node, target.id):
                    counts[target.id] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            counts[node.name] += 1
    return sorted(name for name, count in counts.items() if count > 1)


def test_no_module_binds_a_name_twice() -> None:
    twice = {
        str(path.relative_to(ROOT)): names
        for path in sorted(ROOT.rglob("*.py"))
        if (names := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}


def test_the_check_sees_a_pattern_bound_twice() -> None:
    source = 'import re\n_A = re.compile("a")\n\ndef f(): return _A\n\n_A = re.compile("b")\n'
    assert _bound_twice(source) == ["_A"]
    assert _bound_twice('_A = compile("a")\n_A = guarded(_A)\n') == []

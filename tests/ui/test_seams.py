"""The windows see the session through the bridge only: no UI module but session_bridge.py holds
the engine, reads the store or the live session, or imports them (type-only imports are allowed
inside ``if TYPE_CHECKING:``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "facilitator" / "ui"
BRIDGE = UI / "session_bridge.py"
FORBIDDEN_MODULES = ("facilitator.sessions.engine", "facilitator.sessions.store", "facilitator.sessions.live")
FORBIDDEN_ATTRIBUTES = ("engine", "store", "live")


def ui_modules() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if path != BRIDGE)


def _type_checking_blocks(tree: ast.Module) -> set[int]:
    """Line numbers inside ``if TYPE_CHECKING:`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def seam_breaks(source: str, name: str) -> list[str]:
    """Where ``source`` reaches past the bridge: run-time imports of the engine, the store or the
    live session, and any ``.engine``, ``.store`` or ``.live`` attribute."""
    tree = ast.parse(source)
    type_only = _type_checking_blocks(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and node.lineno not in type_only:
            modules = (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            )
            found += [f"{name}:{node.lineno}: imports {m}" for m in modules if m in FORBIDDEN_MODULES]
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f"{name}:{node.lineno}: .{node.attr}")
    return found


def test_no_ui_module_reaches_past_the_bridge() -> None:
    breaks = [b for path in ui_modules() for b in seam_breaks(path.read_text("utf-8"), path.name)]
    assert breaks == []


def test_the_bridge_keeps_its_engine_private() -> None:
    source = BRIDGE.read_text("utf-8")
    assert not re.search(r"def (engine|store|live)\b", source)
    assert not re.search(r"self\.(engine|store|live)\b", source)


def test_the_check_sees_a_break() -> None:
    """The rule bites: each way of reaching past the bridge is found; type-only imports are not."""
    assert seam_breaks("x = self._bridge.engine.index\n", "a.py") == ["a.py:1: .engine"]
    assert seam_breaks("y = bridge.live.id\n", "a.py") == ["a.py:1: .live"]
    assert seam_breaks("from facilitator.sessions.store import Store\n", "a.py") == [
        "a.py:1: imports facilitator.sessions.store"
    ]
    assert seam_breaks("import facilitator.sessions.engine\n", "a.py") == [
        "a.py:1: imports facilitator.sessions.engine"
    ]
    typed = "if TYPE_CHECKING:\n    from facilitator.sessions.store import Store\n"
    assert seam_breaks(typed, "a.py") == []

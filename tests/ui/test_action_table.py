"""One table of keys (facilitator/ui/actions.py): every shortcut of the live console comes from it,
no module spells a key elsewhere, and README.md's key table is the one made from it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.actions import ACTIONS, ActionSpec, Scope, spec
from facilitator.ui.key_table import key_table, with_key_table
from facilitator.ui.launch import Launcher
from facilitator.ui.mnemonics import plain

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "facilitator" / "ui"
KEY_CALLS = {"QKeySequence", "QShortcut", "setShortcut", "setShortcuts"}


def keys_spelled_out(source: str, name: str) -> list[str]:
    """Calls that make a shortcut from a key written in place ("Ctrl+L", Qt.Key.Key_Return)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        first = node.args[0]
        literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
        if called in KEY_CALLS and (literal or ast.unparse(first).startswith("Qt.Key")):
            found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_ui_module_spells_out_a_key() -> None:
    """Only actions.py names keys: the console's modules and the planner's alike."""
    modules = [p for p in UI.rglob("*.py") if p.name != "actions.py"]
    assert any(p.parent.name == "planner" for p in modules)
    assert [k for p in modules for k in keys_spelled_out(p.read_text("utf-8"), p.name)] == []


def test_the_check_sees_a_key_spelled_out() -> None:
    assert keys_spelled_out('a.setShortcut(QKeySequence("Ctrl+L"))\n', "a.py") == [
        "a.py:1: QKeySequence('Ctrl+L')"
    ]
    assert keys_spelled_out("QShortcut(QKeySequence(Qt.Key.Key_Escape), dock)\n", "a.py") != []
    assert keys_spelled_out('b.setShortcut("Space")\n', "a.py") != []
    assert keys_spelled_out('QShortcut(QKeySequence(shortcuts("close-panel")[0]), dock)\n', "a.py") == []


def test_the_readme_key_table_is_the_action_table() -> None:
    """README.md's table is generated (scripts/key_table.py); run it after changing a key."""
    readme = (ROOT / "README.md").read_text("utf-8")
    assert key_table() in readme
    assert with_key_table(readme) == readme
    for entry in ACTIONS:  # every key and title is listed (as shown: no Alt marker)
        assert f"| {plain(entry.title)} |" in key_table()
    assert "| New workshop |" in key_table()


@pytest.fixture
def launcher(qtbot: QtBot) -> Iterator[Launcher]:
    store = Store.open(database_path())
    app = QApplication.instance()
    opened = Launcher(app, load_plan(default_workshop("en")), "plan.yaml", store, FakeClock(), ask=True)  # type: ignore[arg-type]
    assert opened.open()
    yield opened
    opened.close()
    store.close()


def _keys(sequences: list[QKeySequence]) -> list[str]:
    return [s.toString() for s in sequences]


def test_every_shortcut_of_the_console_comes_from_the_table(launcher: Launcher) -> None:
    console = launcher.console
    assert console is not None
    console.aids.toggle_cues()  # the panels make their shortcuts when first opened
    console.aids.toggle_referrals()
    app_wide = {}
    for action in console.findChildren(QAction):
        if action.shortcuts():
            assert action.objectName().startswith("action-"), action.text()
            app_wide[action.objectName().removeprefix("action-")] = _keys(action.shortcuts())
    expected = {
        e.id: _keys([QKeySequence(k) for k in e.shortcuts]) for e in ACTIONS if e.scope is Scope.CONSOLE
    }
    assert app_wide == expected
    local = {QKeySequence(k).toString() for e in ACTIONS if e.scope is not Scope.CONSOLE for k in e.shortcuts}
    for shortcut in console.findChildren(QShortcut):
        assert shortcut.key().toString() in local
    assert {s.key().toString() for s in console.findChildren(QShortcut)} >= {
        QKeySequence(spec("log-defused").shortcuts[0]).toString(),
        QKeySequence(spec("close-panel").shortcuts[0]).toString(),
        QKeySequence(spec("finish-note").shortcuts[0]).toString(),
    }


WINDOW_WIDE = (Scope.CONSOLE, Scope.PRESENTER)
"""Scopes whose keys the console window takes wherever the keyboard is (the others belong to one
widget or another window: the review's Space, the planner's Ctrl+S)."""


def clashes(actions: tuple[ActionSpec, ...]) -> list[str]:
    """Keys two window-wide actions answer to, where neither takes the keys from the other."""
    owners: dict[str, list[ActionSpec]] = {}
    for action in actions:
        if action.scope in WINDOW_WIDE:
            for key in action.shortcuts:
                owners.setdefault(QKeySequence(key).toString(), []).append(action)
    found = []
    for key, sharing in owners.items():
        for first, second in combinations(sharing, 2):
            if first.id not in second.takes_keys_from and second.id not in first.takes_keys_from:
                found.append(f"{key}: {first.id} and {second.id}")
    return found


def test_no_two_console_actions_answer_to_one_key() -> None:
    """A new key (Ctrl+Shift+M marks a follow-up) must not silently shadow another's."""
    assert clashes(ACTIONS) == []


def test_the_clash_check_sees_a_clash() -> None:
    one = ActionSpec("one", "One", ("Ctrl+Shift+M",), "")
    made_up = (one, ActionSpec("two", "Two", ("ctrl+shift+m",), ""))
    assert clashes(made_up) == ["Ctrl+Shift+M: one and two"]

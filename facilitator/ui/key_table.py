"""README.md's key table, made from the action table (facilitator/ui/actions.py), so the keys the
README lists are the keys the app has. ``scripts/key_table.py`` rewrites the README's table;
tests/ui/test_action_table.py fails when it is out of date."""

from __future__ import annotations

from facilitator.ui.actions import ACTIONS, ActionSpec, Scope, is_presenter_key
from facilitator.ui.mnemonics import plain

BEGIN = "<!-- key table: made by scripts/key_table.py from facilitator/ui/actions.py -->"
END = "<!-- end of key table -->"
_SHOWN = {"Right": "→", "Left": "←", "Ctrl+Right": "Ctrl+→", "Ctrl+Left": "Ctrl+←"}
_SHOWN |= {"PgDown": "PageDown", "PgUp": "PageUp", "Return": "Enter", "Ctrl+Return": "Ctrl+Enter"}
_SHOWN |= {"Shift+Right": "Shift+→", "Shift+Left": "Shift+←"}
_SHOWN |= {"Ctrl+Shift+Right": "Ctrl+Shift+→", "Ctrl+Shift+Left": "Ctrl+Shift+←"}


def _keys(spec: ActionSpec) -> str:
    shown = dict.fromkeys(_SHOWN.get(key, key) for key in spec.shortcuts)  # Ctrl+Enter once
    return " ".join(f"`{key}`" for key in shown)


def _where(spec: ActionSpec) -> str:
    if spec.scope is not Scope.CONSOLE:
        return str(spec.scope)
    bare = {is_presenter_key(key) for key in spec.shortcuts}
    where = {frozenset({True}): "presenter", frozenset({False}): "anywhere"}.get(
        frozenset(bare), "presenter; with Ctrl anywhere"
    )
    if spec.while_typing:  # a clicker's page keys: from the notes box and the panels too
        keys = " ".join(f"`{_SHOWN.get(key, key)}`" for key in spec.while_typing)
        where += f"; {keys} also while typing in the console"
    return where


def key_table() -> str:
    """The Markdown table, between its markers."""
    rows = [BEGIN, "| keys | what they do | where |", "| --- | --- | --- |"]
    rows += [f"| {_keys(spec)} | {plain(spec.title)} | {_where(spec)} |" for spec in ACTIONS]
    return "\n".join([*rows, END])


def with_key_table(readme: str) -> str:
    """``readme`` with its key table replaced by the current one."""
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    return readme[:start] + key_table() + readme[end:]

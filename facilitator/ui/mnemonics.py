"""Alt mnemonics for every menu, in whatever language the menus are shown (F10 opens the first).

Menu titles are translated, so their mnemonics are chosen when the menus are built, not written
into the translations: each title gets an underlined letter unique within its menu (the first
letter of a word when one is free, else any letter), in English, Russian and Kazakh alike, as KDE's
accelerator manager does. Letters that panels already use with Alt (the cue panel's Alt+D, Alt+C,
Alt+O, from the action table) are never given to the menu bar, on a Latin or a Cyrillic layout.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from facilitator.ui.actions import ACTIONS

_SAME_KEY = dict(zip("qwertyuiop[]asdfghjkl;'zxcvbnm,.", "йцукенгшщзхъфывапролджэячсмитьбю", strict=True))
"""The Cyrillic letter on each key of a Latin keyboard (ЙЦУКЕН, Russian and Kazakh layouts)."""


def alt_letters() -> frozenset[str]:
    """Letters taken by Alt shortcuts in the action table, with their Cyrillic twins."""
    letters = {
        key.removeprefix("Alt+").lower()
        for spec in ACTIONS
        for key in spec.shortcuts
        if key.startswith("Alt+") and len(key) == len("Alt+X")
    }
    return frozenset(letters | {_SAME_KEY[letter] for letter in letters if letter in _SAME_KEY})


def plain(text: str) -> str:
    """``text`` without its mnemonic marker (a doubled ``&&`` is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def with_mnemonics(texts: list[str], reserved: frozenset[str] = frozenset()) -> list[str]:
    """Each text with a mnemonic unique among ``texts`` (case-insensitive), avoiding ``reserved``:
    a word's first letter where one is free, else any letter; a text with no free letter has
    none (its menu is still reached with the arrows)."""
    used = set(reserved)
    result = []
    for text in texts:
        bare = plain(text)
        starts = [i for i, ch in enumerate(bare) if ch.isalnum() and (i == 0 or not bare[i - 1].isalnum())]
        others = [i for i, ch in enumerate(bare) if ch.isalnum() and i not in starts]
        chosen = next((i for i in starts + others if bare[i].lower() not in used), None)
        if chosen is None:
            result.append(bare)
            continue
        used.add(bare[chosen].lower())
        result.append(bare[:chosen] + "&" + bare[chosen:])
    return result


def mark_menu(actions: list[QAction], reserved: frozenset[str] = frozenset()) -> None:
    """Give ``actions`` (one menu's, or the menu bar's) their unique mnemonics."""
    shown = [action for action in actions if not action.isSeparator() and action.text()]
    for action, text in zip(shown, with_mnemonics([a.text() for a in shown], reserved), strict=True):
        if action.text() != text:
            action.setText(text)


def open_menu_bar(bar: QMenuBar) -> None:
    """F10, in the console and the planner alike: the first menu opens; the arrows go through
    every menu and item from there."""
    first = next((a for a in bar.actions() if a.isVisible() and a.isEnabled()), None)
    if first is not None:
        bar.setActiveAction(first)


class MnemonicKeeper(QObject):
    """Keeps every menu of ``bar`` (and their submenus) with unique mnemonics as menus and items
    are added, by the console, the aids, the lock and the launcher alike."""

    def __init__(self, bar: QMenuBar, held: bool = False) -> None:
        """``held``: nothing is marked until ``release`` (a window adding its menus at once)."""
        super().__init__(bar)
        self._bar = bar
        self._busy = False
        self._held = held
        if held:
            bar.installEventFilter(self)
        else:
            self._watch(bar)

    def release(self) -> None:
        """Mark every menu once, as added while held (the console adds 70 items as it is built:
        marked as each came, their menus were marked 72 times), and keep them marked from now on."""
        if self._held:
            self._held = False
            self._watch(self._bar)

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
        for action in widget.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                self._watch(menu)
        self._mark(widget)

    def _mark(self, widget: QWidget) -> None:
        self._busy = True
        try:
            reserved = alt_letters() if isinstance(widget, QMenuBar) else frozenset()
            mark_menu(widget.actions(), reserved)
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._busy or self._held:
            return False
        if event.type() not in (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged):
            return False
        if isinstance(watched, QMenuBar | QMenu) and isinstance(event, QActionEvent):
            submenu = event.action().menu()
            if isinstance(submenu, QMenu):
                self._watch(submenu)
            self._mark(watched)
        return False

"""Every action of the live console as data: id, title, shortcuts, what it does.

Menus, shortcuts and tooltips are built from this one table, so the keyboard map lives here.
Presenter keys follow presentation software and clickers (PowerPoint, OpenLP, pdfpc).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from facilitator.ui.audience_view import Display
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.session_bridge import SessionBridge


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    shortcuts: tuple[str, ...]
    menu: str
    run: Callable[[SessionBridge], None]


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "start",
        QT_TRANSLATE_NOOP("Actions", "Start the session"),
        ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.start(),
    ),
    ActionSpec(
        "next",
        QT_TRANSLATE_NOOP("Actions", "Next step"),
        ("Right", "PgDown", "Space", "Ctrl+Right"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.next(),
    ),
    ActionSpec(
        "previous",
        QT_TRANSLATE_NOOP("Actions", "Previous step"),
        ("Left", "PgUp", "Ctrl+Left"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.previous(),
    ),
    ActionSpec(
        "pause",
        QT_TRANSLATE_NOOP("Actions", "Pause or resume the timer"),
        ("P", "Ctrl+P"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.toggle_pause(),
    ),
    ActionSpec(
        "add-minute",
        QT_TRANSLATE_NOOP("Actions", "One more minute for this step"),
        ("+", "=", "Ctrl+="),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.add_minutes(1),
    ),
    ActionSpec(
        "remove-minute",
        QT_TRANSLATE_NOOP("Actions", "One minute less for this step"),
        ("-", "Ctrl+-"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.add_minutes(-1),
    ),
    ActionSpec(
        "next-phase",
        QT_TRANSLATE_NOOP("Actions", "Next phase of this step"),
        ("N",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.next_phase(),
    ),
    ActionSpec(
        "apply-advice",
        QT_TRANSLATE_NOOP("Actions", "Shorten the next steps as advised"),
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.apply_advice(),
    ),
    ActionSpec(
        "end",
        QT_TRANSLATE_NOOP("Actions", "End the session"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.end(),
    ),
    ActionSpec(
        "black",
        QT_TRANSLATE_NOOP("Actions", "Black screen (again: back)"),
        ("B", ".", "Ctrl+B"),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
        lambda b: b.blank(Display.BLACK),
    ),
    ActionSpec(
        "white",
        QT_TRANSLATE_NOOP("Actions", "White screen (again: back)"),
        ("W", ",", "Ctrl+W"),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
        lambda b: b.blank(Display.WHITE),
    ),
    ActionSpec(
        "holding",
        QT_TRANSLATE_NOOP("Actions", "Holding screen (workshop title)"),
        ("H",),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
        lambda b: b.show_holding(),
    ),
)

TOOLBAR: tuple[tuple[str, str], ...] = (
    ("start", QT_TRANSLATE_NOOP("Toolbar", "Start")),
    ("previous", QT_TRANSLATE_NOOP("Toolbar", "◀ Back")),
    ("next", QT_TRANSLATE_NOOP("Toolbar", "Next ▶")),
    ("pause", QT_TRANSLATE_NOOP("Toolbar", "Pause")),
    ("add-minute", QT_TRANSLATE_NOOP("Toolbar", "+1 min")),
    ("remove-minute", QT_TRANSLATE_NOOP("Toolbar", "−1 min")),
    ("black", QT_TRANSLATE_NOOP("Toolbar", "Black")),
    ("end", QT_TRANSLATE_NOOP("Toolbar", "End")),
)
"""The console's toolbar, in order, with short labels so it fits a 1366-pixel laptop in every
language; the full title and the keys are in each button's tooltip and in the menus."""


def build_actions(parent: QObject, bridge: SessionBridge) -> dict[str, QAction]:
    """QActions for every spec: application-wide shortcuts, the keys in the tooltip, the short
    toolbar label as the icon text."""
    actions = {}
    for spec in ACTIONS:
        title = translate("Actions", spec.title)
        action = QAction(title, parent)
        action.setObjectName(f"action-{spec.id}")
        action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        keys = ", ".join(
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in spec.shortcuts
        )
        action.setToolTip(f"{title} ({keys})")
        action.setStatusTip(action.toolTip())
        action.triggered.connect(lambda _checked=False, run=spec.run: run(bridge))
        actions[spec.id] = action
    for action_id, short in TOOLBAR:
        actions[action_id].setIconText(translate("Toolbar", short))
    return actions


def typing_shortcuts() -> set[QKeySequence]:
    """Shortcuts that still work while typing in the notes box: the ones with Ctrl."""
    return {QKeySequence(key) for spec in ACTIONS for key in spec.shortcuts if key.startswith("Ctrl+")}

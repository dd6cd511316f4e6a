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
from facilitator.ui.session_bridge import SessionBridge


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    shortcuts: tuple[str, ...]
    menu: str
    run: Callable[[SessionBridge], None]


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("start", "Start the session", ("F5",), "Session", lambda b: b.start()),
    ActionSpec(
        "next", "Next step", ("Right", "PgDown", "Space", "Ctrl+Right"), "Session", lambda b: b.next()
    ),
    ActionSpec("previous", "Previous step", ("Left", "PgUp", "Ctrl+Left"), "Session", lambda b: b.previous()),
    ActionSpec("pause", "Pause or resume the timer", ("P", "Ctrl+P"), "Session", lambda b: b.toggle_pause()),
    ActionSpec(
        "add-minute",
        "One more minute for this step",
        ("+", "=", "Ctrl+="),
        "Session",
        lambda b: b.add_minutes(1),
    ),
    ActionSpec(
        "remove-minute",
        "One minute less for this step",
        ("-", "Ctrl+-"),
        "Session",
        lambda b: b.add_minutes(-1),
    ),
    ActionSpec("next-phase", "Next phase of this step", ("N",), "Session", lambda b: b.next_phase()),
    ActionSpec(
        "apply-advice",
        "Shorten the next steps as advised",
        ("Ctrl+Shift+S",),
        "Session",
        lambda b: b.apply_advice(),
    ),
    ActionSpec("end", "End the session", ("Ctrl+E",), "Session", lambda b: b.end()),
    ActionSpec(
        "black",
        "Black screen (again: back)",
        ("B", ".", "Ctrl+B"),
        "Projector",
        lambda b: b.blank(Display.BLACK),
    ),
    ActionSpec(
        "white",
        "White screen (again: back)",
        ("W", ",", "Ctrl+W"),
        "Projector",
        lambda b: b.blank(Display.WHITE),
    ),
    ActionSpec("holding", "Holding screen (workshop title)", ("H",), "Projector", lambda b: b.show_holding()),
)


def build_actions(parent: QObject, bridge: SessionBridge) -> dict[str, QAction]:
    """QActions for every spec: application-wide shortcuts, the keys in the tooltip."""
    actions = {}
    for spec in ACTIONS:
        action = QAction(spec.title, parent)
        action.setObjectName(f"action-{spec.id}")
        action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        keys = ", ".join(
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in spec.shortcuts
        )
        action.setToolTip(f"{spec.title} ({keys})")
        action.setStatusTip(action.toolTip())
        action.triggered.connect(lambda _checked=False, run=spec.run: run(bridge))
        actions[spec.id] = action
    return actions


def typing_shortcuts() -> set[QKeySequence]:
    """Shortcuts that still work while typing in the notes box: the ones with Ctrl."""
    return {QKeySequence(key) for spec in ACTIONS for key in spec.shortcuts if key.startswith("Ctrl+")}

"""Every action of the live console as data: id, title, shortcuts, what it does, when it is
enabled, and what to ask first when it cannot be undone.

Menus, shortcuts and tooltips are built from this one table, so the keyboard map lives here.
Presenter keys follow presentation software and clickers (PowerPoint, OpenLP, pdfpc).

Keys without Ctrl, Alt or a function key ("presenter keys": →, Space, B, P, …) drive the session
only while the keyboard is not in a text field or a panel (see ``presenter_keys``); typing there
never moves the projector.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from facilitator.sessions.state import Status
from facilitator.ui import dialogs
from facilitator.ui.audience_view import Display
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.session_bridge import SessionBridge


def _always(_bridge: SessionBridge) -> bool:
    return True


def _live(bridge: SessionBridge) -> bool:
    return bridge.status in (Status.RUNNING, Status.PAUSED)


def _not_ended(bridge: SessionBridge) -> bool:
    return bridge.status is not Status.ENDED


@dataclass(frozen=True)
class Confirm:
    """The question asked before an action that cannot be undone; ``text`` is formatted with
    ``left`` (steps not yet run) and ``total``."""

    title: str
    text: str


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    shortcuts: tuple[str, ...]
    menu: str
    run: Callable[[SessionBridge], None]
    enabled_when: Callable[[SessionBridge], bool] = _always
    confirm: Confirm | None = None


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "start",
        QT_TRANSLATE_NOOP("Actions", "Start the session"),
        ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.start(),
        enabled_when=lambda b: b.status is Status.NOT_STARTED,
    ),
    ActionSpec(
        "next",
        QT_TRANSLATE_NOOP("Actions", "Next step"),
        ("Right", "PgDown", "Space", "Ctrl+Right"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.next(),
        enabled_when=_not_ended,
    ),
    ActionSpec(
        "previous",
        QT_TRANSLATE_NOOP("Actions", "Previous step"),
        ("Left", "PgUp", "Ctrl+Left"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.previous(),
        enabled_when=_live,
    ),
    ActionSpec(
        "pause",
        QT_TRANSLATE_NOOP("Actions", "Pause or resume the timer"),
        ("P", "Ctrl+P"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.toggle_pause(),
        enabled_when=_live,
    ),
    ActionSpec(
        "add-minute",
        QT_TRANSLATE_NOOP("Actions", "One more minute for this step"),
        ("+", "=", "Ctrl+="),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.add_minutes(1),
        enabled_when=_not_ended,
    ),
    ActionSpec(
        "remove-minute",
        QT_TRANSLATE_NOOP("Actions", "One minute less for this step"),
        ("-", "Ctrl+-"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.add_minutes(-1),
        enabled_when=_not_ended,
    ),
    ActionSpec(
        "next-phase",
        QT_TRANSLATE_NOOP("Actions", "Next phase of this step"),
        ("N",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.next_phase(),
        enabled_when=_live,
    ),
    ActionSpec(
        "apply-advice",
        QT_TRANSLATE_NOOP("Actions", "Shorten the next steps as advised"),
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.apply_advice(),
        enabled_when=_live,
        confirm=Confirm(
            QT_TRANSLATE_NOOP("Actions", "Shorten the next steps?"),
            QT_TRANSLATE_NOOP(
                "Actions",
                "The steps not yet run lose the minutes the timer panel advises. "
                "You can give a step time back with +.",
            ),
        ),
    ),
    ActionSpec(
        "end",
        QT_TRANSLATE_NOOP("Actions", "End the session"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.end(),
        enabled_when=_live,
        confirm=Confirm(
            QT_TRANSLATE_NOOP("Actions", "End the session?"),
            QT_TRANSLATE_NOOP(
                "Actions",
                "Steps not yet run: {left} of {total}. Ending cannot be undone: the timer stops "
                "for good and the notes go to review. End the session now?",
            ),
        ),
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


def run_action(spec: ActionSpec, bridge: SessionBridge, parent: QWidget | None) -> bool:
    """Run ``spec``, asking first when it cannot be undone; False when not run."""
    if not spec.enabled_when(bridge):
        return False
    if spec.confirm is not None:
        question = translate("Actions", spec.confirm.text).format(
            left=bridge.steps_left(), total=len(bridge.plan.steps)
        )
        if not dialogs.ask(parent, translate("Actions", spec.confirm.title), question):
            return False
    spec.run(bridge)
    return True


def refresh_enabled(actions: dict[str, QAction], bridge: SessionBridge) -> None:
    """Enable each action as its spec says for the session's state now."""
    for spec in ACTIONS:
        actions[spec.id].setEnabled(spec.enabled_when(bridge))


def build_actions(parent: QWidget, bridge: SessionBridge) -> dict[str, QAction]:
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
        action.triggered.connect(lambda _checked=False, spec=spec: run_action(spec, bridge, parent.window()))
        actions[spec.id] = action
    for action_id, short in TOOLBAR:
        actions[action_id].setIconText(translate("Toolbar", short))
    for signal in (bridge.session_started, bridge.session_ended, bridge.step_changed):
        signal.connect(lambda *_args: refresh_enabled(actions, bridge))
    refresh_enabled(actions, bridge)
    return actions


def typing_shortcuts() -> set[QKeySequence]:
    """Shortcuts that still work while typing in the notes box: the ones with Ctrl."""
    return {QKeySequence(key) for spec in ACTIONS for key in spec.shortcuts if key.startswith("Ctrl+")}


def is_presenter_key(key: str) -> bool:
    """A key without Ctrl, Alt or a function key: it types text in a field, so it drives the
    session only when no field or panel has the keyboard."""
    return not any(key.startswith(prefix) for prefix in ("Ctrl+", "Alt+", "Meta+")) and not (
        key.startswith("F") and key[1:].isdigit()
    )


def presenter_keys() -> set[QKeySequence]:
    return {QKeySequence(key) for spec in ACTIONS for key in spec.shortcuts if is_presenter_key(key)}

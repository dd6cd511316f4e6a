"""Every action of the live console as data: id, title, shortcuts, what it does, when it is
enabled, and what to ask first when it cannot be undone.

Menus, shortcuts and tooltips are built from this one table, so the keyboard map lives here.
Presenter keys follow presentation software and clickers (PowerPoint, OpenLP, pdfpc).

Keys without Ctrl, Alt or a function key ("presenter keys": →, Space, B, P, …) drive the session
only while the keyboard is not in a text field or a panel (see ``presenter_keys``); typing there
never moves the projector. The exceptions are an action's ``while_typing`` keys: PageDown and
PageUp, which a clicker sends and a notes box hardly needs, drive the session from the console's
text fields and panels too.

Every key of the app is listed here, even the few a widget handles itself (the notes box, the cue
panel, the side panels): those carry their ``scope`` and are read from here by their widget.
README.md's key table is generated from this table (``scripts/key_table.py``; a test checks it).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

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


class Scope(StrEnum):
    """Where a key works."""

    CONSOLE = "console"
    """Anywhere in the app; a presenter key only while no text field or panel has the keyboard."""
    NOTES = "notes box"
    CUE_PANEL = "cue panel (F2)"
    PANELS = "cue panel or referral sheet"
    REFERRALS = "referral sheet (F3)"
    AGENDA = "agenda"
    PRESENTER = "presenter"
    """Only while no text field or panel has the keyboard."""
    REVIEW = "review window"
    PROJECTOR = "projector window"
    LIBRARY = "planner's library search"
    PLANNER = "planner window"
    """The planner's own menus (a window of its own, with no session): built by the planner."""


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    shortcuts: tuple[str, ...]
    menu: str
    run: Callable[[SessionBridge], None] | None = None
    """What it does to the session; None: the window that owns it registers what it runs
    (``make_action``), or the widget of its ``scope`` handles the key itself."""
    enabled_when: Callable[[SessionBridge], bool] = _always
    confirm: Confirm | None = None
    scope: Scope = Scope.CONSOLE
    takes_keys_from: tuple[str, ...] = ()
    """While this action is enabled, its keys are taken off these actions (P and Space play the
    film on a film step, even when it cannot play; elsewhere they pause the timer and go to the
    next step)."""
    while_typing: tuple[str, ...] = ()
    """Keys without Ctrl of this action that drive the session even while a text field or a panel
    of the console has the keyboard (a clicker's PageDown and PageUp)."""


def _local(action_id: str, title: str, keys: tuple[str, ...], scope: Scope) -> ActionSpec:
    """A key its widget handles itself, listed for the README (no menu; the title is not shown)."""
    return ActionSpec(action_id, title, keys, "", scope=scope)


def _planner(action_id: str, title: str, keys: tuple[str, ...], menu: str) -> ActionSpec:
    """An action of the planner's window (its title and menu are in the "Planner" context)."""
    return ActionSpec(f"planner-{action_id}", title, keys, menu, scope=Scope.PLANNER)


PLANNER_FILE = QT_TRANSLATE_NOOP("Planner", "&File")
PLANNER_EDIT = QT_TRANSLATE_NOOP("Planner", "&Edit")
PLANNER_WORKSHOP = QT_TRANSLATE_NOOP("Planner", "&Workshop")
PLANNER_RECENT = QT_TRANSLATE_NOOP("Planner", "Open &recent")
"""The planner's File menu opens with this submenu (its entries: "&1 …" to "&8 …")."""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "start",
        QT_TRANSLATE_NOOP("Actions", "Start the session"),
        ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.start(),
        # after the end too: F5 then says how to run the workshop again (it had done nothing)
        enabled_when=lambda b: b.status in (Status.NOT_STARTED, Status.ENDED),
    ),
    ActionSpec(
        "next",
        QT_TRANSLATE_NOOP("Actions", "Next step"),
        ("Right", "PgDown", "Space", "Ctrl+Right"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.next(),
        enabled_when=_not_ended,
        while_typing=("PgDown",),
    ),
    ActionSpec(
        "previous",
        QT_TRANSLATE_NOOP("Actions", "Previous step"),
        ("Left", "PgUp", "Ctrl+Left"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.previous(),
        enabled_when=_live,
        while_typing=("PgUp",),
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
        "film-play",
        QT_TRANSLATE_NOOP("Actions", "Play or pause the film (on a film step)"),
        ("P", "Space"),
        QT_TRANSLATE_NOOP("Actions", "Session"),
        lambda b: b.toggle_film(),
        enabled_when=lambda b: b.names_film(),  # a film that cannot play: the console says why
        takes_keys_from=("pause", "next"),
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
    ActionSpec(
        "toggle-timer",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the timer on the projector"),
        ("T",),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
    ),
    ActionSpec(
        "larger-text",
        QT_TRANSLATE_NOOP("Actions", "Larger text on the projector"),
        ("Ctrl+Alt+=",),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
        lambda b: b.set_comfort(text_scale=b.text_scale + 0.1),
    ),
    ActionSpec(
        "smaller-text",
        QT_TRANSLATE_NOOP("Actions", "Smaller text on the projector"),
        ("Ctrl+Alt+-",),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
        lambda b: b.set_comfort(text_scale=b.text_scale - 0.1),
    ),
    ActionSpec(
        "high-contrast",
        QT_TRANSLATE_NOOP("Actions", "High contrast on the projector"),
        ("Ctrl+Alt+H",),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
        lambda b: b.set_comfort(high_contrast=not b.high_contrast),
    ),
    ActionSpec(
        "media-folder",
        QT_TRANSLATE_NOOP("Actions", "Media folder for films…"),
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
    ),
    ActionSpec(
        "choose-screen",
        QT_TRANSLATE_NOOP("Actions", "Choose the projector screen…"),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
    ),
    ActionSpec(
        "swap-screens",
        QT_TRANSLATE_NOOP("Actions", "Swap the screens"),
        ("Ctrl+Shift+X",),
        QT_TRANSLATE_NOOP("Actions", "Projector"),
    ),
    ActionSpec(
        "write-note",
        QT_TRANSLATE_NOOP("Actions", "Write a note (the keyboard goes to the notes box)"),
        ("Ctrl+M",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
    ),
    # The offer "Mark for follow-up?" under the notes box (a note that reads like a disclosure, or
    # one typed where a referral was offered): with Ctrl, so they answer it while typing too; M as
    # in Ctrl+M (the note), N for "not now". Enabled only while an offer waits.
    ActionSpec(
        "follow-up-mark",
        QT_TRANSLATE_NOOP("Actions", "Mark the offered note for follow-up"),
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
    ),
    ActionSpec(
        "follow-up-not-now",
        QT_TRANSLATE_NOOP("Actions", "Not now: do not mark the offered note"),
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
    ),
    ActionSpec(
        "review",
        QT_TRANSLATE_NOOP("Actions", "Review notes and export anonymized PDF…"),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
    ),
    ActionSpec(
        "programme-summary",
        QT_TRANSLATE_NOOP("Actions", "Programme summary (counts only)…"),
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
    ),
    ActionSpec(
        "close",
        QT_TRANSLATE_NOOP("Actions", "Close Facilitator"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Session"),
    ),
    ActionSpec(
        "menus",
        QT_TRANSLATE_NOOP("Actions", "Open the menus (then the arrows; Alt and a letter opens one)"),
        ("F10",),
        "",
    ),
    ActionSpec(
        "cues",
        QT_TRANSLATE_NOOP("Actions", "Resistance cues"),
        ("F2",),
        QT_TRANSLATE_NOOP("Aids", "Aids"),
    ),
    ActionSpec(
        "referrals",
        QT_TRANSLATE_NOOP("Actions", "Referral sheet"),
        ("F3",),
        QT_TRANSLATE_NOOP("Aids", "Aids"),
    ),
    ActionSpec(
        "privacy",
        QT_TRANSLATE_NOOP("Actions", "Privacy screen (projector black, console covered)"),
        ("F12",),
        QT_TRANSLATE_NOOP("Aids", "Aids"),
    ),
    ActionSpec(
        "lock",
        QT_TRANSLATE_NOOP("Actions", "Lock now"),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP("Lock", "Lock"),
    ),
    # The planner's menus (its window builds them: ``planner_actions``); each title carries its
    # Alt letter (&), unique in its menu, and so does each translation (tests/planner/test_planner_menus.py):
    _planner("new", QT_TRANSLATE_NOOP("Planner", "&New workshop"), ("Ctrl+N",), PLANNER_FILE),
    _planner("open", QT_TRANSLATE_NOOP("Planner", "&Open…"), ("Ctrl+O",), PLANNER_FILE),
    _planner(
        "open-series",
        QT_TRANSLATE_NOOP("Planner", "Open a session of the &built-in series…"),
        (),
        PLANNER_FILE,
    ),
    _planner("save", QT_TRANSLATE_NOOP("Planner", "&Save"), ("Ctrl+S",), PLANNER_FILE),
    _planner(
        "save-as",
        QT_TRANSLATE_NOOP("Planner", "Save &as…"),
        ("Ctrl+Shift+S",),
        PLANNER_FILE,
    ),
    _planner(
        "quit",
        QT_TRANSLATE_NOOP("Planner", "&Quit the planner"),
        ("Ctrl+Q",),
        PLANNER_FILE,
    ),
    _planner("undo", QT_TRANSLATE_NOOP("Planner", "&Undo"), ("Ctrl+Z",), PLANNER_EDIT),
    _planner("redo", QT_TRANSLATE_NOOP("Planner", "&Redo"), ("Ctrl+Y",), PLANNER_EDIT),
    _planner(
        "remove",
        QT_TRANSLATE_NOOP("Planner", "Re&move the step"),
        ("Delete",),
        PLANNER_EDIT,
    ),
    _planner(
        "duplicate",
        QT_TRANSLATE_NOOP("Planner", "&Duplicate the step"),
        ("Ctrl+D",),
        PLANNER_EDIT,
    ),
    _planner(
        "up",
        QT_TRANSLATE_NOOP("Planner", "Move the step u&p"),
        ("Ctrl+Up",),
        PLANNER_EDIT,
    ),
    _planner(
        "down",
        QT_TRANSLATE_NOOP("Planner", "Move the step do&wn"),
        ("Ctrl+Down",),
        PLANNER_EDIT,
    ),
    _planner(
        "library",
        QT_TRANSLATE_NOOP("Planner", "Search the &library"),
        ("Ctrl+F",),
        PLANNER_EDIT,
    ),
    _planner(
        "start",
        QT_TRANSLATE_NOOP("Planner", "&Checklist and start…"),
        ("F5",),
        PLANNER_WORKSHOP,
    ),
    _planner(
        "menus",
        QT_TRANSLATE_NOOP("Planner", "Open the menus (then the arrows; Alt and a letter opens one)"),
        ("F10",),
        "",
    ),
    # Keys a widget handles itself (listed here so this stays the one list of keys; their titles
    # are for the README, not shown in the app):
    _local(
        "finish-note",
        "Finish the note; the caret stays in the box for the next one",
        ("Ctrl+Return", "Ctrl+Enter"),
        Scope.NOTES,
    ),
    _local("leave-notes", "Leave the notes box: the presenter keys drive the session", ("Esc",), Scope.NOTES),
    _local("log-defused", "Log the moment as defused", ("Alt+D",), Scope.CUE_PANEL),
    _local("log-continued", "Log the moment as continued", ("Alt+C",), Scope.CUE_PANEL),
    _local("log-outside", "Log the moment as taken outside", ("Alt+O",), Scope.CUE_PANEL),
    _local("close-panel", "Close the panel; the presenter has the keys", ("Esc",), Scope.PANELS),
    _local(
        "referral-change",
        "Change the chosen cell of your own service (built-in services are read-only; typing and "
        "Space never change a cell)",
        ("Return",),
        Scope.REFERRALS,
    ),
    _local("referral-copy", "Copy the chosen cell (a phone number, a name)", ("Ctrl+C",), Scope.REFERRALS),
    _local(
        "referral-delete",
        "Delete the chosen service of your own, after a question (built-in services stay)",
        ("Delete",),
        Scope.REFERRALS,
    ),
    _local("go-to-step", "Go to step number… (type it, then Enter)", ("0…9", "Return"), Scope.PRESENTER),
    _local("go-to-row", "Go to the chosen step", ("Return",), Scope.AGENDA),
    _local("review-toggle", "Keep or remove the chosen stretch", ("Space",), Scope.REVIEW),
    _local(
        "review-select",
        "In the note's text: move the caret; with Shift select, with Ctrl+Shift a word at a time",
        ("Left", "Right", "Shift+Left", "Shift+Right", "Ctrl+Shift+Left", "Ctrl+Shift+Right"),
        Scope.REVIEW,
    ),
    _local("review-mark", "Mark the selected text as a name or number to remove", ("Ctrl+R",), Scope.REVIEW),
    _local("review-export", "Export the anonymized PDF…", ("Ctrl+S",), Scope.REVIEW),
    _local("leave-full-screen", "Leave full screen", ("Esc",), Scope.PROJECTOR),
    _local(
        "library-move",
        "Move the selection in the library list; Enter adds that step and the selection moves on",
        ("Down", "Up", "PgDown", "PgUp"),
        Scope.LIBRARY,
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
    if spec.run is not None:
        spec.run(bridge)
    return True


def spec(action_id: str) -> ActionSpec:
    """The table's entry for ``action_id`` (a KeyError names a missing one at start-up)."""
    return _BY_ID[action_id]


def shortcuts(action_id: str) -> tuple[str, ...]:
    """The keys of ``action_id``, for the widgets that handle their own keys."""
    return spec(action_id).shortcuts


def planner_actions() -> tuple[ActionSpec, ...]:
    """The planner window's actions, in menu order (ids without their "planner-" prefix are the
    planner's names for them)."""
    return tuple(s for s in ACTIONS if s.scope is Scope.PLANNER)


def bridge_actions() -> tuple[ActionSpec, ...]:
    """The app-wide actions that act on the session itself (built by the console)."""
    return tuple(s for s in ACTIONS if s.run is not None and s.scope is Scope.CONSOLE)


def refresh_enabled(actions: dict[str, QAction], bridge: SessionBridge) -> None:
    """Enable each action as its spec says for the session's state now; an enabled action that
    takes keys from others has them alone (two actions on one key would both do nothing)."""
    taken: dict[str, set[str]] = {}
    for entry in bridge_actions():
        enabled = entry.enabled_when(bridge)
        actions[entry.id].setEnabled(enabled)
        for other in entry.takes_keys_from if enabled else ():
            taken.setdefault(other, set()).update(entry.shortcuts)
    for entry in bridge_actions():
        keys = [QKeySequence(key) for key in entry.shortcuts if key not in taken.get(entry.id, set())]
        if actions[entry.id].shortcuts() != keys:
            actions[entry.id].setShortcuts(keys)


_ARROWS = {"Right": "→", "Left": "←"}


def key_text(action_id: str) -> str:
    """The first key of ``action_id`` as the laptop's keyboard names it (from the action table);
    arrows as the arrows printed on the keys, in every language."""
    key = shortcuts(action_id)[0]
    return _ARROWS.get(key) or QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def make_action(action_id: str, parent: QWidget, run: Callable[[], object]) -> QAction:
    """A QAction for ``action_id`` as the table says (title, app-wide keys, the keys in its
    tooltip), running ``run``: how the console, the aids, the lock and the launcher register the
    actions they own."""
    entry = spec(action_id)
    title = translate("Actions", entry.title)
    action = QAction(title, parent)
    action.setObjectName(f"action-{entry.id}")
    action.setShortcuts([QKeySequence(key) for key in entry.shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    keys = ", ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in entry.shortcuts
    )
    action.setToolTip(f"{title} ({keys})")
    action.setStatusTip(action.toolTip())
    action.triggered.connect(lambda _checked=False: run())
    return action


def _runner(entry: ActionSpec, bridge: SessionBridge, parent: QWidget) -> Callable[[], bool]:
    return lambda: run_action(entry, bridge, parent.window())


def build_actions(parent: QWidget, bridge: SessionBridge) -> dict[str, QAction]:
    """QActions for every spec that acts on the session: application-wide shortcuts, the keys in
    the tooltip, the short toolbar label as the icon text."""
    actions = {}
    for entry in bridge_actions():
        actions[entry.id] = make_action(entry.id, parent, _runner(entry, bridge, parent))
    for action_id, short in TOOLBAR:
        actions[action_id].setIconText(translate("Toolbar", short))
    signals = (
        bridge.session_started,
        bridge.session_ended,
        bridge.step_changed,
        bridge.display_changed,
        bridge.film_failed,
    )
    for signal in signals:
        signal.connect(lambda *_args: refresh_enabled(actions, bridge))
    refresh_enabled(actions, bridge)
    return actions


def typing_shortcuts() -> set[QKeySequence]:
    """App-wide shortcuts that still work while typing in the notes box: the ones with Ctrl, and
    the clicker's page keys."""
    return {
        QKeySequence(key)
        for spec in ACTIONS
        if spec.scope is Scope.CONSOLE
        for key in spec.shortcuts
        if key.startswith("Ctrl+") or key in spec.while_typing
    } | page_keys()


def page_keys() -> set[QKeySequence]:
    """The keys without Ctrl that drive the session from the console's fields and panels too."""
    return {QKeySequence(key) for spec in ACTIONS for key in spec.while_typing}


def is_presenter_key(key: str) -> bool:
    """A key without Ctrl, Alt or a function key: it types text in a field, so it drives the
    session only when no field or panel has the keyboard."""
    return not any(key.startswith(prefix) for prefix in ("Ctrl+", "Alt+", "Meta+")) and not (
        key.startswith("F") and key[1:].isdigit()
    )


def switch_off(actions: Iterable[QAction], keep: Collection[QAction] = ()) -> dict[QAction, bool]:
    """Disable every action but ``keep`` (the lock, the privacy screen); returns what each was,
    for ``switch_back``: actions off for their own reasons stay off afterwards."""
    states = {action: action.isEnabled() for action in actions if action not in keep}
    for action in states:
        action.setEnabled(False)
    return states


def switch_back(states: dict[QAction, bool]) -> None:
    for action, was in states.items():
        action.setEnabled(was)


_BY_ID = {entry.id: entry for entry in ACTIONS}
assert len(_BY_ID) == len(ACTIONS), "every action id is unique"

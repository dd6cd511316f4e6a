"""The workshop planner: the library on the left, the agenda in the middle, the step on the right.

Every change is undoable, the plan is checked as it changes (the same messages as
`facilitator plans validate`), and the total is shown against the target length.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.content import CONTENT_DIR, builtin_series_files
from facilitator.languages import LANGUAGE_NAMES, LANGUAGES
from facilitator.paths import data_dir, user_plans_dir
from facilitator.planner.draft import Draft, document_of, free_plan_path, language_changes, new_document
from facilitator.planner.library import LibraryStep, load_library
from facilitator.sessions.atomic import WriteFailed, write_atomic
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.series_loader import is_series_file, load_series, series_files_in, series_position
from facilitator.settings import load_settings, remember_plan
from facilitator.ui import dialogs, i18n, plan_messages
from facilitator.ui.actions import PLANNER_FILE, PLANNER_RECENT, planner_actions
from facilitator.ui.i18n import translate
from facilitator.ui.mnemonics import open_menu_bar, plain
from facilitator.ui.planner import language_warning, series_chooser
from facilitator.ui.planner.commands import InsertStep, MoveStep, RemoveStep, SetField
from facilitator.ui.planner.library_panel import LibraryPanel
from facilitator.ui.planner.plan_totals import totals_line
from facilitator.ui.planner.step_editor import StepEditor
from facilitator.ui.series_guidance import SeriesGuidance


def wrap_lines(view: QListWidget) -> None:
    """Long lines wrap inside the column (a laptop's column is narrow in Russian and Kazakh),
    never cut at its edge nor scrolled sideways."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)


class AgendaList(QListWidget):
    """The agenda: drag to reorder, or drop a step from the library."""

    dropped_from_library = Signal(object, int)
    moved = Signal(int, int)

    def __init__(self, library: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.setObjectName("agenda-list")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        wrap_lines(self)

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.indexAt(event.position().toPoint()).row()
        target = self.count() if target < 0 else target
        if event.source() is self._library:
            item = self._library.currentItem()
            if item is not None:
                self.dropped_from_library.emit(item.data(Qt.ItemDataRole.UserRole), target)
            event.ignore()
            return
        source = self.currentRow()
        event.ignore()  # the draft moves the step; the list is rebuilt from it
        if source >= 0 and target != source:
            self.moved.emit(source, min(target, self.count() - 1))


WINDOW_MANAGER_TITLE = 40
"""Pixels a window manager takes above a window (its title bar): the planner leaves them free."""
LARGEST = QSize(1366, 768)
SHOWN_PROBLEMS = 3
"""Problems listed under the agenda (all of them in its tooltip): the line never grows taller."""


def planner_size(available: QSize) -> QSize:
    """The planner's size on a screen with ``available`` room: a laptop's 1366×768 at most, and
    the window manager's title bar left free, so the bottom line is never below the screen."""
    return QSize(
        min(LARGEST.width(), available.width()),
        min(LARGEST.height(), available.height() - WINDOW_MANAGER_TITLE),
    )


def starting_language() -> str:
    """A new plan's language: the UI's (a Kazakh planner makes Kazakh plans), else English."""
    return i18n.current() if i18n.current() in LANGUAGES else "en"


class PlannerWindow(QMainWindow):
    start_requested = Signal(object)
    """A Draft ready to run (from the checklist)."""

    def __init__(
        self,
        draft: Draft | None = None,
        library: list[LibraryStep] | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("planner-window")
        self.runs: Callable[[], Mapping[str, float]] = dict
        """Plan id -> when a session of it last started on this laptop (set by PlannerFlow from
        the store); the series chooser offers the next session not yet run."""
        self.undo = QUndoStack(self)
        self.draft = draft or Draft(
            new_document(translate("Planner", "New workshop"), language or starting_language(), 90)
        )
        self.library = LibraryPanel(library if library is not None else load_library())
        self.agenda = AgendaList(self.library.list)
        wrap_lines(self.library.list)
        self.editor = StepEditor()
        self.plan_title = QLineEdit()
        self.plan_title.setObjectName("plan-title")
        self.plan_language = QComboBox()
        self.plan_language.setObjectName("plan-language")
        self.plan_language.setToolTip(
            translate(
                "Planner",
                "The workshop's language: what the projector says around the steps (sources, the "
                "closing words), the resistance cues and the series offered",
            )
        )
        for code in LANGUAGES:
            self.plan_language.addItem(LANGUAGE_NAMES[code], code)
        self.target = QSpinBox()
        self.target.setObjectName("plan-target")
        self.target.setRange(10, 600)
        self.target.setSuffix(translate("Planner", " min target"))
        self.buffer = QSpinBox()
        self.buffer.setObjectName("plan-buffer")
        self.buffer.setRange(0, 600)
        self.buffer.setSuffix(translate("Planner", " min"))
        self.buffer.setToolTip(
            translate(
                "Planner",
                "Minutes kept free within the target length, in no step: time in hand when a step "
                "runs over. The console counts it before advising what to shorten.",
            )
        )
        self.start_time = QTimeEdit(QTime(10, 0))
        self.start_time.setObjectName("plan-start")
        self.total = QLabel()
        self.total.setObjectName("plan-total")
        self.problems = QLabel()
        self.problems.setObjectName("plan-problems")
        self.problems.setWordWrap(True)
        self._layout()
        self._wire()
        self.actions_by_id = self._actions()
        self.library.show_language(self.draft.document.get("language"))
        self.refresh()
        self.show_series()

    # -- building -----------------------------------------------------------------------------
    def _layout(self) -> None:
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(translate("Planner", "Workshop:")))
        title_row.addWidget(self.plan_title, 1)
        language_label = QLabel(translate("Planner", "&Language:"))
        language_label.setBuddy(self.plan_language)
        title_row.addWidget(language_label)
        title_row.addWidget(self.plan_language)
        header = QHBoxLayout()
        buffer_label = QLabel(translate("Planner", "&Buffer:"))
        buffer_label.setBuddy(self.buffer)
        for widget in (
            self.target,
            buffer_label,
            self.buffer,
            QLabel(translate("Planner", "starts at")),
            self.start_time,
        ):
            header.addWidget(widget)
        header.addStretch(1)
        self.total.setWordWrap(True)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(title_row)
        column.addLayout(header)
        column.addWidget(self.total)
        self.series_guidance = SeriesGuidance()  # the series' notes when the plan is one of its sessions
        self.series_guidance.hide()
        stacked = QSplitter(Qt.Orientation.Vertical)  # drag to read more of the series' notes
        stacked.setObjectName("series-and-agenda")
        stacked.addWidget(self.series_guidance)
        stacked.addWidget(self.agenda)
        stacked.setSizes([220, 380])
        for index in range(stacked.count()):
            stacked.setCollapsible(index, False)
        column.addWidget(stacked, 1)
        column.addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.library)
        split.addWidget(middle)
        split.addWidget(self.editor)
        split.setSizes([400, 480, 480])
        for index in range(split.count()):
            split.setCollapsible(index, False)
        self.setCentralWidget(split)
        self.resize(planner_size(self.screen().availableGeometry().size()))

    def _wire(self) -> None:
        self.library.chosen.connect(lambda item: self.add(item, self.agenda.currentRow() + 1))
        self.agenda.dropped_from_library.connect(self.add)
        self.agenda.moved.connect(
            lambda source, target: self.undo.push(MoveStep(self.draft, self.refresh, source, target))
        )
        self.agenda.currentRowChanged.connect(lambda _row: self._show_current())
        self.editor.edited.connect(self._edited)
        self.plan_title.textEdited.connect(
            lambda text: self.undo.push(SetField(self.draft, self.refresh, ("title",), text))
        )
        self.target.valueChanged.connect(self._target_changed)
        self.buffer.valueChanged.connect(self._buffer_changed)
        self.plan_language.activated.connect(
            lambda index: self.set_language(str(self.plan_language.itemData(index)))
        )
        self.start_time.timeChanged.connect(lambda _t: self.refresh())
        self.undo.cleanChanged.connect(self._clean_changed)

    def _actions(self) -> dict[str, QAction]:
        """The menus, from the one table of keys (facilitator/ui/actions.py)."""
        runs: dict[str, Callable[[], Any]] = {
            "new": self.new_plan,
            "open": self.open_plan,
            "open-series": self.open_series,
            "save": self.save,
            "save-as": self.save_as,
            "quit": self.close,  # asks first when there are unsaved changes
            "undo": self.undo.undo,
            "redo": self.undo.redo,
            "remove": self.remove_current,
            "duplicate": self.duplicate_current,
            "up": lambda: self.move_current(-1),
            "down": lambda: self.move_current(1),
            "library": self.library.search.setFocus,
            "start": self.request_start,
            "menus": lambda: open_menu_bar(self.menuBar()),
        }
        actions = {}
        menus: dict[str, Any] = {PLANNER_FILE: self.menuBar().addMenu(translate("Planner", PLANNER_FILE))}
        self.recent_menu = menus[PLANNER_FILE].addMenu(translate("Planner", PLANNER_RECENT))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for entry in planner_actions():
            action_id = entry.id.removeprefix("planner-")
            if entry.menu and entry.menu not in menus:
                menus[entry.menu] = self.menuBar().addMenu(translate("Planner", entry.menu))
            title = translate("Planner", entry.title)
            action = QAction(title, self)
            action.setObjectName(entry.id)
            action.setShortcuts([QKeySequence(key) for key in entry.shortcuts])
            keys = ", ".join(
                QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in entry.shortcuts
            )
            shown = plain(title)  # a tooltip shows no Alt letter
            action.setToolTip(f"{shown} ({keys})" if keys else shown)
            action.triggered.connect(lambda _checked=False, run=runs[action_id]: run())
            actions[action_id] = action
            if not entry.menu:  # F10: in no menu, it opens them
                self.addAction(action)
                continue
            if action_id == "quit":
                menus[entry.menu].addSeparator()
            menus[entry.menu].addAction(action)
        return actions

    # -- editing ------------------------------------------------------------------------------
    def add(self, item: LibraryStep, index: int) -> None:
        """Add a library step; the first step of a plan gives it its language (a plan built from
        Russian steps is a Russian plan: the projector's words and the cues follow it)."""
        index = max(0, min(index, len(self.draft.steps)))
        follow = not self.draft.steps and item.language != self.draft.document.get("language")
        if follow:
            self.undo.beginMacro(translate("Planner", "Add a step"))
            self._push_language(item.language)
        self.undo.push(InsertStep(self.draft, self.refresh, index, item.document()))
        if follow:
            self.undo.endMacro()
        self.agenda.setCurrentRow(index)

    def set_language(self, language: str) -> None:
        """The plan's language (the field above the agenda); the library shows its steps."""
        if language != self.draft.document.get("language"):
            self.undo.beginMacro(translate("Planner", "Change the language"))
            self._push_language(language)
            self.undo.endMacro()
            self.library.show_language(language)

    def _push_language(self, language: str) -> None:
        for path, value in language_changes(self.draft.document, language):
            self.undo.push(SetField(self.draft, self.refresh, path, value))

    def remove_current(self) -> None:
        row = self.agenda.currentRow()
        if row >= 0:
            self.undo.push(RemoveStep(self.draft, self.refresh, row))

    def duplicate_current(self) -> None:
        row = self.agenda.currentRow()
        if row >= 0:
            self.undo.push(InsertStep(self.draft, self.refresh, row + 1, self.draft.steps[row]))
            self.agenda.setCurrentRow(row + 1)

    def move_current(self, offset: int) -> None:
        row = self.agenda.currentRow()
        target = row + offset
        if row >= 0 and 0 <= target < len(self.draft.steps):
            self.undo.push(MoveStep(self.draft, self.refresh, row, target))
            self.agenda.setCurrentRow(target)

    def _edited(self, path: tuple[str, ...], value: object) -> None:
        row = self.agenda.currentRow()
        if row >= 0:
            self.undo.push(SetField(self.draft, self._refresh_keep_editor, ("steps", row, *path), value))

    def _target_changed(self, minutes: int) -> None:
        if self.draft.target_minutes() != minutes:
            self.undo.push(SetField(self.draft, self.refresh, ("target_length",), minutes))

    def _buffer_changed(self, minutes: int) -> None:
        if self.draft.buffer_minutes() != minutes:  # 0: no buffer, the key leaves the file
            self.undo.push(SetField(self.draft, self.refresh, ("buffer_minutes",), minutes or None))

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_agenda()
        self._show_current()
        self._show_totals()

    def _refresh_keep_editor(self) -> None:
        """After typing in the editor: update the agenda and totals, not the field being typed in."""
        self._fill_agenda()
        self._show_totals()

    def _fill_agenda(self) -> None:
        row = self.agenda.currentRow()
        start = datetime.combine(datetime.today(), self.start_time.time().toPython())  # type: ignore[arg-type]
        times = self.draft.clock_times(start)
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for index, (step, at, minutes) in enumerate(
            zip(self.draft.steps, times, self.draft.minutes(), strict=True)
        ):
            fixed = "  " + translate("Planner", "(fixed)") if step.get("fixed") else ""
            item = QListWidgetItem(
                f"{at:%H:%M}  {step.get('title', '?')}  ·  {_kind_name(step.get('kind'))}  ·  "
                f"{i18n.length(minutes * 60)}{fixed}"
            )
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(item.text())  # the whole line, when the column is narrower
            self.agenda.addItem(item)
        self.agenda.setCurrentRow(
            min(row, self.agenda.count() - 1) if row >= 0 else (0 if self.agenda.count() else -1)
        )
        self.agenda.blockSignals(False)
        language_index = self.plan_language.findData(self.draft.document.get("language"))
        if language_index >= 0 and language_index != self.plan_language.currentIndex():
            self.plan_language.setCurrentIndex(language_index)
        if self.plan_title.text() != self.draft.document.get("title", ""):
            self.plan_title.setText(str(self.draft.document.get("title", "")))
        target = self.draft.target_minutes()
        if target is not None and self.target.value() != round(target):
            self.target.blockSignals(True)
            self.target.setValue(round(target))
            self.target.blockSignals(False)
        if self.buffer.value() != self.draft.buffer_minutes():
            self.buffer.blockSignals(True)
            self.buffer.setValue(self.draft.buffer_minutes())
            self.buffer.blockSignals(False)

    def _show_current(self) -> None:
        row = self.agenda.currentRow()
        self.editor.show_step(self.draft.steps[row] if 0 <= row < len(self.draft.steps) else None)

    def _show_totals(self) -> None:
        start = datetime.combine(datetime.today(), self.start_time.time().toPython())  # type: ignore[arg-type]
        self.total.setText(totals_line(self.draft, start))
        mixed = language_warning.warning(self.draft.document)
        messages = [mixed] if mixed else []
        messages += [plan_messages.shown(error, named=True) for error in self.draft.errors] + [
            f"{plan_messages.shown(w, named=True)} ({translate('Planner', 'warning')})"
            for w in self.draft.warnings
        ]
        shown = messages[:SHOWN_PROBLEMS]
        if len(messages) > SHOWN_PROBLEMS:
            more = translate("Planner", "… and {count} more (point here to read them all)")
            shown.append(more.format(count=len(messages) - SHOWN_PROBLEMS))
        self.problems.setText("\n".join(shown) if messages else translate("Planner", "The plan is valid."))
        self.problems.setToolTip("\n".join(messages))
        self._update_title()

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = self.draft.path.name if self.draft.path else translate("Planner", "new workshop")
        changed = "" if self.undo.isClean() else " *"
        readonly = " " + translate("Planner", "(built-in: save a copy)") if self.draft.read_only else ""
        self.setWindowTitle(translate("Planner", "Planner — {name}").format(name=name) + changed + readonly)

    # -- files --------------------------------------------------------------------------------
    def new_plan(self) -> None:
        if not self.may_discard():
            return
        self._replace(
            Draft(
                new_document(
                    translate("Planner", "New workshop"), self.draft.document.get("language", "en"), 90
                )
            )
        )

    def open_plan(self, path: Path | None = None) -> bool:
        chosen = path or _as_path(
            dialogs.open_file(
                self,
                translate("Planner", "Open a workshop plan"),
                "YAML (*.yaml *.yml)",
                str(self._own_file_folder()),
            )
        )
        if chosen is None:
            return False
        if is_series_file(chosen):
            return self.open_series(chosen)
        if not self.may_discard():
            return False
        try:
            loaded = load_plan(chosen)
        except InvalidFile as exc:
            dialogs.tell(
                self,
                translate("Planner", "This plan has problems"),
                plan_messages.listed(exc.errors, 15),
            )
            return False
        builtin = CONTENT_DIR in chosen.resolve().parents
        self._replace(Draft(document_of(loaded.plan), chosen, read_only=builtin))
        if not builtin:
            remember_plan(str(chosen.resolve()))
        return True

    def open_series(self, path: Path | None = None) -> bool:
        """Open a series (the built-in one in the plan's language by default): pick a session of it
        (every session shown with its number, title and purpose; the next one not yet run on this
        laptop chosen first), which then opens like any plan (F5 runs it; a built-in one is saved
        as a copy)."""
        language = self.draft.document.get("language", "en")
        chosen = path or CONTENT_DIR / "series" / f"young-men-series.{language}.yaml"
        if not chosen.is_file():
            chosen = CONTENT_DIR / "series" / "young-men-series.en.yaml"
        try:
            loaded = load_series(chosen)
        except InvalidFile as exc:
            dialogs.tell(
                self,
                translate("Planner", "This series has problems"),
                plan_messages.listed(exc.errors, 15),
            )
            return False
        entries = [*loaded.sessions, *([loaded.follow_up] if loaded.follow_up else [])]
        index = series_chooser.choose_session(self, loaded, self.runs())
        if index is None:
            return False
        return self.open_plan(entries[index].path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(load_settings().recent_plans, 1):
            # Alt letters 1 to 8; an "&" in the path is shown as written
            action = self.recent_menu.addAction(f"&{number}  {path.replace('&', '&&')}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_plan(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("Planner", "(none yet)")).setEnabled(False)

    def save(self) -> bool:
        if self.draft.path is None or self.draft.read_only:
            return self.save_as()
        return self._write(self.draft.path)

    def _own_file_folder(self) -> Path:
        """Where Open starts: the folder of the facilitator's own plan being edited, else the data
        folder's plans/ (where Save As puts a new plan and the app lists plans)."""
        if self.draft.path is not None and not self.draft.read_only:
            return self.draft.path.parent
        return user_plans_dir()

    def save_as(self) -> bool:
        """Save under a name chosen in the data folder's plans/ (where the app lists plans), or
        next to the plan's own file."""
        own = self.draft.path if self.draft.path is not None and not self.draft.read_only else None
        suggested = str(own or user_plans_dir() / f"{self.draft.document.get('id', 'workshop')}.yaml")
        chosen = _as_path(
            dialogs.save_file(
                self, translate("Planner", "Save the workshop plan"), suggested, "YAML (*.yaml)"
            )
        )
        if chosen is None:
            return False
        if self.draft.read_only:
            self.draft.set(("id",), f"{self.draft.document.get('id', 'workshop')}-copy")
        return self._write(chosen)

    def _write(self, path: Path) -> bool:
        try:
            write_atomic(path, self.draft.text().encode("utf-8"))
        except WriteFailed as exc:
            dialogs.tell(self, translate("Planner", "Not saved"), plan_messages.message(str(exc)))
            return False
        self.draft.path, self.draft.read_only = path, False
        remember_plan(str(path.resolve()))
        self.undo.setClean()
        self.draft.check()  # its messages name the file: the new name, and images beside it
        self._show_totals()
        return True

    # -- closing ------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """Changes not saved yet; a new plan with no step holds nothing worth keeping."""
        return not self.undo.isClean() and (self.draft.path is not None or bool(self.draft.steps))

    def may_discard(self, question: str | None = None) -> bool:
        """True when the plan on screen may go: nothing unsaved, or the facilitator saved it or
        chose to discard it; False: cancelled (or the save did not happen)."""
        if not self.has_unsaved_changes():
            return True
        name = self.draft.path.name if self.draft.path else str(self.draft.document.get("title", ""))
        answer = dialogs.ask_save(
            self,
            translate("Planner", "Unsaved changes"),
            (question or translate("Planner", "Save changes to “{name}”?")).format(name=name),
        )
        if answer is dialogs.SaveAnswer.SAVE:
            return self.save()
        return answer is dialogs.SaveAnswer.DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4, the window's ×, Ctrl+Q: never loses unsaved work without asking."""
        if self.may_discard():
            event.accept()
        else:
            event.ignore()

    def _replace(self, draft: Draft) -> None:
        self.draft = draft
        self.library.show_language(draft.document.get("language"))
        self.undo.clear()
        self.refresh()
        self.show_series()

    def show_series(self) -> None:
        """When the plan is a session of a built-in or the facilitator's own series: where it sits,
        its purpose, what to prepare and the series' guidance, above the agenda."""
        position = series_position(
            str(self.draft.document.get("id", "")),
            str(self.draft.document.get("language", "")),
            builtin_series_files() + series_files_in(data_dir() / "plans"),
        )
        if position is not None:
            self.series_guidance.show_position(position)
        self.series_guidance.setVisible(position is not None)

    def request_start(self) -> None:
        if not self.draft.check():
            dialogs.tell(
                self,
                translate("Planner", "This plan has problems"),
                plan_messages.listed(self.draft.errors, 10, named=True),
            )
            return
        if not language_warning.may_start(self, self.draft.document) or not self.keep_before_start():
            return
        self.start_requested.emit(self.draft)

    def keep_before_start(self) -> bool:
        """Unsaved work is kept before the session starts (the planner hides while it runs, and
        closing the console ends the app): a plan never saved (or a built-in one changed) is
        saved in the data folder's plans/ under a free name; a plan with its own file asks.
        False: cancelled."""
        if not self.has_unsaved_changes():
            return True
        if self.draft.path is None or self.draft.read_only:
            if self.draft.read_only:
                self.draft.set(("id",), f"{self.draft.document.get('id', 'workshop')}-copy")
            return self._write(free_plan_path(user_plans_dir(), str(self.draft.document.get("id", ""))))
        return self.may_discard(translate("Planner", "Save changes to “{name}” before the session starts?"))


def _as_path(text: str | None) -> Path | None:
    return Path(text) if text else None


def _kind_name(value: object) -> str:
    """A step's kind in the UI's language (a value being typed that is no kind yet, as it is)."""
    from facilitator.sessions.plan import StepKind
    from facilitator.ui.kind_names import step_kind

    try:
        return step_kind(StepKind(str(value)))
    except ValueError:
        return str(value)

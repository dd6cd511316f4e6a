"""The facilitator's console on the laptop: agenda, private guidance, preview, timer, notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.state import Status
from facilitator.settings import change_settings, load_settings
from facilitator.ui import dialogs, window_state
from facilitator.ui.actions import ACTIONS, TOOLBAR, build_actions, key_text, make_action
from facilitator.ui.after_session import AfterSession
from facilitator.ui.agenda_panel import AgendaPanel
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.film_panel import FilmPanel, refused_text
from facilitator.ui.i18n import translate
from facilitator.ui.language_menu import build_language_menu, choose_language
from facilitator.ui.live_preview import Preview
from facilitator.ui.mnemonics import MnemonicKeeper, open_menu_bar
from facilitator.ui.next_preview import NextPreview
from facilitator.ui.notes_panel import NotesPanel
from facilitator.ui.presenter_keys import PresenterKeys
from facilitator.ui.private_aids import PrivateAids
from facilitator.ui.reserve_banner import ReserveBanner
from facilitator.ui.series_guidance import series_text
from facilitator.ui.session_bridge import SessionBridge
from facilitator.ui.stage_banner import StageBanner
from facilitator.ui.step_panel import StepPanel
from facilitator.ui.still_layout import place_in_place
from facilitator.ui.timer_panel import TimerPanel
from facilitator.ui.unsaved_banner import UnsavedBanner, kinds_text

QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's "no maximum" for a widget's size."""
NEXT_PREVIEW_HEIGHT = 150
"""Pixels of the next-step preview's height (16:9 under the agenda: about 267 × 150)."""
COLUMN_WIDTH = 200
"""Pixels the guidance and the projector column keep when the cue panel or referral sheet opens."""


class _AgendaColumn(QWidget):
    """The agenda and the next-step preview under it; asks the size the agenda alone asked (as
    when it sat in the splitter by itself: the preview takes from the agenda's rows, which
    scroll), so the console still fits a 1366×768 laptop."""

    def __init__(self, agenda: QWidget) -> None:
        super().__init__()
        self._agenda = agenda

    def sizeHint(self) -> QSize:
        return self._agenda.sizeHint()


class ConsoleWindow(QMainWindow):
    def __init__(self, bridge: SessionBridge, audience: AudienceWindow, previews_later: bool = False) -> None:
        """``previews_later``: the two pictures of the projector (now and next) are left empty
        until ``draw_previews`` (the app's start draws them in the event loop's turn after the
        console takes keys: building them is a sixth of building the console)."""
        super().__init__()
        self.setObjectName("console-window")
        self.setWindowTitle(translate("Console", "Facilitator — {title}").format(title=bridge.plan.title))
        self._bridge = bridge
        self._audience = audience
        audience.hand_keys_to(self)
        self.actions_by_id = build_actions(self, bridge)
        self._build_menus()
        self.agenda = AgendaPanel(bridge)
        self.step_panel = StepPanel(bridge)
        projector = lambda: audience.view.size() if audience.isVisible() else QSize()  # noqa: E731
        draw = not previews_later
        self.preview = Preview(bridge, audience, projector, draw=draw)
        self.next_preview = NextPreview(bridge, projector, lambda: audience.timer_shown, draw=draw)
        audience.timer_toggled.connect(self.next_preview.refresh)
        self.timer_panel = TimerPanel(bridge)
        self.notes = NotesPanel(bridge)
        for action_id in ("follow-up-mark", "follow-up-not-now"):  # only while an offer waits
            offer_action = self.actions_by_id[action_id]
            offer_action.setEnabled(self.notes.answerable)  # resumed: offers found again
            self.notes.offer_changed.connect(offer_action.setEnabled)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("screen-mode")
        self.mode_label.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.series_label = QLabel(series_text(bridge.series_position()))
        self.series_label.setObjectName("series-position")
        self.series_label.setWordWrap(True)
        self.series_label.setVisible(bool(self.series_label.text()))
        right_layout.addWidget(self.series_label)
        right_layout.addWidget(QLabel("<b>" + translate("Console", "Projector") + "</b>"))
        right_layout.addWidget(self.preview, 1)  # the column's spare height goes to the picture
        self.film_panel = FilmPanel(bridge, audience.films)
        audience.films.refused.connect(lambda: self._show_error(refused_text(audience.films)))
        right_layout.addWidget(self.film_panel)
        right_layout.addWidget(self.mode_label)
        right_layout.addWidget(self.timer_panel)
        self.moments = QLabel()
        self.moments.setObjectName("moment-counts")
        self.moments.setWordWrap(True)
        right_layout.addWidget(self.moments)
        bridge.moments_changed.connect(self._count_moments)
        bridge.session_started.connect(self._count_moments)
        if bridge.status is not Status.NOT_STARTED:  # resumed (after a crash): counted so far
            self._count_moments()
        right_layout.addStretch(0)  # what the picture leaves (it stops at the projector's shape)
        right.setMinimumWidth(max(COLUMN_WIDTH, self.preview.minimumWidth()))  # the picture whole
        self.step_panel.setMinimumWidth(COLUMN_WIDTH)
        top = QSplitter(Qt.Orientation.Horizontal)
        self._columns = top
        self._beside_panel = False
        """The cue panel or the referral sheet is open: the guidance has the room (see below)."""
        self._agenda_column = self._agenda_and_next()
        self._right_column = right
        top.addWidget(self._agenda_column)
        top.addWidget(self.step_panel)
        top.addWidget(right)
        self._column_sizes = [430, 420, 430]  # the agenda wide enough for two lines of a long title
        top.setSizes(self._column_sizes)
        top.splitterMoved.connect(self._keep_column_sizes)
        for index, stretch in enumerate((0, 1, 1)):  # narrower window: the agenda keeps its width
            top.setStretchFactor(index, stretch)
            top.setCollapsible(index, False)
        self.privacy_banner = self._build_privacy_banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.privacy_banner)
        self.stage_banner = StageBanner(bridge, self.actions_by_id, central)  # held step, closing
        column.addWidget(self.stage_banner)
        self.unsaved_banner = UnsavedBanner(bridge, central)  # records the disk could not take yet
        column.addWidget(self.unsaved_banner)
        self.reserve_banner = ReserveBanner(bridge, central)  # the disk is full: the space kept aside
        column.addWidget(self.reserve_banner)
        halves = QSplitter(Qt.Orientation.Vertical)  # drag to give the notes more room
        halves.addWidget(top)
        halves.addWidget(self.notes)
        halves.setSizes([480, 200])
        for index, stretch in enumerate((3, 1)):
            halves.setStretchFactor(index, stretch)
            halves.setCollapsible(index, False)
        column.addWidget(halves, 1)
        self.setCentralWidget(central)
        bridge.error_reported.connect(self._show_error)
        self._error_shown: str | None = None
        """The last failure said in the status line, cleared once everything it was about landed."""
        self._waited = False
        """Something could not be saved since that failure was said (a note, a record)."""
        bridge.note_failed.connect(self._something_waits)
        bridge.note_saved.connect(self._clear_error_if_all_saved)  # after the notes box's own slot
        bridge.records_unsaved.connect(self._clear_error_if_all_saved)
        self.statusBar()  # the status line from the start: its first message never resizes the window
        build_language_menu(self, bridge)  # the console's language; says what it leaves as it is
        self.aids = PrivateAids(self, bridge)  # its privacy cover's stack is the central widget now
        central_stack = self.centralWidget()
        assert central_stack is not None
        place_in_place(central_stack, self._toolbar)  # no zero-length animations: still_layout.py
        self.after = AfterSession(self, bridge)
        bridge.session_ended.connect(self._offer_review)
        bridge.start_refused.connect(self._say_how_to_run_again)
        self.presenter_keys = PresenterKeys(
            self, audience, bridge, driving=lambda: self.actions_by_id["next"].isEnabled()
        )
        self.notes.keys_handed_back.connect(self.give_keys_to_presenter)
        self.step_panel.tallies.keys_handed_back.connect(self.give_keys_to_presenter)
        self.aids.panel_closed.connect(self.give_keys_to_presenter)
        self.aids.panels_shown.connect(self._make_room_for_panel)
        self.mnemonics.release()  # every menu above marked once; those added later as they come
        self.resize(1280, 720)
        window_state.restore(self, "console", QGuiApplication.primaryScreen())
        self.give_keys_to_presenter()

    def draw_previews(self) -> None:
        """The projector's pictures (now and next), drawn from now on: at once, as they are now."""
        self.preview.start_drawing()
        self.next_preview.start_drawing()

    def _agenda_and_next(self) -> QWidget:
        """The agenda over the next-step preview: when the cue panel or the referral sheet opens the
        column narrows to the agenda's least width, still wider than the preview, so the preview
        stays as readable with them as without."""
        column = _AgendaColumn(self.agenda)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.agenda, 1)
        caption = QLabel("<b>" + translate("Console", "Next on the projector") + "</b>")
        caption.setObjectName("next-preview-caption")
        layout.addWidget(caption)
        self.next_preview.setFixedHeight(NEXT_PREVIEW_HEIGHT)
        layout.addWidget(self.next_preview)
        return column

    def _make_room_for_panel(self, shown: bool) -> None:
        """F2 or F3 open: the agenda narrows to its least (its rows wrap and scroll) and the
        projector's column to the width of its picture, so the room the panel leaves goes to the
        step's private guidance, read beside the cue or the referral; closed: the columns as the
        facilitator left them. Limits, not only sizes: they hold whenever Qt lays the window out."""
        columns, agenda, right = self._columns, self._agenda_column, self._right_column
        if shown == self._beside_panel:
            return
        self._beside_panel = shown
        narrow = (agenda.minimumSizeHint().width(), right.minimumWidth())
        agenda.setMaximumWidth(narrow[0] if shown else QWIDGETSIZE_MAX)
        right.setMaximumWidth(narrow[1] if shown else QWIDGETSIZE_MAX)
        columns.refresh()  # the limits read now, not at the splitter's next layout
        if shown:
            columns.setSizes([narrow[0], QWIDGETSIZE_MAX, narrow[1]])  # the guidance: all the rest
        else:
            columns.setSizes(self._column_sizes)

    def _keep_column_sizes(self) -> None:
        """The columns as the facilitator dragged them (without a side panel): kept to come back to."""
        if not self._beside_panel:
            self._column_sizes = self._columns.sizes()

    def write_note(self) -> None:
        """Ctrl+M: the caret in the notes box, to type the next note (the console taking the
        keyboard first if another window had it)."""
        if self.notes.editor.isEnabled() and self.notes.isVisible():
            if not self.isActiveWindow():
                self.raise_()
                self.activateWindow()
            self.notes.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def give_keys_to_presenter(self) -> None:
        """The keyboard back to the presenter controls (→, Space, B… drive the session again)."""
        self.agenda.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_privacy_banner(self) -> QWidget:
        banner = QWidget(self)
        banner.setObjectName("privacy-banner")
        banner.setStyleSheet("QWidget#privacy-banner { background: #fff3cd; }")
        row = QHBoxLayout(banner)
        text = QLabel(
            translate(
                "Console",
                "<b>The displays are mirrored: the room may be seeing this screen.</b> Private notes are "
                "hidden. Show them only if the projector is not showing this screen.",
            )
        )
        text.setWordWrap(True)
        button = QPushButton(translate("Console", "Show private notes"), banner)
        button.setObjectName("confirm-private")
        button.clicked.connect(self.confirm_private)
        row.addWidget(text, 1)
        row.addWidget(button)
        banner.hide()
        return banner

    def _build_menus(self) -> None:
        # Alt + a letter, for every menu added: marked once the console is built (``__init__``)
        self.mnemonics = MnemonicKeeper(self.menuBar(), held=True)
        toolbar = QToolBar(translate("Actions", "Session"), self)
        toolbar.setObjectName("session-toolbar")
        toolbar.setMovable(False)
        self._toolbar = toolbar
        self.addToolBar(toolbar)
        owned = {  # the console's own actions; the table gives their titles and keys
            "toggle-timer": self._audience.toggle_timer,
            "review": lambda: self.after.open_review(),
            "write-note": lambda: self.write_note(),
            "follow-up-mark": lambda: self.notes.mark_for_follow_up(),
            "follow-up-not-now": lambda: self.notes.decline_follow_up(),
            "programme-summary": lambda: self.open_programme_summary(),
            "close": self.close,  # asks first while a session runs; everything is saved
            "media-folder": self.choose_media_folder,
            "menus": self.open_menus,
        }
        for action_id, run in owned.items():
            self.actions_by_id[action_id] = make_action(action_id, self, run)
        menus = {}
        for menu_name in ("Session", "Projector"):
            menus[menu_name] = menu = self.menuBar().addMenu(translate("Actions", menu_name))
            for spec in ACTIONS:
                if spec.menu == menu_name and spec.id in self.actions_by_id:
                    if spec.id == "review":
                        menu.addSeparator()
                    menu.addAction(self.actions_by_id[spec.id])
        for action_id, _short in TOOLBAR:
            toolbar.addAction(self.actions_by_id[action_id])
        self.addAction(self.actions_by_id["menus"])  # F10: in no menu, it opens them
        self._projector_menu = menus["Projector"]
        self._session_menu = menus["Session"]

    def open_menus(self) -> None:
        """F10: the first menu opens; the arrows go through every menu and item from there."""
        open_menu_bar(self.menuBar())

    def choose_media_folder(self) -> None:
        """Where film files are also looked for (after the plan's folder); this step looks again."""
        chosen = dialogs.choose_folder(
            self, translate("Films", "Media folder for films"), load_settings().media_folder
        )
        if chosen is None:
            return
        change_settings(media_folder=chosen)
        if not self._audience.films.playing:
            self._audience.films.load()
        self.statusBar().showMessage(
            translate("Films", "Films are looked for in the plan's folder, then in {folder}.").format(
                folder=chosen
            ),
            15000,
        )

    def open_programme_summary(self) -> None:
        """What leaves for the programme, in plain words, before anything is saved."""
        from facilitator.ui.programme_dialog import ProgrammeDialog

        previous = getattr(self, "programme_dialog", None)
        if previous is not None:
            previous.close()
            previous.deleteLater()
        self.programme_dialog: ProgrammeDialog | None = ProgrammeDialog(self._bridge, self)
        self.programme_dialog.open()

    def set_screen_mode(self, text: str) -> None:
        self.mode_label.setText(text)

    def add_projector_action(self, action_id: str, run: Callable[[], None]) -> QAction:
        """Register one of the table's projector actions owned elsewhere (the screen manager's)."""
        action = make_action(action_id, self, run)
        self._projector_menu.addAction(action)
        self.actions_by_id[action_id] = action
        return action

    def set_mirrored(self, mirrored: bool) -> None:
        """Displays mirrored: the room may see this screen, so private panels wait for a yes."""
        self.privacy_banner.setVisible(mirrored)
        self._show_private(not mirrored)

    def confirm_private(self) -> None:
        self.privacy_banner.hide()
        self._show_private(True)

    def _show_private(self, shown: bool) -> None:
        for panel in (self.step_panel, self.notes):
            panel.setVisible(shown)

    @property
    def private_visible(self) -> bool:
        return self.step_panel.isVisible() and self.notes.isVisible()

    def choose_language(self, code: str) -> None:
        """The Language menu's choice (``language_menu.choose_language``)."""
        choose_language(self, self._bridge, code)

    def _count_moments(self) -> None:
        resistance, referrals = self._bridge.moment_counts()
        self.moments.setText(
            translate(
                "Console", "Resistance moments logged: {resistance} · Referrals offered: {referrals}"
            ).format(resistance=resistance, referrals=referrals)
        )

    def save_unsaved(self) -> tuple[int, int]:
        """Try once more to save what the disk could not take; (notes, other records) still not saved."""
        self.notes.retry_unsaved()
        self._bridge.wait_for_saves()
        QCoreApplication.sendPostedEvents(self._bridge, QEvent.Type.MetaCall)  # the notes' results
        self._bridge.retry_records()
        return self.notes.unsaved_count(), self._bridge.unsaved_records()

    def _settle_unsaved(self) -> bool:
        """Before closing: nothing unsaved, or the facilitator was told and chose to close anyway
        (after as many tries as they asked for). False: stay open."""
        notes, records = self.save_unsaved()
        while notes or records:
            what = ", ".join(
                part
                for part in (
                    translate("Console", "notes: {count}").format(count=notes) if notes else "",
                    kinds_text(self._bridge),
                )
                if part
            )
            answer = dialogs.ask_unsaved(
                self,
                translate("Console", "Not saved yet"),
                translate(
                    "Console",
                    "Not saved yet: {what}. They are only in this window (is the disk full?). Free "
                    "some space and try again, or close and lose them.",
                ).format(what=what),
            )
            if answer is dialogs.UnsavedAnswer.CLOSE:
                return True
            if answer is dialogs.UnsavedAnswer.CANCEL:
                return False
            notes, records = self.save_unsaved()
        return True

    def _offer_review(self) -> None:
        self.statusBar().showMessage(
            translate("Console", "Session ended. Review the notes and export: Ctrl+Shift+E."), 30000
        )

    def _say_how_to_run_again(self) -> None:
        """F5 after the end: this session stays ended; a new one starts after the app opens again."""
        self.statusBar().showMessage(
            translate(
                "Console",
                "The session has ended; F5 starts no new one here. To run the workshop again, close "
                "the app ({close}), open it again, press F5. Its notes stay for review ({review}).",
            ).format(close=key_text("close"), review=key_text("review")),
            30000,
        )

    def _show_error(self, message: str) -> None:
        self._error_shown = message
        self.statusBar().showMessage(message, 15000)

    def _something_waits(self, *_draft: object) -> None:
        self._waited = True

    def _clear_error_if_all_saved(self, *_landed: object) -> None:
        """Every note and record that waited is on disk now: a saving failure still in the status
        line ("the disk is full") is no longer true, and goes (other messages stay their time)."""
        if self._bridge.unsaved_records():
            self._waited = True
            return
        if not self._waited or self._error_shown is None or self.notes.unsaved_count():
            return
        if self.statusBar().currentMessage() == self._error_shown:
            self.statusBar().clearMessage()
        self._error_shown = None
        self._waited = False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes.commit_now()
        if not self._settle_unsaved():
            event.ignore()
            return
        if self._bridge.status in (Status.RUNNING, Status.PAUSED):
            closing = dialogs.ask(
                self,
                translate("Console", "Close Facilitator?"),
                translate(
                    "Console",
                    "The session is still running. Everything is saved; you can resume it when you "
                    "open the app again. Close now?",
                ),
            )
            if not closing:
                event.ignore()
                return
        self.notes.commit_now()
        self._bridge.leave_open()  # on purpose: the next start says so, not "did not end properly"
        window_state.save(self, "console")
        self.next_preview.release()
        self._audience.allow_close()
        self._audience.close()  # which releases the film player
        event.accept()

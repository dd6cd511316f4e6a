"""The projector's window: a frameless, full-screen holder of one ``AudienceView`` and, on a film
step, the film (``FilmView``) in its place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from facilitator.sessions.state import Status
from facilitator.ui.actions import shortcuts
from facilitator.ui.audience_view import AudienceView, Display
from facilitator.ui.film_player import FilmPlayer, FilmView
from facilitator.ui.i18n import translate
from facilitator.ui.pair_view import PairView
from facilitator.ui.projector_focus import keep_keys_off, show_full_screen
from facilitator.ui.session_bridge import SessionBridge

RoomView = AudienceView | PairView
"""What the room sees: one language, or two side by side (``--language kk+ru``)."""


def room_view(bridge: SessionBridge, parent: QWidget | None = None) -> RoomView:
    """The view for the session's projector languages (the projector's, a preview's)."""
    languages, titles = bridge.audience_languages, bridge.audience_titles
    if len(languages) == 2:
        return PairView((languages[0], languages[1]), (titles[0], titles[1]), parent)
    return AudienceView(bridge.plan.language, parent)


def present(view: RoomView, bridge: SessionBridge) -> None:
    """Put what the room should see now into ``view`` (the projector's or the preview's)."""
    view.set_comfort(bridge.text_scale, bridge.high_contrast)
    started = bridge.status is not Status.NOT_STARTED
    if started:
        view.show_slide(bridge.slide())  # kept current underneath a blank: nothing stale flashes
    if bridge.display in (Display.BLACK, Display.WHITE):
        view.blank(bridge.display)
    elif bridge.display is Display.CLOSING:
        view.show_closing(bridge.plan.title)
    elif bridge.display is Display.HOLDING or not started:
        view.show_holding(bridge.plan.title)


def present_film(stack: QStackedWidget, films: FilmPlayer) -> None:
    """The film in place of the slide while the room should see it; the slide otherwise (black,
    white, after the film, or when the film cannot be played: its title, never a black window)."""
    stack.setCurrentIndex(1 if films.on_screen else 0)


def film_stack(view: QWidget, films: FilmPlayer, parent: QWidget) -> QStackedWidget:
    """``view`` (the room's screen) and a view of the film, one above the other."""
    stack = QStackedWidget(parent)
    stack.addWidget(view)
    stack.addWidget(FilmView(films, stack))
    return stack


def present_timer(view: RoomView, bridge: SessionBridge, shown: bool) -> None:
    """The room's timer: it stops at 0:00 (overtime is the console's) and names the phase."""
    view.show_timer(bridge.audience_timer(shown))


class AudienceWindow(QWidget):
    timer_toggled = Signal(bool)

    def __init__(self, bridge: SessionBridge) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audience-window")
        keep_keys_off(self)
        self._keys_to: QWidget | None = None
        self.setWindowTitle(translate("Audience", "{title} — Facilitator").format(title=bridge.plan.title))
        self._bridge = bridge
        self.films = FilmPlayer(bridge, self)  # first: it loads a step's film before the windows show it
        self.view = room_view(bridge, self)
        self.stack = film_stack(self.view, self.films, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.timer_shown = True
        self._allow_close = False
        bridge.step_changed.connect(self.refresh)
        bridge.display_changed.connect(self.refresh)
        bridge.session_started.connect(self.refresh)
        bridge.tallies_changed.connect(self.refresh)
        bridge.timer_updated.connect(self._update_timer)
        self.films.changed.connect(self.refresh)
        self.refresh()

    def place_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen``; windowed (rehearsal mode) when there is none."""
        if screen is None:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.resize(960, 540)
            self.showNormal()
            return
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        show_full_screen(self)

    def refresh(self) -> None:
        present(self.view, self._bridge)
        present_film(self.stack, self.films)
        self._update_timer()
        if self.isVisible():
            # the room first: paint now, before the console updates itself
            current = self.stack.currentWidget()
            if current is not None:
                current.repaint()

    @property
    def showing_film(self) -> bool:
        """The room sees the film (its frame), not the slide."""
        return self.stack.currentIndex() == 1

    def visible_text(self) -> str:
        """Every piece of text the room could read now: none while the film is on screen."""
        return "" if self.showing_film else self.view.visible_text()

    def _update_timer(self) -> None:
        present_timer(self.view, self._bridge, self.timer_shown)

    def toggle_timer(self) -> None:
        self.timer_shown = not self.timer_shown
        self._update_timer()
        self.timer_toggled.emit(self.timer_shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        leave = {QKeySequence(key) for key in shortcuts("leave-full-screen")}
        if QKeySequence(event.keyCombination()) in leave and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def hand_keys_to(self, console: QWidget) -> None:
        """Where the keyboard goes if a window manager gives this window the focus anyway."""
        self._keys_to = console

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            console = self._keys_to
            if console is not None and console.isVisible():
                console.raise_()
                console.activateWindow()

    def allow_close(self) -> None:
        self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        # the room's screen is closed with the console, never on its own by a stray click
        if self._allow_close or QGuiApplication.closingDown():
            self.films.release()  # the player goes before the video item and sound output it feeds
            event.accept()
        else:
            event.ignore()

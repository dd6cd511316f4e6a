"""Where the windows are: the projector found, remembered by name, and every change handled safely.

Any change of the screen set-up (a cable pulled, a projector switched on, a new resolution) first
blanks the projector and hides the audience window if its screen is gone, then asks the facilitator
where to show it. The audience window never moves onto the console's screen by itself; the console
is put back on its own screen; its questions open over the console.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from facilitator.screens import ScreenInfo, choose_audience_screen, is_mirrored
from facilitator.settings import change_settings, load_settings
from facilitator.ui import dialogs
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.qt_screens import QtScreenSource
from facilitator.ui.session_bridge import SessionBridge

REHEARSAL = QT_TRANSLATE_NOOP(
    "Screens", "One screen: rehearsal mode (the projector view is a window on this screen)."
)

STILL_BLACK = QT_TRANSLATE_NOOP(
    "Screens", "Screens changed: the projector is black. Choose where in the Projector menu."
)


class ScreenSource(Protocol):
    """The screens as values, and the Qt screen for a value (None for made-up ones in tests)."""

    def screens(self) -> list[ScreenInfo]: ...

    def primary(self) -> ScreenInfo: ...

    def qt_screen(self, info: ScreenInfo) -> QScreen | None: ...


GENERIC_NAMES = ("", "screen", "display", "monitor")
"""Names some systems give every screen (Xvfb and some drivers call each output "screen")."""


def screen_label(screen: ScreenInfo, screens: list[ScreenInfo]) -> str:
    """How the facilitator reads a screen's name: its connector (HDMI-1, DP-2, eDP-1: printed by
    the laptop's ports), or, when the system gives only a generic English word, "screen 2" in the
    UI's language, numbered in the order of the screens."""
    if screen.name.strip().lower().rstrip("0123456789 -_") not in GENERIC_NAMES:
        return screen.name
    number = screens.index(screen) + 1 if screen in screens else len(screens) + 1
    return translate("Screens", "screen {number}").format(number=number)


class ScreenManager(QObject):
    mode_changed = Signal(str)
    mirrored_changed = Signal(bool)

    def __init__(
        self,
        bridge: SessionBridge,
        audience: AudienceWindow,
        console: Callable[[], QWidget],
        source: ScreenSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._audience = audience
        self._console = console
        self._source = source or QtScreenSource()
        self.console_screen: ScreenInfo = self._source.primary()
        self.audience_screen: ScreenInfo | None = None
        self.mirrored = False

    # -- placing -------------------------------------------------------------------------------
    def place_initial(self, remembered: str | None = None) -> None:
        """At start: the remembered projector, else the largest other screen, else a window."""
        screens = self._source.screens()
        name = remembered if remembered is not None else load_settings().projector_screen
        self._place_console()
        self.show_on(choose_audience_screen(screens, self.console_screen, name), remember=False)
        self._check_mirrored(screens)

    def show_on(self, target: ScreenInfo | None, remember: bool = True) -> None:
        """Full screen on ``target`` (never the console's screen); None: a window (rehearsal)."""
        if target == self.console_screen:
            target = None
        self.audience_screen = target
        qt_target = self._source.qt_screen(target) if target else None
        self._audience.place_on(qt_target)
        if target is None:
            self.mode_changed.emit(translate("Screens", REHEARSAL))
        else:
            self.mode_changed.emit(
                translate("Screens", "Projector: {name} ({width}×{height})").format(
                    name=screen_label(target, self._source.screens()),
                    width=target.width,
                    height=target.height,
                )
            )
        self._bridge.remember_screen(target.name if target else "")  # resuming puts it back
        if remember and target is not None:
            change_settings(projector_screen=target.name)  # only this: text size etc. stay as set

    def swap(self) -> None:
        """The facilitator says the screens are the other way round."""
        if self.audience_screen is None:
            return
        old_console = self.console_screen
        self.console_screen = self.audience_screen
        self._place_console()
        self.show_on(old_console)

    def choices(self) -> list[ScreenInfo]:
        return [s for s in self._source.screens() if s != self.console_screen]

    # -- changes -------------------------------------------------------------------------------
    def watch(self) -> None:
        """Listen to Qt's screen signals (added, removed, primary or geometry changed)."""
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._watch_screen)
        app.screenAdded.connect(lambda _screen: self.on_layout_changed())
        app.screenRemoved.connect(lambda _screen: self.on_layout_changed())
        app.primaryScreenChanged.connect(lambda _screen: self.on_layout_changed())
        for screen in QGuiApplication.screens():
            self._watch_screen(screen)

    def _watch_screen(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(lambda _rect: self.on_layout_changed())

    def on_layout_changed(self) -> None:
        """Blank first, keep the audience off the console's screen, then ask where to show it."""
        self._bridge.force_blank()
        screens = self._source.screens()
        if self.audience_screen is not None and self.audience_screen not in screens:
            self._audience.hide()  # its screen is gone: never let Qt drop it on the laptop
            self.audience_screen = None
        if self.console_screen not in screens:
            self.console_screen = self._source.primary()
        self._place_console()
        self._check_mirrored(screens)
        self._ask(changed=True)

    def ask_where(self) -> None:
        """The facilitator asked (Ctrl+Shift+P): where should the audience window go? Nothing is blanked."""
        self._ask(changed=False)

    def _ask(self, changed: bool) -> None:
        options = self.choices()
        everything = self._source.screens()
        labels = [f"{screen_label(s, everything)} ({s.width}×{s.height})" for s in options]
        labels.append(translate("Screens", "A window on this screen (rehearsal)"))
        if changed:
            title = translate("Screens", "Screens changed")
            text = translate(
                "Screens",
                "The screens changed, so the projector is black. Where should the audience window go? "
                "It stays black until you press B.",
            )
        else:
            title = translate("Screens", "Projector screen")
            text = translate("Screens", "Where should the audience window go?")
        picked = dialogs.choose(self._console(), title, text, labels)
        if picked is None:
            if changed:
                self.mode_changed.emit(translate("Screens", STILL_BLACK))
            return
        self.show_on(options[picked] if picked < len(options) else None)

    def _place_console(self) -> None:
        """Keep the console on its own screen (it never stays on the projector)."""
        console = self._console()
        target = self._source.qt_screen(self.console_screen)
        if target is None:
            return
        area = target.availableGeometry()
        if not area.contains(console.frameGeometry().center()):
            console.setScreen(target)
            console.move(area.topLeft())

    def _check_mirrored(self, screens: list[ScreenInfo]) -> None:
        mirrored = is_mirrored(screens)
        if mirrored != self.mirrored:
            self.mirrored = mirrored
            self.mirrored_changed.emit(mirrored)

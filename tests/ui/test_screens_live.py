"""Screen changes mid-session: blank first, never onto the laptop, then ask (handler with fakes)."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from facilitator.screens import ScreenInfo
from facilitator.settings import load_settings
from facilitator.ui import dialogs
from facilitator.ui.audience_view import Display
from facilitator.ui.screen_manager import ScreenManager
from tests.ui.conftest import Rig

LAPTOP = ScreenInfo("eDP-1", 0, 0, 1280, 800, is_primary=True)
PROJECTOR = ScreenInfo("HDMI-1", 1280, 0, 1920, 1080)
OTHER = ScreenInfo("DP-2", 3200, 0, 1024, 768)


class FakeScreens:
    """Made-up screens; there is no Qt screen behind them, so "placing" opens a window."""

    def __init__(self, screens: list[ScreenInfo]) -> None:
        self.current = screens

    def screens(self) -> list[ScreenInfo]:
        return list(self.current)

    def primary(self) -> ScreenInfo:
        return next(s for s in self.current if s.is_primary)

    def qt_screen(self, info: ScreenInfo) -> None:
        return None


@pytest.fixture
def manager(rig: Rig) -> Iterator[tuple[ScreenManager, FakeScreens]]:
    fake = FakeScreens([LAPTOP, PROJECTOR])
    screens = ScreenManager(rig.bridge, rig.audience, lambda: rig.console, fake)
    screens.mode_changed.connect(rig.console.set_screen_mode)
    screens.mirrored_changed.connect(rig.console.set_mirrored)
    screens.place_initial()
    yield screens, fake


def test_start_puts_the_audience_on_the_other_screen(manager: tuple[ScreenManager, FakeScreens]) -> None:
    screens, _fake = manager
    assert screens.audience_screen == PROJECTOR and screens.console_screen == LAPTOP


def test_unplugging_the_projector_blanks_first_hides_the_window_and_asks(
    qtbot: QtBot, rig: Rig, manager: tuple[ScreenManager, FakeScreens], monkeypatch: pytest.MonkeyPatch
) -> None:
    screens, fake = manager
    rig.bridge.start()
    rig.bridge.next()
    notes_before = rig.bridge.notes()
    seen_when_asked = []

    def choose(_parent: object, _title: str, _text: str, options: list[str]) -> int | None:
        seen_when_asked.append((rig.bridge.display, rig.audience.isVisible(), options))
        return None  # the facilitator has not decided yet

    monkeypatch.setattr(dialogs, "choose", choose)
    fake.current = [LAPTOP]
    screens.on_layout_changed()
    (display, audience_visible, options) = seen_when_asked[0]
    assert display is Display.BLACK and not audience_visible
    assert options == ["A window on this screen (rehearsal)"]  # the laptop is never offered as "projector"
    assert screens.console_screen == LAPTOP and screens.audience_screen is None
    assert rig.audience.view.visible_text() == ""
    assert rig.bridge.index == 1 and rig.bridge.notes() == notes_before
    assert "projector is black" in rig.console.mode_label.text()


def test_plugging_a_projector_in_asks_and_remembers_it_by_name(
    rig: Rig, manager: tuple[ScreenManager, FakeScreens], monkeypatch: pytest.MonkeyPatch
) -> None:
    screens, fake = manager
    rig.bridge.start()
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _x, options: options.index("DP-2 (1024×768)"))
    fake.current = [LAPTOP, PROJECTOR, OTHER]
    screens.on_layout_changed()
    assert rig.bridge.display is Display.BLACK  # stays black until the facilitator presses B
    assert screens.audience_screen == OTHER
    assert load_settings().projector_screen == "DP-2"
    assert rig.store.session(rig.bridge.session_id).audience_screen == "DP-2"  # type: ignore[union-attr]


def test_choosing_the_screen_on_purpose_says_nothing_changed_and_blanks_nothing(
    rig: Rig, manager: tuple[ScreenManager, FakeScreens], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+P: a newcomer was told "Screens changed … the projector is black" when it was not."""
    screens, _fake = manager
    rig.bridge.start()
    display_before = rig.bridge.display
    asked: list[tuple[str, str, object]] = []

    def choose(_parent: object, title: str, text: str, _options: list[str]) -> int | None:
        asked.append((title, text, rig.bridge.display))
        return None  # changed their mind

    monkeypatch.setattr(dialogs, "choose", choose)
    screens.ask_where()
    (title, text, display_when_asked) = asked[0]
    assert title == "Projector screen" and text == "Where should the audience window go?"
    assert display_when_asked is display_before is not Display.BLACK
    assert rig.bridge.display is display_before and screens.audience_screen == PROJECTOR
    assert "black" not in rig.console.mode_label.text()


def test_mirrored_displays_hide_private_panels_until_confirmed(
    rig: Rig, manager: tuple[ScreenManager, FakeScreens], monkeypatch: pytest.MonkeyPatch
) -> None:
    screens, fake = manager
    monkeypatch.setattr(dialogs, "choose", lambda *_args: None)
    assert rig.console.private_visible
    fake.current = [LAPTOP, ScreenInfo("HDMI-1", 0, 0, 1280, 800)]
    screens.on_layout_changed()
    assert not rig.console.private_visible and rig.console.privacy_banner.isVisible()
    rig.console.confirm_private()
    assert rig.console.private_visible


@pytest.mark.parametrize(("language", "word"), [("ru", "экран 2"), ("kk", "экран 2"), ("en", "screen 2")])
def test_a_projector_the_system_names_only_screen_is_named_in_the_ui_language(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch, language: str, word: str
) -> None:
    """Xvfb (and some drivers) call every output "screen": the console says "экран 2" under ru/kk,
    never the English word; a real connector name (HDMI-1) is kept as the laptop prints it."""
    from PySide6.QtWidgets import QApplication

    from facilitator.ui import i18n

    app = QApplication.instance()
    i18n.install(app, language)  # type: ignore[arg-type]
    try:
        laptop = ScreenInfo("screen", 0, 0, 1366, 768, is_primary=True)
        projector = ScreenInfo("screen", 1366, 0, 1920, 1080)
        fake = FakeScreens([laptop, projector])
        screens = ScreenManager(rig.bridge, rig.audience, lambda: rig.console, fake)
        screens.mode_changed.connect(rig.console.set_screen_mode)
        screens.place_initial()
        mode = rig.console.mode_label.text()
        assert f"{word} (1920×1080)" in mode
        assert language == "en" or "screen" not in mode.lower()
        offered: list[str] = []
        monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _x, options: offered.extend(options) or 0)
        screens.ask_where()
        assert offered[0] == f"{word} (1920×1080)"
        fake.current = [laptop, PROJECTOR]
        screens.ask_where()
        assert offered[-2] == "HDMI-1 (1920×1080)"
    finally:
        i18n.install(app, "en")  # type: ignore[arg-type]

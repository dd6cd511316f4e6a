"""The Language menu sets the console's language (from the next start) and says what it leaves as
it is. Blind drive: Қазақша chosen from the menu gave a Kazakh console over an English workshop on
the projector, with no word about it. Before a session of the built-in workshop starts, the menu
offers to open the workshop in that language too."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from facilitator.content import builtin_workshop_in, default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.settings import load_settings, workshop_language
from facilitator.ui import dialogs
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.console_window import ConsoleWindow
from facilitator.ui.session_bridge import SessionBridge
from tests.ui.conftest import Rig, close_rig
from tests.ui.test_translations import language  # noqa: F401 (a fixture: ru and kk installed)


@pytest.fixture
def builtin(qtbot: QtBot) -> Iterator[Rig]:
    """The console on the built-in English workshop, as the app opens with no plan."""
    store = Store.open(database_path())
    clock = FakeClock()
    path = default_workshop("en")
    bridge = SessionBridge(load_plan(path), str(path), store, clock)
    audience = AudienceWindow(bridge)
    console = ConsoleWindow(bridge, audience)
    qtbot.addWidget(console)
    qtbot.addWidget(audience)
    made = Rig(bridge, audience, console, clock, store)
    yield made
    close_rig(made)


def said(rig: Rig) -> str:
    return rig.console.statusBar().currentMessage()


def test_before_the_start_it_offers_the_workshop_in_that_language_too(
    builtin: Rig, answers: list[str]
) -> None:
    builtin.console.choose_language("kk")
    assert answers == ["The workshop's language"]  # asked (the test's answer: yes)
    settings = load_settings()
    assert settings.ui_language == "kk" and settings.content_language == "kk"
    assert workshop_language() == "kk"  # the app opens the built-in workshop in Kazakh next time
    assert default_workshop(workshop_language()) == builtin_workshop_in("kk")
    assert "the console and the workshop on the projector are in Қазақша" in said(builtin), said(builtin)


def test_declined_the_status_line_says_the_workshop_stays_and_how_to_choose_it(
    builtin: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *_args, **_kwargs: False)
    builtin.console.choose_language("ru")
    assert load_settings().ui_language == "ru" and workshop_language() == "en"
    text = said(builtin)
    assert "the console is in Русский" in text and "stays in English" in text, text
    assert "planner" in text and "--language ru" in text, text


def test_once_the_session_has_started_it_only_says_what_stays(builtin: Rig, answers: list[str]) -> None:
    builtin.bridge.start()
    asked = len(answers)
    builtin.console.choose_language("kk")
    assert answers[asked:] == []  # nothing offered: this session runs in its own language
    assert workshop_language() == "en"
    assert "stays in English" in said(builtin) and "--language kk" in said(builtin), said(builtin)


def test_the_language_the_workshop_is_in_needs_no_offer(builtin: Rig, answers: list[str]) -> None:
    builtin.console.choose_language("en")
    assert answers == [] and "like the workshop" in said(builtin), said(builtin)


def test_it_is_said_in_russian_and_kazakh(builtin: Rig, language: str) -> None:  # noqa: F811
    builtin.console.choose_language(language)
    text = said(builtin)
    assert "тренинг" in text, text
    assert {"ru": "Русский", "kk": "Қазақша"}[language] in text, text

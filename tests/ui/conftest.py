from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.aids.referrals import Directory
from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import LoadedPlan, load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.console_window import ConsoleWindow
from facilitator.ui.launch import load_fonts
from facilitator.ui.session_bridge import SessionBridge


@dataclass
class Rig:
    bridge: SessionBridge
    audience: AudienceWindow
    console: ConsoleWindow
    clock: FakeClock
    store: Store


TEST_PASSPHRASE = "a passphrase for tests"


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal questions are answered "yes" (a choice: cancelled) and recorded, so no test waits on
    a dialog."""
    asked: list[str] = []

    def ask(_parent: object, title: str, _text: str, default_yes: bool = False) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(
        dialogs,
        "ask_passphrase",
        lambda _parent, title, _text, confirm=False: asked.append(title) or TEST_PASSPHRASE,
    )
    monkeypatch.setattr(dialogs, "tell", lambda _parent, title, _text: asked.append(title))
    monkeypatch.setattr(
        dialogs,
        "ask_resume",
        lambda _parent, title, _text: asked.append(title) or dialogs.ResumeAnswer.RESUME,
    )

    monkeypatch.setattr(
        dialogs,
        "ask_unsaved",
        lambda _parent, title, _text: asked.append(title) or dialogs.UnsavedAnswer.CLOSE,
    )

    def choose(_parent: object, title: str, _text: str, _options: list[str]) -> int | None:
        asked.append(title)
        return None  # a choice among several is cancelled (Esc) unless a test answers it

    monkeypatch.setattr(dialogs, "choose", choose)
    return asked


@pytest.fixture(scope="session", autouse=True)
def fonts(qapp) -> None:  # type: ignore[no-untyped-def]
    load_fonts(qapp)


def build_rig(
    qtbot: QtBot, loaded: LoadedPlan, companion: LoadedPlan | None = None, companion_first: bool = False
) -> Rig:
    """``companion``: the room's second language on the projector (``--language kk+ru``)."""
    store = Store.open(database_path())
    clock = FakeClock()
    bridge = SessionBridge(loaded, "plan.yaml", store, clock, None, None, companion, companion_first)
    audience = AudienceWindow(bridge)
    console = ConsoleWindow(bridge, audience)
    qtbot.addWidget(console)
    qtbot.addWidget(audience)
    audience.resize(1024, 768)
    audience.show()
    console.show()
    return Rig(bridge, audience, console, clock, store)


@pytest.fixture
def directory() -> Iterator[Directory]:
    """The referral directory of the test's data folder (its store open for the test)."""
    store = Store.open(database_path())
    yield Directory(store)
    store.close()


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    made = build_rig(qtbot, load_plan(default_workshop("en")))
    yield made
    close_rig(made)


def close_rig(rig: Rig) -> None:
    rig.audience.films.release()  # as the app does when it quits (launch.close)
    rig.console.next_preview.release()
    rig.bridge.stop()
    rig.audience.allow_close()
    rig.store.close()


@pytest.fixture
def plan_path() -> Path:
    return default_workshop("en")

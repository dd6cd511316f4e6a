"""Every menu reached without a mouse: F10 opens the menus, Alt and a letter opens one, and every
item has a letter of its own within its menu, in English, Russian and Kazakh."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import i18n
from facilitator.ui.launch import Launcher
from facilitator.ui.mnemonics import MnemonicKeeper, alt_letters, with_mnemonics


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def menus_of(actions: list[QAction], where: str) -> Iterator[tuple[str, list[QAction]]]:
    yield where, [a for a in actions if not a.isSeparator()]
    for action in actions:
        if action.menu() is not None:
            yield from menus_of(action.menu().actions(), f"{where} > {action.text()}")


@pytest.fixture
def opened(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[Launcher]:
    app = QApplication.instance()
    i18n.install(app, request.param)  # type: ignore[arg-type]
    store = Store.open(database_path())
    launcher = Launcher(app, load_plan(default_workshop("en")), "plan.yaml", store, FakeClock())  # type: ignore[arg-type]
    assert launcher.open()
    yield launcher
    launcher.close()
    store.close()
    i18n.install(app, "en")  # type: ignore[arg-type]


@pytest.mark.parametrize("opened", ["en", "ru", "kk"], indirect=True)
def test_every_menu_item_has_a_letter_of_its_own_in_every_language(opened: Launcher) -> None:
    console = opened.console
    assert console is not None
    bar = console.menuBar().actions()
    assert len(bar) == 5  # Session, Projector, Language, Aids, Lock
    for where, items in menus_of(bar, "menu bar"):
        letters = [mnemonic(a.text()) for a in items]
        assert None not in letters, (where, [a.text() for a in items])
        assert len(set(letters)) == len(letters), (where, [a.text() for a in items])
    taken = {mnemonic(a.text()) for a in bar} & alt_letters()
    assert not taken  # the cue panel's Alt+D, Alt+C, Alt+O keep working
    if i18n.current() != "en":
        assert "&Session" not in [a.text() for a in bar]  # the translated title got its own letter
    assert console.actions_by_id["next"].toolTip().count("&") == 0  # tooltips show no marker


@pytest.mark.parametrize("opened", ["en", "ru"], indirect=True)
def test_f10_and_alt_with_a_letter_open_the_menus(qtbot: QtBot, opened: Launcher) -> None:
    console = opened.console
    assert console is not None
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    QTest.keyClick(console, Qt.Key.Key_F10)
    first = console.menuBar().actions()[0].menu()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is first)
    QTest.keyClick(first, Qt.Key.Key_Escape)
    QTest.keyClick(QApplication.activePopupWidget() or console, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    projector = console.menuBar().actions()[1]
    letter = mnemonic(projector.text())
    assert letter is not None
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, console, Qt.Key(ord(letter.upper())), letter, Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is projector.menu())
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    popup.close()


def test_letters_are_unique_first_letters_of_words_where_free() -> None:
    texts = ["Black screen", "Blank", "Swap the screens", "Start"]
    assert with_mnemonics(texts) == ["&Black screen", "B&lank", "&Swap the screens", "S&tart"]
    assert with_mnemonics(["Встреча", "Выход"], frozenset("в")) == ["В&стреча", "В&ыход"]


def test_menus_added_while_held_are_marked_once_released_and_later_ones_as_they_come(qtbot: QtBot) -> None:
    """The console holds the marking while it adds its 70 items (each would mark its menu again),
    and marks everything once when it is built."""
    window = QMainWindow()
    qtbot.addWidget(window)
    keeper = MnemonicKeeper(window.menuBar(), held=True)
    session = window.menuBar().addMenu("Session")
    for title in ("Start", "Stop", "Status"):
        session.addAction(title)
    sub = session.addMenu("Screens")
    sub.addAction("Swap")
    assert [a.text() for a in session.actions()] == ["Start", "Stop", "Status", "Screens"]  # held
    keeper.release()
    letters = [mnemonic(a.text()) for a in session.actions()]
    assert None not in letters and len(set(letters)) == 4
    assert mnemonic(window.menuBar().actions()[0].text()) is not None
    assert mnemonic(sub.actions()[0].text()) == "s"  # a submenu added while held is watched too
    session.addAction("Summary")  # after the release: marked as it comes
    assert mnemonic(session.actions()[-1].text()) not in (None, *letters)

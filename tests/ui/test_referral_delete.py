"""F3's Delete (the button and the Delete key) never removes a built-in service.

The built-in helpline is added once, by the database's migration: deleted, it was gone for good,
from the sheet and from every handout after. Now Delete on a built-in row says why it stays (in
the UI's language) and asks nothing; one of the organisation's own services is still deleted, after
the question the app asks before anything that cannot be undone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.ui.actions import shortcuts
from facilitator.ui.referral_panel import NAME_COLUMN, ReferralPanel
from tests.helpers.ui_language import ui_language

OWN = Service("Aktobe crisis centre", ServiceKind.PSYCHOLOGICAL, "+7 7132 55 11 22", region="Актобе")


@pytest.fixture
def panel(qtbot: QtBot, directory: Directory) -> ReferralPanel:
    directory.save(OWN)
    made = ReferralPanel(directory, "en")
    qtbot.addWidget(made)
    made.show()
    made.table.setFocus()
    return made


def choose(panel: ReferralPanel, built_in: bool) -> None:
    (row,) = [r for r, s in enumerate(panel._services) if bool(s.seed) is built_in]
    panel.table.setCurrentCell(row, NAME_COLUMN)


def press_delete_button(panel: ReferralPanel) -> None:
    panel.findChild(QPushButton, "referral-delete").click()


def press_delete_key(panel: ReferralPanel) -> None:
    assert shortcuts("referral-delete") == ("Delete",)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)


def seeds(directory: Directory) -> list[str]:
    return [service.seed for service in directory.services() if service.seed]


@pytest.mark.parametrize("press", [press_delete_button, press_delete_key])
def test_a_built_in_service_is_never_deleted(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory, answers: list[str], press: object
) -> None:
    messages: list[str] = []
    panel.message.connect(messages.append)
    choose(panel, built_in=True)
    press(panel)  # type: ignore[operator]
    assert seeds(directory) == ["kz-helpline-150"]
    assert answers == []  # nothing asked: there is nothing to confirm
    assert len(messages) == 1 and "built in" in messages[0] and "Helpline 150" in messages[0]
    assert "cannot be deleted" in messages[0]


def test_the_store_refuses_too(directory: Directory) -> None:
    (built_in,) = [service for service in directory.services() if service.seed]
    assert directory.delete(built_in.id) is False  # type: ignore[arg-type]
    assert seeds(directory) == ["kz-helpline-150"]


@pytest.mark.parametrize("press", [press_delete_button, press_delete_key])
def test_ones_own_service_is_deleted_after_the_question(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory, answers: list[str], press: object
) -> None:
    choose(panel, built_in=False)
    press(panel)  # type: ignore[operator]
    assert answers == ["Delete service?"]
    assert [service.name for service in directory.services()] == [
        "Helpline 150 (Union of Crisis Centres of Kazakhstan)"
    ]


def test_ones_own_service_stays_when_the_answer_is_no(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui import dialogs

    monkeypatch.setattr(dialogs, "ask", lambda *_args, **_kwargs: False)
    choose(panel, built_in=False)
    press_delete_key(panel)
    assert "Aktobe crisis centre" in [service.name for service in directory.services()]


@pytest.mark.parametrize(("language", "said"), [("ru", "встроен"), ("kk", "кірістірілген")])
def test_the_refusal_is_said_in_the_ui_language(
    qtbot: QtBot, panel: ReferralPanel, tmp_path: Path, language: str, said: str
) -> None:
    with ui_language(language, tmp_path):
        messages: list[str] = []
        panel.message.connect(messages.append)
        choose(panel, built_in=True)
        press_delete_key(panel)
        assert len(messages) == 1 and said in messages[0].lower(), messages
        assert "cannot be deleted" not in messages[0]

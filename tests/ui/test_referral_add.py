"""F3's Add: a service whose phone the check refuses is never added without a number, silently.

The form stays open holding what was typed, says under it what is wrong (in the UI's language),
and adds the service once the phone dials; with no phone at all it says so first and adds it only
on a second Add (a service reached at its address: allowed, as the CSV import allows it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.aids.referrals import Directory
from facilitator.ui.referral_panel import NAME_COLUMN, ReferralPanel
from tests.helpers.service_form import fill, open_form, press_add
from tests.helpers.ui_language import ui_language


@pytest.fixture
def panel(qtbot: QtBot, directory: Directory) -> ReferralPanel:
    made = ReferralPanel(directory, "en")
    qtbot.addWidget(made)
    made.region.setText("Актобе")
    made.show()
    return made


def own(directory: Directory) -> list[tuple[str, str]]:
    return [(s.name, s.phone) for s in directory.services() if not s.seed]


@pytest.mark.parametrize(
    ("typed", "said"),
    [("call me maybe", "“call me maybe” is not a phone number"), ("+7 701 234\u200b56 78", "invisible")],
)
def test_a_refused_phone_keeps_the_form_open_and_adds_nothing(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory, typed: str, said: str
) -> None:
    panel.add_service()
    form = open_form(panel)
    fill(form, "Aktobe crisis centre", typed)
    press_add(form)
    assert form.isVisible() and form.phone.text() == typed and form.name.text() == "Aktobe crisis centre"
    assert (
        form.problem.isVisible() and form.problem.text().startswith("Phone:") and said in form.problem.text()
    )
    assert form.focusWidget() is form.phone  # the keys go back to the phone
    assert own(directory) == []  # nothing on the sheet without a number
    form.reject()  # given up: still nothing
    assert own(directory) == []


def test_the_corrected_phone_adds_the_service_and_chooses_it(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory
) -> None:
    panel.add_service()
    form = open_form(panel)
    fill(form, "Aktobe crisis centre", "call me")
    press_add(form)
    fill(form, "Aktobe crisis centre", "+7 7132 55 11 22")
    assert not form.problem.isVisible()  # the message goes once the phone is typed again
    press_add(form)
    assert not form.isVisible()
    assert own(directory) == [("Aktobe crisis centre", "+7 7132 55 11 22")]
    (added,) = [s for s in directory.services() if not s.seed]
    assert (added.region, added.country) == ("Актобе", "KZ")
    assert panel.table.item(panel.table.currentRow(), NAME_COLUMN).text() == "Aktobe crisis centre"


def test_no_phone_is_said_and_added_only_when_chosen(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory
) -> None:
    panel.add_service()
    form = open_form(panel)
    press_add(form)
    assert form.isVisible() and form.problem.text() == "Name: type the service's name."
    fill(form, "Legal aid walk-in, 12 Abai St", "")
    press_add(form)
    assert form.isVisible() and form.problem.text().startswith("No phone:")
    assert own(directory) == []
    press_add(form)  # chosen: reached at its address
    assert not form.isVisible() and own(directory) == [("Legal aid walk-in, 12 Abai St", "")]


@pytest.mark.parametrize(
    ("language", "phone", "no_phone"),
    [
        ("ru", "Телефон: «позвоните мне» — не номер", "Нет телефона:"),
        ("kk", "Телефон: «позвоните мне» телефон нөмірі емес", "Телефон жоқ:"),
    ],
)
def test_the_messages_are_in_the_ui_language(
    qtbot: QtBot, directory: Directory, tmp_path: Path, language: str, phone: str, no_phone: str
) -> None:
    with ui_language(language, tmp_path):
        panel = ReferralPanel(directory, language)
        qtbot.addWidget(panel)
        panel.resize(1366 // 3, 700)
        panel.show()
        panel.add_service()
        form = open_form(panel)
        fill(form, "Кризисный центр", "позвоните мне")
        press_add(form)
        assert form.problem.text().startswith(phone), form.problem.text()
        fill(form, "Кризисный центр", "")
        press_add(form)
        assert form.problem.text().startswith(no_phone), form.problem.text()
        assert own(directory) == []
        form.reject()

"""The first start of the referral sheet: with only the built-in helpline, F3 and the pre-session
checklist say so and offer to import the organisation's list or add a service; every entry shows
whether it was verified; the built-in helpline shows in the UI's language."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.content import default_workshop
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.planner.checklist_dialog import ChecklistDialog
from facilitator.ui.referral_panel import ReferralPanel
from tests.helpers.service_form import fill, open_form, press_add
from tests.helpers.ui_language import ui_language


@pytest.fixture
def kazakh(tmp_path: Path) -> Iterator[None]:
    with ui_language("kk", tmp_path):
        yield


def column(panel: ReferralPanel, title: str) -> int:
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    return headers.index(title)


def test_f3_with_only_the_seed_says_so_and_offers_import_and_add(qtbot: QtBot, directory: Directory) -> None:
    panel = ReferralPanel(directory, "en")
    qtbot.addWidget(panel)
    panel.show()
    first = panel.findChild(QWidget, "referral-first-start")
    assert first is not None and first.isVisible()
    assert "Only the built-in helpline is here" in " ".join(
        label.text() for label in first.findChildren(QLabel)
    )
    buttons = {button.objectName(): button.text() for button in first.findChildren(QPushButton)}
    assert buttons == {
        "referral-first-import": "Import your organisation's list (CSV)…",
        "referral-first-add": "Add a service…",
    }
    assert panel.table.item(0, column(panel, "Verified")).text() == "⚠ not verified"
    panel.region.setText("Бишкек")  # a town the list knows sets the country; KZ's helpline goes
    assert panel.country.currentData() == "KG" and panel.table.rowCount() == 0
    qtbot.mouseClick(first.findChild(QPushButton, "referral-first-add"), Qt.MouseButton.LeftButton)
    form = open_form(panel)
    fill(form, "Bishkek crisis centre", "+996 312 00 00 00")
    press_add(form)
    (added,) = [s for s in directory.services() if not s.seed]
    assert (added.region, added.country) == ("Бишкек", "KG")
    assert not first.isVisible()  # the organisation has its own entry now
    old = date.today() - timedelta(days=200)
    directory.save(replace(added, last_verified=old))
    panel.refresh()
    verified = panel.table.item(0, column(panel, "Verified")).text()
    assert verified == f"⚠ verified {old.isoformat()}, more than 90 days ago"
    directory.save(replace(added, last_verified=date.today()))
    panel.refresh()
    assert panel.table.item(0, column(panel, "Verified")).text() == f"verified {date.today().isoformat()}"


def test_the_checklist_with_only_the_seed_offers_import_and_add(qtbot: QtBot, directory: Directory) -> None:
    plan = load_plan(default_workshop("en")).plan
    dialog = ChecklistDialog(plan, directory, "Актобе")
    qtbot.addWidget(dialog)
    dialog.show()
    prompt = dialog.findChild(QLabel, "checklist-first-start")
    assert prompt is not None and prompt.isVisible()
    assert "only the built-in helpline" in prompt.text()
    assert dialog.findChild(QPushButton, "checklist-first-import").isVisible()
    add = dialog.findChild(QPushButton, "checklist-first-add")
    assert add.isVisible() and add.text() == "Add a service…"
    referrals = dialog.findChild(QLabel, "check-referrals").text()
    assert "Helpline 150 (Union of Crisis Centres of Kazakhstan): not verified" in referrals
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # the sheet opens, with the form of a new entry
    assert dialog.sheet is not None and dialog.sheet.isVisible()
    (panel,) = dialog.sheet.findChildren(ReferralPanel)
    form = open_form(panel)
    assert form.region.text() == "Актобе"  # the venue's town, already typed
    fill(form, "Aktobe crisis centre", "+7 7132 55 11 22")
    press_add(form)
    (added,) = [s for s in directory.services() if not s.seed]
    assert (added.region, added.country) == ("Актобе", "KZ")
    dialog.sheet.reject()
    assert not prompt.isVisible()


def test_the_checklist_says_when_the_town_is_not_in_the_list(qtbot: QtBot, directory: Directory) -> None:
    directory.save(Service("Shelter", ServiceKind.SHELTER, "1", region="Каинды", last_verified=date.today()))
    plan = load_plan(default_workshop("en")).plan
    dialog = ChecklistDialog(plan, directory, "Каинды")
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "check-referrals").text()
    assert '"Каинды" is not in the town list' in text and "Country unknown" in text
    assert "Helpline 150" not in text  # Kazakhstan's line is not assumed for an unknown town
    dialog.country.setCurrentIndex(dialog.country.findData("KZ"))
    assert "Helpline 150" in dialog.findChild(QLabel, "check-referrals").text()


def test_in_kazakh_the_sheet_shows_the_seed_in_kazakh(
    qtbot: QtBot, directory: Directory, kazakh: None
) -> None:
    panel = ReferralPanel(directory, "kk")
    qtbot.addWidget(panel)
    panel.region.setText("Ақтөбе")
    assert panel.table.item(0, column(panel, "Атауы")).text().startswith("150 сенім телефоны")
    assert panel.table.item(0, column(panel, "Қала не облыс")).text() == "Қазақстан, бүкіл ел бойынша"
    assert panel.table.item(0, column(panel, "Тексерілді")).text() == "⚠ тексерілмеген"
    assert "150 сенім телефоны (Қазақстан дағдарыс орталықтары одағы): тексерілмеген" in panel.checks.text()


def test_a_handout_too_full_for_the_page_says_which_services_were_left_out(
    qtbot: QtBot, directory: Directory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui import dialogs

    many = [
        Service(
            f"Zqxservice {n}",
            ServiceKind.SHELTER,
            phone=f"+7 700 000 00 {n:02d}",
            region="Aktobe",
            description="Shelter and support for women and children; call first. " * 3,
        )
        for n in range(14)
    ]
    directory.merge(many)
    panel = ReferralPanel(directory, "en")
    qtbot.addWidget(panel)
    panel.refresh()
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *_args: str(out))
    said: list[str] = []
    panel.message.connect(said.append)
    panel._handout()
    assert out.exists()
    assert said[-1].startswith(f"Saved {out}, but the page is full: left out ")
    assert said[-1].endswith("Zqxservice 9.")  # sorted by name: 0, 1, 10…13, 2, then 3…9 left out


def test_the_chosen_services_kind_is_in_the_kind_box(qtbot: QtBot, directory: Directory) -> None:
    """The sheet shows name and number first (its kind column may be scrolled off in a narrow
    sheet): the chosen row's kind, the one "Referral offered" records, is in the Kind box."""
    directory.save(Service("Юридическая клиника", ServiceKind.LEGAL_AID, "+7 (7172) 55-12-34, доб. 105"))
    panel = ReferralPanel(directory, "en")
    qtbot.addWidget(panel)
    offered: list[str] = []
    panel.referral_offered.connect(offered.append)
    row = next(r for r in range(panel.table.rowCount()) if panel._services[r].kind is ServiceKind.LEGAL_AID)
    panel.table.setCurrentCell(row, column(panel, "Phone"))
    assert panel.kind.currentData() == ServiceKind.LEGAL_AID.value
    header = panel.table.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(3)] == [column(panel, t) for t in ("Name", "Phone", "Kind")]
    panel.findChild(QPushButton, "referral-referral").click()
    assert offered == [ServiceKind.LEGAL_AID.value]

"""The programme summary dialog: the facilitator sees, in plain words, exactly what leaves, and
saves it from there (summary file, DHIS2, ODK / KoboToolbox)."""

import base64
import json
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.aids.moments import Outcome
from facilitator.programme.summary_file import read_summary, summary_dict
from facilitator.settings import change_settings, load_settings
from facilitator.ui import dialogs
from facilitator.ui.programme_dialog import ProgrammeDialog
from tests.helpers.plans import loaded_plan, tally
from tests.ui.conftest import Rig, build_rig, close_rig
from tests.ui.test_translations import language, sources, untranslated, visible_texts  # noqa: F401

TOWN = "Zqxtownville"
NOTE = "ZQXNOTEMARKER said it"


@pytest.fixture
def ran(qtbot: QtBot) -> Rig:
    rig = build_rig(qtbot, loaded_plan([10, 10, 10], tallies={0: tally()}))
    bridge = rig.bridge
    bridge.start()
    bridge.save_note(None, NOTE, ["follow-up"])
    bridge.log_resistance("", "discomfort", "ridicule", "", Outcome.DEFUSED.value)
    bridge.offer_referral("legal-aid")
    rig.store.set_tally(bridge.session_id, 0, "enough-rights", "agree", 6)
    rig.clock.advance(900)
    bridge.next()
    rig.clock.advance(300)
    bridge.end()
    bridge.record_figures(11, "14-17", TOWN)
    yield rig
    close_rig(rig)


def open_dialog(rig: Rig) -> ProgrammeDialog:
    rig.console.actions_by_id["programme-summary"].trigger()
    dialog = rig.console.programme_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def enter_codes(dialog: ProgrammeDialog, programme: str, facilitator: str, region: str) -> None:
    dialog.programme.setText(programme)
    dialog.facilitator.setText(facilitator)
    dialog.region.setCurrentIndex(dialog.region.findData(region))
    dialog.refresh()


def test_nothing_leaves_before_the_session_ends(qtbot: QtBot) -> None:
    rig = build_rig(qtbot, loaded_plan([10, 10]))
    try:
        rig.bridge.start()
        dialog = open_dialog(rig)
        enter_codes(dialog, "KZ-YM", "F017", "KZ-15")
        assert dialog.status.text().startswith("End the session first")
        assert not any(button.isEnabled() for button in dialog.export_buttons.values())
        rig.bridge.end()
        dialog.refresh()
        assert all(button.isEnabled() for button in dialog.export_buttons.values())
        assert "Time: 20 min planned, 0 min used" in dialog.preview.toPlainText()
    finally:
        close_rig(rig)


def test_nothing_can_leave_before_the_codes_are_right(ran: Rig) -> None:
    dialog = open_dialog(ran)
    assert "programme code" in dialog.status.text()
    assert not any(button.isEnabled() for button in dialog.export_buttons.values())
    enter_codes(dialog, "KZ-YM", "Aigerim Nurlanova", "KZ-15")
    assert "facilitator code" in dialog.status.text()
    assert dialog.preview.toPlainText() == ""
    enter_codes(dialog, "KZ-YM", "F017", "")
    assert "region" in dialog.status.text()
    assert not any(button.isEnabled() for button in dialog.export_buttons.values())


def test_the_preview_shows_every_field_that_leaves_and_nothing_else(ran: Rig, tmp_path: Path) -> None:
    dialog = open_dialog(ran)
    enter_codes(dialog, "kz-ym", "f017", "KZ-15")
    assert (load_settings().programme_code, load_settings().facilitator_code) == ("KZ-YM", "F017")
    shown = dialog.preview.toPlainText()
    assert "Region: KZ-15 (Aktobe Region)" in shown
    assert "Participants: 11; age band: 14-17" in shown
    assert "Time: 30 min planned, 20 min used" in shown
    assert "Steps: 2 delivered, 1 skipped, of 3" in shown
    assert "Resistance moments by driver: discomfort: 1" in shown
    assert "Referrals offered by kind: legal-aid: 1" in shown
    assert "The room's answers to enough-rights, time 1: agree: 6" in shown
    assert TOWN not in shown and "ZQXNOTEMARKER" not in shown
    path = tmp_path / "summary.json"
    assert dialog.save_to("summary", path) == [path]
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert read_summary(path) == dialog.summary
    for key, value in saved.items():
        if key in ("schema", "schema_version", "checksum"):
            continue
        values = value if isinstance(value, dict) else {"": value}
        if key == "tallies":
            values = {a: n for t in value for a, n in t["counts"].items()}
        if key == "missing":
            values = {name: name for name in value}
        for name, number in values.items():
            if number is not None:
                assert str(number) in shown and name in shown, f"{key} {name} is not shown before it leaves"
    assert summary_dict(dialog.summary)["instance_id"] in shown


def test_the_dialog_saves_for_odk_and_offers_no_dhis2_values(ran: Rig, tmp_path: Path) -> None:
    dialog = open_dialog(ran)
    enter_codes(dialog, "KZ-YM", "F017", "KZ-15")
    written = dialog.save_to("odk", tmp_path / "upload.zip")
    assert [p.name for p in written] == ["upload.zip", "upload.form.xlsx"]
    (name,) = zipfile.ZipFile(written[0]).namelist()
    assert name.startswith("instances/")
    assert dialog.status.text() == "Saved: upload.zip, upload.form.xlsx"
    # a laptop's own DHIS2 values would replace another facilitator's: they come from the merge
    assert not [text for text in visible_texts(dialog) if "DHIS2" in text]


def test_no_english_left_in_the_programme_dialog(ran: Rig, language: str) -> None:  # noqa: F811
    english = sources(language)
    dialog = open_dialog(ran)
    enter_codes(dialog, "KZ-YM", "F017", "KZ-15")
    texts = [*visible_texts(dialog), *dialog.preview.toPlainText().splitlines()]
    assert untranslated(iter(texts), english) == []
    assert english["Programme summary"] == dialog.windowTitle()


def programme_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode("ascii")


def test_with_the_programmes_key_the_odk_zip_is_encrypted(ran: Rig, tmp_path: Path) -> None:
    change_settings(odk_public_key=programme_key())
    dialog = open_dialog(ran)
    enter_codes(dialog, "KZ-YM", "F017", "KZ-15")
    assert dialog.export_buttons["odk"].text() == "For ODK / KoboToolbox (zip, encrypted)…"
    written = dialog.save_to("odk", tmp_path / "upload.zip")
    names = zipfile.ZipFile(written[0]).namelist()
    assert len(names) == 2 and names[1].endswith("/submission.xml.enc")
    assert b"F017" not in b"".join(zipfile.ZipFile(written[0]).read(name) for name in names)


def test_the_encrypted_odk_button_speaks_the_ui_language(ran: Rig, language: str) -> None:  # noqa: F811
    change_settings(odk_public_key=programme_key())
    dialog = open_dialog(ran)
    text = dialog.export_buttons["odk"].text()
    assert untranslated(iter([text]), sources(language)) == []
    assert "ODK" in text and text != "For ODK / KoboToolbox (zip, encrypted)…"


def test_region_names_speak_the_ui_language(ran: Rig, language: str) -> None:  # noqa: F811
    """The UI language chosen at start (--ui-language, or the system's) names the regions, not
    the settings' "follow the system" empty value (which gave English names under ru and kk)."""
    assert load_settings().ui_language == ""
    dialog = open_dialog(ran)
    enter_codes(dialog, "KZ-YM", "F017", "KZ-15")
    expected = {"ru": "Актюбинская область", "kk": "Ақтөбе облысы"}[language]
    item = dialog.region.itemText(dialog.region.findData("KZ-15"))
    assert item == f"KZ-15 — {expected}"
    assert expected in dialog.preview.toPlainText()
    assert "Aktobe" not in dialog.preview.toPlainText()


def test_counts_that_cannot_be_saved_are_named_missing_in_the_summary_never_left_out_silently(
    qtbot: QtBot, answers: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from facilitator.sessions.errors import StoreError, StoreProblem

    rig = build_rig(qtbot, loaded_plan([10, 10, 10], tallies={0: tally()}))
    try:
        bridge = rig.bridge
        bridge.start()
        real_set_tally = rig.store.set_tally

        def full_disk(*_args: object) -> None:
            raise StoreError("could not save the tally: disk full", StoreProblem.DISK_FULL)

        monkeypatch.setattr(rig.store, "set_tally", full_disk)
        assert bridge.set_tally("enough-rights", "agree", 7)  # kept in memory, not on disk
        rig.clock.advance(600)
        bridge.end()
        bridge.record_figures(11, "14-17", None)
        dialog = open_dialog(rig)
        enter_codes(dialog, "YMEQ", "F-0042", "KZ-15")
        assert dialog.summary is not None
        assert dialog.summary.missing_counts == ((0, "enough-rights"),)  # named, not dropped
        assert "MISSING" in dialog.preview.toPlainText() and "enough-rights (step 1)" in dialog.status.text()
        answers.clear()
        chosen: list[str] = []
        monkeypatch.setattr(dialogs, "save_file", lambda *args: chosen.append("asked") or None)
        dialog.export_buttons["summary"].click()  # the facilitator is told before anything is saved
        assert answers == ["Counts missing"] and chosen == ["asked"]
        monkeypatch.setattr(rig.store, "set_tally", real_set_tally)  # room again
        dialog.refresh()  # the summary tries the counts again first
        assert dialog.summary is not None and dialog.summary.missing_counts == ()
        assert [(t.question, t.counts) for t in dialog.summary.tallies] == [("enough-rights", {"agree": 7})]
        assert dialog.status.text() == "" and "MISSING" not in dialog.preview.toPlainText()
    finally:
        close_rig(rig)

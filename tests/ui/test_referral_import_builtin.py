"""F3's Import CSV… refuses a file that would change the built-in helpline, naming file, line and
field as it names every other problem of an import, and changes nothing (see
tests/aids/test_referral_import_builtin.py for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from facilitator.aids.referrals import Directory
from facilitator.ui import dialogs
from facilitator.ui.referral_panel import ReferralPanel


def test_the_sheet_says_which_row_would_change_a_built_in_service(
    qtbot: QtBot, directory: Directory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "services.csv"
    path.write_text(
        "name,kind,phone,country\n"
        "Aktobe crisis centre,psychological-help,+7 7132 55 11 22,KZ\n"
        '"Helpline 150 (Union of Crisis Centres of Kazakhstan)",crisis-helpline,+7 701 000 00 00,KZ\n',
        "utf-8",
    )
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "open_file", lambda *_args: str(path))
    monkeypatch.setattr(dialogs, "tell", lambda _parent, title, text: told.append((title, text)))
    before = directory.services()
    panel = ReferralPanel(directory, "en")
    qtbot.addWidget(panel)
    panel.show()
    panel.findChild(QPushButton, "referral-import").click()
    assert [title for title, _text in told] == ["Nothing imported"]
    assert told[0][1].startswith(f"{path}:3: phone: would change the built-in service")
    assert directory.services() == before

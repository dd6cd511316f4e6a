"""A note too long to be typed in a session (a paste, a chat's export) opens in the review at once:
the start of what the PDF prints and why, no table of hundreds of thousands of rows to decide on
one by one, and Ctrl+R says there is nothing to mark in it."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.anonymizer import long_notes
from facilitator.anonymizer.long_notes import REMOVED
from facilitator.export.review import load_decisions
from tests.ui.conftest import Rig
from tests.ui.test_console import key_at_focus as key
from tests.ui.test_review_keys import CTRL, ctrl_r, review_of

LINE = "Вчера пришёл Ерлан Сапаров, позвонил 8 701 234 56 78, ребята говорили про отцов."


def test_a_long_note_shows_what_the_pdf_prints_and_has_nothing_to_mark(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(long_notes, "LONG_NOTE", 20_000)
    text = "\n".join([LINE] * 400)  # ≈ 34,000 characters: a long note here
    review, live_id = review_of(qtbot, rig, text)
    shown = review.text.toPlainText()
    assert shown.startswith("Вчера пришёл " + REMOVED) and "Ерлан" not in shown and "701" not in shown
    assert "ребята говорили про отцов" in shown
    assert review.spans.rowCount() == 0  # nothing to decide on one by one
    assert "read the strict way" in review.status.text() and f"{len(text)} characters" in review.status.text()
    review.text.setFocus()
    key(Qt.Key.Key_A, CTRL)
    ctrl_r(qtbot, review)
    assert "Nothing to mark here" in review.status.text()
    assert load_decisions(rig.store, live_id) == []

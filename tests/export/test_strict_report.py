"""The report says, once and in its language, that a note too long to be typed in a session was
read the strict way, and prints each of its removals as a short mark; the command line says it too."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.anonymizer import long_notes
from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.commands import _strict_notes
from facilitator.content import default_workshop
from facilitator.export.pdf import render_pdf
from facilitator.export.redaction import Redaction
from facilitator.export.report import build_report
from facilitator.security.cipher import AesGcmCodec
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store

LINE = "Вчера пришёл Ерлан Сапаров, позвонил 8 701 234 56 78, ребята говорили про отцов."
SAID = {
    "en": "read the strict way",
    "ru": "Прочитано строго заметок",
    "kk": "қатаң тәсілмен оқылды",
}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_pdf_says_how_a_long_note_was_read(
    language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(long_notes, "LONG_NOTE", 20_000)
    store = Store.in_memory(AesGcmCodec(os.urandom(32)))
    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop(language)), "plan.yaml", clock)
    live.engine.start()
    clock.advance(30)
    live.add_note("\n".join([LINE] * 300), ["quote"])
    live.add_note("Айгерім пришла вовремя.", [])
    live.engine.end()
    redaction = Redaction.for_session(store, live.id, Anonymizer(language=language))
    report = build_report(store, live.id, redaction)
    assert report.strict_notes == 1 and report.open_quasi == 0
    out = tmp_path / "report.pdf"
    render_pdf(report, out)
    printed = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert SAID[language] in printed
    assert f"Вчера пришёл {long_notes.REMOVED}" in printed and "Ерлан" not in printed and "701" not in printed
    assert "Айгерім" not in printed  # the short note is read word by word, as ever
    store.close()


def test_the_command_line_says_how_long_notes_were_read() -> None:
    assert "1 note is too long" in _strict_notes(1) and "read the strict way" in _strict_notes(1)
    assert "2 notes are too long" in _strict_notes(2)

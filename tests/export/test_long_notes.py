"""A very long note (a pasted document) prints in full, in order, as paragraphs reportlab can set
in time proportional to their length (one paragraph of 1 MB took ten minutes)."""

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from facilitator.export.pdf import CHUNK, _chunks, render_pdf
from facilitator.export.report import Report, ReportNote


def test_a_long_text_is_cut_at_line_ends_then_sentence_ends_then_spaces() -> None:
    lines = "\n".join(f"Line {n} says something about fathers and sons." for n in range(400))
    one_line = " ".join(f"Sentence {n} is short." for n in range(600))
    no_sentences = " ".join(f"word{n}" for n in range(3000))
    for text in (lines, one_line, no_sentences, "x" * (3 * CHUNK)):
        chunks = _chunks(text)
        assert "".join(chunk for chunk, _last in chunks) == text  # nothing lost, nothing added
        assert all(len(chunk) <= CHUNK for chunk, _last in chunks)
        assert [last for _chunk, last in chunks] == [False] * (len(chunks) - 1) + [True]
        assert len(chunks) >= len(text) // CHUNK
    assert all(chunk.endswith("\n") for chunk, _last in _chunks(lines)[:-1])
    assert all(chunk.endswith(". ") for chunk, _last in _chunks(one_line)[:-1])
    assert all(chunk.endswith(" ") for chunk, _last in _chunks(no_sentences)[:-1])
    assert _chunks("short note") == [("short note", True)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_long_note_prints_whole_and_in_order(tmp_path: Path) -> None:
    text = " ".join(f"Marker{n:05d} ended." for n in range(4000))  # ≈ 80,000 characters, one line
    report = Report(
        "Workshop",
        "en",
        "1 Dec",
        "",
        None,
        [],
        [("Step", [ReportNote("10:00", ("quote",), text)])],
        [],
        Counter(),
        [("Step", text)],
    )
    out = tmp_path / "report.pdf"
    render_pdf(report, out)
    printed = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    markers = [word for word in printed.split() if word.startswith("Marker")]
    expected = [f"Marker{n:05d}" for n in range(4000)]
    assert markers == expected + expected  # the notes section, then the follow-ups


def test_word_widths_are_measured_as_reportlab_does_and_forgotten_after_the_document(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from facilitator.export.fonts import register_fonts

    regular, bold = register_fonts()
    fonts = [pdfmetrics.getFont(regular), pdfmetrics.getFont(bold)]
    for word in ("Марат", "Қайрат", "word", "Марат"):
        assert fonts[0].stringWidth(word, 10) == TTFont.stringWidth(fonts[0], word, 10)
    text = " ".join(f"Айгерим{n} пришла." for n in range(3000))
    notes = [("Step", [ReportNote("10:00", (), text)])]
    report = Report("Workshop", "ru", "1 Dec", "", None, [], notes, [], Counter(), [])
    render_pdf(report, tmp_path / "report.pdf")
    assert all(not font.widths_seen for font in fonts)  # no word of the report stays in memory
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert b"/ASCII85Decode" not in pdf and b"/FlateDecode" in pdf  # compressed, not also encoded

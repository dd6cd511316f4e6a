"""A very long note (a pasted document) prints in full, in order, as paragraphs reportlab can set
in time proportional to their length (one paragraph of 1 MB took ten minutes)."""

import itertools
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from facilitator.export.pdf import render_pdf, wrap_lines
from facilitator.export.report import Report, ReportNote


def test_a_long_text_is_broken_into_lines_that_fit_and_lose_nothing() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from facilitator.export.fonts import register_fonts

    regular, _bold = register_fonts()

    def measure(text: str) -> float:
        return stringWidth(text, regular, 10)

    lines_text = "\n".join(f"Line {n} says something about fathers and sons." for n in range(400))
    kazakh = " ".join(f"Қайрат{n} әңгімені ұнатты, Ғалымжан үндемеді." for n in range(300))
    long_word = "x" * 3000 + " end"
    for text in (lines_text, kazakh, long_word, "  spaced \t out\n\nwords  "):
        lines = wrap_lines(text, 200, measure)
        assert all(measure(line) <= 200 for line in lines)  # nothing runs past the column
        assert "".join("".join(lines).split()) == "".join(text.split())  # nothing lost, in order
        assert [w for line in lines for w in line.split()] == text.split() or text is long_word
    # a line end reads as a space, as in a paragraph; a line is filled before the next starts
    assert wrap_lines("a\nb", 200, measure) == ["a b"]
    lines = wrap_lines(lines_text, 200, measure)
    assert all(measure(f"{line} {nxt.split()[0]}") > 200 for line, nxt in itertools.pairwise(lines))
    # a word wider than the column is cut where it fills a line
    cut = wrap_lines(long_word, 200, measure)
    assert len(cut) > 1 and all(set(line) == {"x"} for line in cut[:-1]) and cut[-1].endswith(" end")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_long_note_prints_whole_and_in_order(tmp_path: Path) -> None:
    text = " ".join(f"Marker{n:05d} ended." for n in range(4000))  # ≈ 80,000 characters, one line
    text += " Қайрат ұнатты әңгімені"  # Kazakh letters print (the font is embedded) and are searchable
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
    assert " ".join(printed.split()).count("Қайрат ұнатты әңгімені") == 2
    assert b"/FontFile2" in out.read_bytes()  # the TrueType font is embedded


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


def test_letters_are_coded_and_escaped_as_reportlab_codes_and_escapes_them() -> None:
    """The fonts' quick encoding (two ``str.translate`` calls once every letter has its code) gives
    reportlab's own subsets and bytes, and the canvas's escaping reportlab's escapes."""
    from reportlab.lib.rl_accel import escapePDF
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from facilitator.export.fonts import escaping_canvas, register_fonts

    regular, _bold = register_fonts()
    font = pdfmetrics.getFont(regular)

    class Document:
        """reportlab keeps a font's codes by document (weakly)."""

    ours, theirs = Document(), Document()  # each has its own codes
    # the first strings give every letter a code; the later ones use the quick path, across subsets
    strings = [
        "Қайрат (әке) \\ пришёл",
        "".join(chr(c) for c in range(0x20, 0x7F)),
        "".join(chr(c) for c in range(0x400, 0x4FF)),
        "Marker\u00a0ұнатты ( ) \\ Ғалымжан 😀 ÿ",
        "Қайрат (әке) \\ пришёл\u00a0" + "".join(chr(c) for c in range(0x400, 0x4FF)) + " abc ",
        "",
        "😀",
    ]
    for text in strings * 2:
        assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs), text
    assert font.state[ours].assignments == font.state[theirs].assignments
    assert len({subset for text in strings for subset, _b in font.splitString(text, ours)}) > 1
    canvas = escaping_canvas()
    every_byte = bytes(range(256))
    assert canvas._escape(canvas, every_byte) == escapePDF(every_byte)
    assert canvas._escape(canvas, "a(b)\\") == escapePDF("a(b)\\")

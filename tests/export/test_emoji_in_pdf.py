"""Emoji in a note print as what they are or as one neutral mark, never as a wrong letter: a letter
the bundled font draws beyond the 16-bit range (😎) reads back as itself (reportlab's ToUnicode map
cut it to "ὠ"), and one the fonts cannot draw (📜) prints as a white square, drawn and read back."""

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from facilitator.export.fonts import MISSING_MARK, drawable
from facilitator.export.pdf import render_pdf
from facilitator.export.report import Report, ReportNote


def test_a_letter_the_fonts_cannot_draw_becomes_the_mark() -> None:
    assert (
        drawable("Көрсеттім 📜 бәрі ✨ таң қалды 😎\nӘ ӣ ҳ")
        == f"Көрсеттім {MISSING_MARK} бәрі {MISSING_MARK} таң қалды 😎\nӘ ӣ ҳ"
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("length", [60, 4000])  # a paragraph, and a long note set as plain lines
def test_emoji_read_back_from_the_pdf(tmp_path: Path, length: int) -> None:
    text = "Ребята смеялись 😎 потом замолчали 😳 и я показала закон 📜 конец. " + "слово " * (length // 6)
    report = Report(
        "Workshop",
        "ru",
        "1 Dec",
        "",
        None,
        [],
        [("Step", [ReportNote("10:00", (), text)])],
        [],
        Counter(),
        [],
    )
    out = tmp_path / "report.pdf"
    render_pdf(report, out)
    printed = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(printed.split())
    assert f"смеялись 😎 потом замолчали 😳 и я показала закон {MISSING_MARK} конец" in flat, flat[:400]
    assert "ὠ" not in printed

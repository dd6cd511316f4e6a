"""Printed slides in two languages: both on every page, side by side, no word outside its column
or below the page (measured on the PDF's own word boxes, with pdftotext -bbox)."""

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.content import builtin_workshop_in
from facilitator.export.slides import PAGE, render_slides
from facilitator.presentation import slide_for, slide_texts
from facilitator.sessions.plan_loader import load_plan
from tests.helpers.plans import private_strings
from tests.helpers.processes import run_cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def pages_of(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [
        [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in WORD.findall(page)]
        for page in boxes.stdout.split("<page ")[1:]
    ]


@pytest.mark.parametrize("pair", [("kk", "ru"), ("ru", "kk"), ("en", "ru")], ids="+".join)
def test_every_page_shows_both_languages_each_in_its_column(pair: tuple[str, str], tmp_path: Path) -> None:
    first, second = (load_plan(builtin_workshop_in(language)) for language in pair)
    out = tmp_path / "slides.pdf"
    assert render_slides(first.plan, out, first.images, second.plan, second.images) == []
    pages = pages_of(out)
    assert len(pages) == len(first.plan.steps) + 1
    middle = PAGE[0] / 2
    for number, words in enumerate(pages[1:]):
        left = " ".join(w for x0, _y0, x1, _y1, w in words if x1 <= middle)
        right = " ".join(w for x0, _y0, _x1, _y1, w in words if x0 >= middle)
        bottom = PAGE[1] - PAGE[1] * 0.05 * 0.5  # within the page's margin, never cut at its edge
        for x0, y0, x1, y1, word in words:
            assert x1 <= middle or x0 >= middle, (number, word, "crosses the middle")
            assert x0 >= 0 and x1 <= PAGE[0] and y0 >= 0 and y1 <= bottom, (number, word, "off the page")
        for loaded, column in ((first, left), (second, right)):
            step = loaded.plan.steps[number]
            texts = slide_texts(slide_for(loaded.plan, number, revealed=True), loaded.plan.language)
            if loaded is second:
                del texts["progress"]  # "3 / 11" once, on the left
            printed = set(column.split())
            missing = {w for text in texts.values() for w in text.split()} - printed - {"•"}
            assert not missing, (number, loaded.plan.language, step.id, sorted(missing)[:5])
            flat = " ".join(w for *_box, w in words)
            for secret in private_strings(step):
                assert " ".join(secret.split()) not in flat


def test_the_slides_command_prints_a_pair(tmp_path: Path) -> None:
    out = tmp_path / "pair.pdf"
    result = run_cli("slides", "young-men-equality-2h", "--language", "kk+ru", "--out", str(out))
    assert result.returncode == 0, result.stderr
    first_page = " ".join(w for *_box, w in pages_of(out)[0])
    for language in ("kk", "ru"):
        assert load_plan(builtin_workshop_in(language)).plan.title.split()[0] in first_page

"""The merge PDF in the reader's language: in Russian and Kazakh no English label is left (the
PDF's own text, read back with pdftotext), the statements print in that language, the Kazakh
letters are real text in an embedded DejaVu font, and the command follows --language or the
app's language from the settings."""

import dataclasses
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.export.fonts import register_fonts
from facilitator.languages import LANGUAGES
from facilitator.programme.merge import DELIVERY_COLUMNS, tables
from facilitator.programme.merge_pdf import render_merge_pdf
from facilitator.programme.merge_words import ANSWERS, CATEGORIES, TITLES, WORDS
from facilitator.programme.regions import region_codes
from facilitator.programme.statements import builtin_statements
from facilitator.programme.summary import Summary, TallyRound
from facilitator.programme.summary_file import write_summary
from facilitator.programme.vocabulary import DRIVERS, FORMS, OUTCOMES, REFERRAL_KINDS
from facilitator.settings import change_settings
from tests.export.test_pdf_fonts import assert_all_embedded
from tests.helpers.processes import run_cli
from tests.helpers.programme_sessions import random_summary

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

KAZAKH_LETTERS = "әғқңөұүһі"
STATEMENTS = ("women-enough-rights", "man-has-last-word")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CODE_PARTS = {part for code in region_codes() for part in code.split("-")}
"""KZ, KG, GB…: a region code's parts (a rotated chart label may break at its hyphen)."""


def summaries(count: int = 30) -> list[Summary]:
    """Made-up facilitators' summaries that answer two of the built-in series' statements."""
    rng = random.Random(11)
    made = []
    for _ in range(count):
        summary = random_summary(rng, ("KZ-15", "KZ-75", "KG-GB"), ("2026W45", "2026W47", "2026W49"))
        rounds = tuple(
            TallyRound(question, tally.round, dict(tally.counts))
            for question in STATEMENTS
            for tally in summary.tallies
        )
        made.append(dataclasses.replace(summary, tallies=rounds))
    return made


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def english_left(text: str) -> set[str]:
    """Latin words in the text but region codes (KZ-15, KG-GB: codes, not words)."""
    return set(LATIN_WORD.findall(text)) - CODE_PARTS


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("merge-pdf")
    result = tables(summaries())
    assert any(table.hidden for table in result), "the sample has suppressed cells (their footnote shows)"
    texts = {}
    for language in LANGUAGES:
        path = folder / f"{language}.pdf"
        render_merge_pdf(result, 30, path, language)
        assert_all_embedded(path)
        texts[language] = pdf_text(path)
    return texts


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_no_english_label_is_left(rendered: dict[str, str], language: str) -> None:
    assert english_left(rendered[language]) == set()
    assert WORDS[language]["title"].split()[0] in rendered[language]
    for statement in STATEMENTS:
        assert builtin_statements(language)[statement].statement in " ".join(rendered[language].split())


def test_the_check_has_teeth_on_the_english_pdf(rendered: dict[str, str]) -> None:
    left = english_left(rendered["en"])
    assert {"Programme", "figures", "Teal", "Resistance", "Region", "Month", "Agree"} <= left
    assert "KZ" not in left, "region codes are codes, not words"


def test_the_kazakh_letters_are_text_in_an_embedded_font(rendered: dict[str, str]) -> None:
    used = {letter for letter in KAZAKH_LETTERS if letter in rendered["kk"].casefold()}
    assert used >= set("әғқңөұүі"), "the Kazakh PDF prints its own letters as text"
    from reportlab.pdfbase import pdfmetrics

    for name in register_fonts():
        face = pdfmetrics.getFont(name).face
        assert all(ord(letter) in face.charToGlyph for letter in KAZAKH_LETTERS + KAZAKH_LETTERS.upper())


def test_every_category_has_its_words_in_every_language() -> None:
    keys = {*DELIVERY_COLUMNS, "participants", *DRIVERS, *FORMS, *OUTCOMES, *REFERRAL_KINDS}
    for language in LANGUAGES:
        assert set(CATEGORIES[language]) == keys, language
        assert set(WORDS[language]) == set(WORDS["en"]), language
        assert set(TITLES[language]) == set(TITLES["en"]), language
        assert set(ANSWERS[language]) == set(ANSWERS["en"]), language


def test_the_command_follows_the_language_chosen(tmp_path: Path) -> None:
    paths = []
    for number, summary in enumerate(summaries(8)):
        path = tmp_path / f"s{number}.json"
        write_summary(summary, path)
        paths.append(str(path))
    result = run_cli("programme", "merge", *paths, "--out", str(tmp_path / "kk"), "--language", "kk")
    assert result.returncode == 0, result.stderr
    assert WORDS["kk"]["title"].split(":")[0] in pdf_text(tmp_path / "kk" / "programme-figures.pdf")
    change_settings(ui_language="ru")
    result = run_cli("programme", "merge", *paths, "--out", str(tmp_path / "ru"))
    assert result.returncode == 0, result.stderr
    assert english_left(pdf_text(tmp_path / "ru" / "programme-figures.pdf")) == set()
    result = run_cli("programme", "merge", *paths, "--out", str(tmp_path / "x"), "--language", "de")
    assert result.returncode == 2 and "invalid choice" in result.stderr

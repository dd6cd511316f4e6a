"""The language list lives in facilitator/languages.py: nothing else spells it out, and every
table kept per language covers exactly those languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator.export import handout, report_words
from facilitator.languages import LANGUAGE_NAMES, LANGUAGES
from facilitator.presentation import AUDIENCE_WORDS
from facilitator.programme import merge_words

PACKAGE = Path(__file__).resolve().parents[1] / "facilitator"
SPELLED_OUT = re.compile(r"""["']en["'],\s*["']ru["'],\s*["']kk["']|Қазақша|Русский""")


def spelled_out(source: str) -> list[str]:
    return [line.strip() for line in source.splitlines() if SPELLED_OUT.search(line)]


def test_only_languages_py_lists_the_languages() -> None:
    found = {
        str(path.relative_to(PACKAGE)): spelled_out(path.read_text("utf-8"))
        for path in PACKAGE.rglob("*.py")
        if path.name != "languages.py"
    }
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_the_check_sees_a_list() -> None:
    assert spelled_out('choices=("en", "ru", "kk")') == ['choices=("en", "ru", "kk")']
    assert spelled_out('("kk", "Қазақша"),') == ['("kk", "Қазақша"),']
    assert spelled_out('choices=(*LANGUAGES, "auto")') == []


def test_every_language_has_its_own_name() -> None:
    assert tuple(LANGUAGE_NAMES) == LANGUAGES == ("en", "ru", "kk")


@pytest.mark.parametrize(
    "table",
    [
        AUDIENCE_WORDS,
        handout.WORDS,
        handout.KINDS,
        report_words.WORDS,
        report_words.REFLECTION,
        report_words.UNITS,
        report_words.AGE_BANDS,
        report_words.NOTE_TAGS,
        merge_words.WORDS,
        merge_words.TITLES,
        merge_words.CATEGORIES,
        merge_words.ANSWERS,
    ],
)
def test_every_table_kept_per_language_covers_exactly_the_languages(table: dict[str, object]) -> None:
    assert set(table) == set(LANGUAGES)

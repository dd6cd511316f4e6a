"""Each language keeps its own quotation marks (facilitator/languages.QUOTES): «…» in every Russian
and Kazakh text the app ships (plans, the step library, the series, the resistance cues, the
translations of the UI), “…” in English; never the other language's marks, nor straight ones."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from facilitator.content import CONTENT_DIR
from facilitator.languages import LANGUAGES, QUOTES, quoted

I18N = Path(__file__).resolve().parents[2] / "facilitator" / "i18n"
ALL_MARKS = "«»“”„‟"
STRAIGHT_DOUBLE = re.compile(r'"')
STRAIGHT_SINGLE = re.compile(r"(?<![\w’'])'(?=[\w(…])[^']*'(?!\w)")
"""A quotation in straight single quotes ('toxic'); not an apostrophe (Don't, the Fathers' Union)."""
TAG = re.compile(r"<[^>]*>")


def texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def content_files(language: str) -> list[Path]:
    return sorted(CONTENT_DIR.rglob(f"*.{language}.yaml"))


def wrong_marks(text: str, language: str) -> list[str]:
    """What in ``text`` is not ``language``'s quotation marks: another language's, or straight."""
    own = "".join(QUOTES[language])
    problems = [mark for mark in ALL_MARKS if mark in text and mark not in own]
    text = TAG.sub("", text)  # an HTML attribute's quotes are not quotation marks
    if STRAIGHT_DOUBLE.search(text):
        problems.append('"')
    if STRAIGHT_SINGLE.search(text):
        problems.append("'…'")
    return problems


def test_the_check_sees_wrong_marks() -> None:
    assert wrong_marks("Фильм «Платье»", "ru") == []
    assert sorted(wrong_marks("Фильм “Платье”", "ru")) == ["“", "”"]
    assert sorted(wrong_marks("Фильм „Платье“", "kk")) == ["“", "„"]
    assert wrong_marks('Фильм "Платье"', "ru") == ['"']
    assert wrong_marks("the film 'The Dress'", "en") == ["'…'"]
    assert wrong_marks("the film «The Dress»", "en") == ["«", "»"]
    assert wrong_marks("Don't be a man, said the Fathers' Union", "en") == []
    assert wrong_marks('<b style="x">«Сохранено»</b>', "ru") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_built_in_content_uses_its_languages_quotation_marks(language: str) -> None:
    files = content_files(language)
    assert len(files) >= 12, files  # plans, series plans, library, cues, series
    found = [
        f"{path.relative_to(CONTENT_DIR)}: {marks} in {text[:90]!r}"
        for path in files
        for text in texts(yaml.safe_load(path.read_text("utf-8")))
        if (marks := wrong_marks(text, language))
    ]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_the_translations_use_their_languages_quotation_marks(language: str) -> None:
    tree = ET.parse(I18N / f"facilitator_{language}.ts")
    found = [
        f"{message.findtext('source')[:60]!r} -> {marks}"  # type: ignore[index]
        for message in tree.iter("message")
        if (marks := wrong_marks(message.findtext("translation") or "", language))
    ]
    assert found == [], "\n".join(found)


def test_a_name_is_quoted_in_its_languages_marks() -> None:
    assert quoted("Платье", "ru") == "«Платье»"
    assert quoted("Көйлек", "kk") == "«Көйлек»"
    assert quoted("The Dress", "en") == "“The Dress”"

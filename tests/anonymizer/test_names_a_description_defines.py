"""A word opening its line before a dash and a description that singles out one person is that
person's name, though it is a word too ("Талант — айылдагы жалгыз медайымдын уулу": the village's
only nurse's son). Not a relative, a heading's word or a place. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Талант — айылдагы жалгыз медайымдын уулу, анын окуясын эч кимге айтпагыла.", "Талант"),
        ("Forward from Мээрим: «Талант — айылдагы жалгыз медайымдын уулу, эч кимге айтпагыла».", "Талант"),
        ("Бахыт — единственный сын ветеринара в посёлке, молчит весь круг.", "Бахыт"),
    ],
)
def test_the_word_a_singling_description_defines_is_a_person(text: str, name: str) -> None:
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Тема — единственный врач в селе, обсуждали доверие.", "Тема"),
        ("Брат — единственный в селе ветеринар, пьёт.", "Брат"),
    ],
)
def test_a_heading_or_a_relative_before_the_description_is_no_name(text: str, word: str) -> None:
    # the description itself goes; the word before the dash is not made a name of its own
    spans = Anonymizer((), use_ner=False).detect(text)
    names = [text[s.start : s.end] for s in spans if s.kind is Kind.NAME]
    assert word not in names, names

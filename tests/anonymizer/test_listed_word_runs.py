"""An enumeration of people holds a nickname that is an ordinary word ("Ерлан, Асхат и Пончик"):
the runs of a list start only where two units may be joined (a comma or a semicolon between them,
two names side by side, a joining word next), and a long note's other words are passed over, so a
list is found wherever it stands. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import _listed_words
from facilitator.anonymizer.name_rules.name_sources import MODEL_NAME

ANONYMIZER = Anonymizer((), use_ner=False)


def listed(text: str) -> list[str]:
    """The words the list's run finds among the rules' spans (the word model, a second opinion,
    takes "Пончик" too: it learnt nicknames in lists; this is the rules' own reading)."""
    spans = [s for s in ANONYMIZER.detect(text) if s.source != MODEL_NAME]
    return list(_listed_words(text, spans))


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня были Ерлан, Асхат и Пончик.",  # commas, then a joining word
        'Сегодня были Ерлан "Асхат" и Пончик.',  # two names side by side, in quotes
        "Сегодня были Ерлан (с братом) Асхат и Пончик.",  # two names, a remark between them
        "Сегодня были Ерлан\nАсхат и Пончик.",  # two names on two lines
    ],
)
def test_a_word_in_a_list_of_people_is_a_nickname(text: str) -> None:
    assert listed(text) == ["Пончик"]


def test_a_list_far_into_a_long_note_is_found() -> None:
    filler = "мы обсудили тему и сделали перерыв на чай. " * 4000
    text = filler + "Сегодня были Ерлан (с братом) Асхат и Пончик. " + filler
    assert listed(text) == ["Пончик"]


@pytest.mark.parametrize(
    "text",
    [
        "Маркеры, флипчарт и чай на столе.",  # a list with no person
        "Ерлан и мама пришли.",  # one person and a kin word
        "Ерлан сказал, что малыш спит.",  # a name, a comma, a word: no list of people
    ],
)
def test_no_list_of_people_no_nickname(text: str) -> None:
    assert listed(text) == []

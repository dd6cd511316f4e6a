"""A Kazakh or Kyrgyz name with the genitive made a noun ("-дікі", "-нікі", "-дыкы": the one of, at
the place of) and a case after it is that person ("Дамирдікінде болдық": we were at Damir's,
"Асандыкына бардык", "Damirdikinde"); a word so formed from a thing stays ("мектептікі"). Alone in
brackets after a word, such a name says whose the word is, not who: the word stays ("эң мыкты
фразасы (байэлдики)": the best phrase, Baiel's). Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import session_spans


def _names(text: str) -> set[str]:
    return {text[s.start : s.end] for s in session_spans(text) if s.kind is Kind.NAME}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Асет: «Дамирдікінде болдық, Асеттің ағасы келді».", "Дамирдікінде"),
        ("кеше ерланның үйінде емес, ерландікінде отырдық.", "ерландікінде"),
        ("Асандыкына бардык, апасы жок экен.", "Асандыкына"),
        ("Damirdikinde boldyq, ákesi joq eken.", "Damirdikinde"),
    ],
)
def test_the_person_is_removed(text: str, word: str) -> None:
    assert word in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Бұл кітап біздікі емес, мектептікі.", "мектептікі"),
        ("бул бүгүнкү тренингдин эң мыкты фразасы (байэлдики)", "фразасы"),
    ],
)
def test_a_things_word_and_the_word_a_name_owns_stay(text: str, word: str) -> None:
    assert word not in _names(text)

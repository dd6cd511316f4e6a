"""A word opening a sentence or a clause before a dash (or "=") and a person, the word said elsewhere
in the note too, is what the note calls that person ("Kalla — bu Jahongir", "пончик = Фаррух
Саидов"); everywhere the note says it, it goes. Not a participant's code ("P12 = Arman")
nor a word the note also writes in small letters ("Kelisim — Aıdana …, kelisim berdi"). Sentences
written for this test."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer(())


def _spans(text: str) -> list[tuple[int, int]]:
    anonymizer = _anonymizer()
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    return [(s.start, s.end) for s in spans]


def _removed(text: str) -> list[str]:
    return [text[start:end] for start, end in _spans(text)]


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        (
            "Kalla bugun darsga kech qoldi, lekin uzr so'radi. Kalla — bu Jahongir, aqlli bo'lgani uchun"
            " shunday deyishadi.",
            "Kalla",
        ),
        ("у «пончика» опять синяк под глазом. пончик = Фаррух Саидов, 13 лет, младший в группе.", "пончик"),
    ],
)
def test_a_word_a_dash_gives_a_person_is_his_nickname(text: str, nickname: str) -> None:
    spans = _spans(text)
    at = text.find(nickname)
    assert at >= 0
    while at >= 0:  # every time the note says it ("пончика" too)
        assert any(start <= at and at + len(nickname) <= end for start, end in spans), at
        at = text.find(nickname, at + 1)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Для формы: участник P12 (17 лет). P12 = Arman, согласие родителей ждём.", "P12"),
        ("Psıhologqa kelisim kerek. Kelisim — Aıdana Seıitqyzy berdi.", "Kelisim"),
    ],
)
def test_a_code_or_a_word_in_small_letters_elsewhere_stays(text: str, word: str) -> None:
    assert word not in _removed(text)

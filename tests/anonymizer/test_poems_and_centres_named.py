"""A poem's title and a centre's name of two words (general knowledge of how notes name them, not
from any notes):
- a quoted title after a poem's or a verse's word ("поэму «Бахадыр ушын»", "the poem '…'"), with its
  author between too ("стихом Турсунзаде «Сафар бахайр»", "a poem by Abai '…'"), is the work's;
- a centre's name of two capitalised words no list names after "crisis centre" ("the crisis centre
  Kok Zhol") is all the centre's; a listed name there stays a person ("кризисный центр Сезим Айбеку").
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import language_anonymizer


def names_in(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in language_anonymizer(language).detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Разобрали поэму «Бахадыр ушын» с группой.", "ru"),
        ("Закончили стихом Турсунзаде «Сафар бахайр» на прощание.", "ru"),
        ("we read the poem 'Aigerim at Dawn' together", "en"),
        ("she read a poem by Abai 'Kara Soz' aloud", "en"),
        ("gave her the crisis centre Kok Zhol number", "en"),
    ],
)
def test_a_titled_poem_or_a_centre_is_no_person(text: str, language: str) -> None:
    assert names_in(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("кризисный центр Сезим Айбеку помог", "ru", "Айбеку"),
        ("the crisis centre Aigul Zhurok said", "en", "Zhurok"),
    ],
)
def test_a_listed_name_after_the_centre_stays_a_person(text: str, language: str, name: str) -> None:
    assert any(name in found for found in names_in(text, language))

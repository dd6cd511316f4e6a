"""A writer who types everything in lower case (a village volunteer on a phone, in Kazakh Cyrillic)
writes names so too: a listed name that is also a word is a person before a verb of a person in its
negative form or after a filler ("мақсат ештеңе айтпады": nothing said), and before a quotation in
single quotes, as a phone types them, then a verb of speech ("арман 'мен де келемін' деді"). The same
words as words stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer((), use_ner=False).detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("бүгін бәрі келді. мақсат ештеңе айтпады, үндемей отырды", "мақсат"),
        ("жаттығу жақсы өтті. соңында арман 'мен де келемін' деді.", "арман"),
        ("ойын ойнадық. қуаныш «мен жеңдім» деді, бәрі күлді", "қуаныш"),
    ],
)
def test_a_lower_case_writers_name_that_is_a_word_where_a_person_stands(text: str, name: str) -> None:
    assert name in removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("бүгін бәрі келді. менің арманым — дәрігер болу, деді біреуі", "арманым"),
        ("мақсат туралы сөйлестік: 'мақсат қою керек' деп жаздық", "мақсат"),
        ("сабақта қуаныш пен қайғы туралы айттық", "қуаныш"),
    ],
)
def test_the_same_words_as_words_stay(text: str, word: str) -> None:
    assert word not in removed(text)

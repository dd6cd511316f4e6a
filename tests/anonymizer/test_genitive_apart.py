"""A genitive ending typed apart from a name, before the word it owns ("ерлан нын инисы", "Асан дың
әкесі"), is the name's, as it is when glued on (``name_spans._with_genitive_apart``); a word after a
name that owns nothing ("тың жерлер": virgin lands) stays apart. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ерлан нын инисы бугин келди, 14 жаста", "ерлан нын"),
        ("Бүгін Асан дың әкесі келді, ұрысып кетті.", "Асан дың"),
        ("Айдар нин акеси хабарласты кеше", "Айдар нин"),
    ],
)
def test_a_genitive_apart_before_what_it_owns_is_the_names(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ерлан тың жерлер туралы айтты, бәрі тыңдады.", "тың жерлер"),
        ("Бүгін Ерлан мен әкесі келді, сөйлестік.", "мен әкесі"),  # "and": no genitive
    ],
)
def test_a_word_after_a_name_that_owns_nothing_stays(text: str, word: str) -> None:
    assert not touched(text, word)

"""A pet form of a roster first name that a dictionary may read as a word ("farik" of Farhod, "dilik"
of Dilshod) is that person where one stands in Russian typed in Latin letters: before a person's verb
("farik opozdal"), as a speaker's label ("dilik: 'ya …'"), opening a line of what to do ("farik ->
pozvonit'"). Elsewhere it stays. Written for this test, not from any corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer(["farhod aliev", "dilshod umarov", "sanjar bekov"], language="ru", use_ner=False)


def _touched(text: str, part: str) -> bool:
    at = text.index(part)
    return any(s.start < at + len(part) and at < s.end for s in _anonymizer().detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("vse prishli, farik opozdal na polchasa", "farik"),
        ("dilik: 'ya ne soglasen s etim'", "dilik"),
        ("farik -> pozvonit' v pyatnicu", "farik"),
    ],
)
def test_a_pet_form_where_a_person_stands(text: str, part: str) -> None:
    assert _touched(text, part)


def test_the_same_letters_elsewhere_stay() -> None:
    assert not _touched("potom obsuzhdali, kak farik i drugie slova pishutsya", "farik")

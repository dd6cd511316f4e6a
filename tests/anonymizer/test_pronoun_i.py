"""The English "I" is never a name, nor part of one: after a name at the end of a line it was read
as a patronymic particle (its skeleton is that of "и", Tajik "ӣ"), so "I met Aidar Nurlanov" on the
next line became "Person B met Person C". "A" is checked the same way."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I met Aidar Nurlanov\nI met Aidar Nurlanov in Aktobe\n",
            "I met Person A\nI met Person A in Aktobe\n",
        ),
        ("Aidar Nurlanov\nI think he is fine.", "Person A\nI think he is fine."),
        ("I met Aidar Nurlanov\nA man came.", "I met Person A\nA man came."),
        ("We saw Aidar Nurlanov I think", "We saw Person A I think"),
        ("Aidar Nurlanov i went home", "Person A i went home"),
    ],
)
def test_the_pronoun_i_and_the_article_a_stay(anonymizer: Anonymizer, text: str, expected: str) -> None:
    assert anonymizer.anonymize(text) == expected


def test_a_particle_after_a_name_is_still_part_of_it() -> None:
    assert Anonymizer().anonymize("Асанов Ерлан ұлы пришёл") == "Person A пришёл"

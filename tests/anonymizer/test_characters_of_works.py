"""A name right before "in the book / film" is a character of the work; before "там" (there) too when
a title read or watched stands quoted earlier in the note ("посмотрели «…» … «Саша там главный»").
"Данияр там был вчера" with no work named is a person. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Посмотрели «Бригаду», и Азиз сказал: «Саша там главный».", "Саша"),
        ("Ребята спорили: Ромео в фильме вообще не думает о семье.", "Ромео"),
        ("We watched 'Jamila' and Tom said Daniyar in the film never shouts.", "Daniyar"),
    ],
)
def test_a_character_of_a_work_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_person_there_goes() -> None:
    text = "Тимур сказал, что Данияр там был вчера."
    assert covered(text, "Данияр"), removed(text)

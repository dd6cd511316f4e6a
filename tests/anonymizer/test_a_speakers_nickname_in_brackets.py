"""A word in brackets between a person and the colon of what he said is what he is called,
whatever language the word is of, a word of the dictionary too ("Umid (Bolg'a): «…»", "Ерасыл
(Балға): …"). A role, a relative or a place there stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Umid (Bolg'a): «erkak yig'lamaydi». Boshqalar kulishdi.", "Bolg'a"),
        ("Ерасыл (Балға): «әкем айтты, ер адам ас үйге кірмейді».", "Балға"),
        ("keyin Aibek (Sabyn): apasy Almatyda, 3 aidan beri habar joq.", "Sabyn"),
    ],
)
def test_a_word_in_brackets_before_a_speakers_colon_is_his_nickname(text: str, nickname: str) -> None:
    assert nickname in names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dilmurod (Namangan): «erkak yig'lamaydi».", "Namangan"),
        ("Ерасыл (Психолог): «бәрі жақсы болады».", "Психолог"),
        ("Sanjar (Mum): she says he is fine now.", "Mum"),
    ],
)
def test_a_place_a_role_or_a_relative_in_the_bracket_stays(text: str, word: str) -> None:
    assert word not in names_in(text)

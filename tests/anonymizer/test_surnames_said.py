"""A word the note says is a surname ("Соловей — это фамилия", "Wolf is his surname", "Қасқыр — тегі"):
the profiles' name_nouns hold the words for a surname; a name noun said first without a negation
makes the word a name whatever follows ("…, а не кличка"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Заяц — это фамилия, он не обижается.", "Заяц"),
        ("Сокол — это фамилия, а не кличка, он сам поправил.", "Сокол"),
        ("Ворона — фамилия, не прозвище. Просил не путать.", "Ворона"),
        ("Новенький. Fox is his surname, not a nickname.", "Fox"),
    ],
)
def test_a_word_said_to_be_a_surname_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Мороз — это не фамилия, а погода сегодня.", "Мороз"),
        ("Надежда — не имя, а то, что держит.", "Надежда"),
        ("Фамилия — это то, что от отца.", "Фамилия"),
    ],
)
def test_a_word_said_to_be_no_name_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

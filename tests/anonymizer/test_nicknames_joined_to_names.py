"""A capitalised word the Russian dictionary reads as a living being, inside a sentence, joined by
"и" or "или" to a person found, is a nickname (name_rules/bracketed_names.joined_nicknames); a
thing, a role, a relative or a public figure there stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("после занятия Ерлан и Медведь остались убирать", "Медведь"),
        ("кто-то сломал стул, думаю Данияр или Лысый", "Лысый"),
        ("вызвались вести разминку Хомяк и Асель", "Хомяк"),
    ],
)
def test_a_being_joined_to_a_name_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("говорили про Ерлана и Библию, спокойно", "Библию"),
        ("на встречу пришли Асель и Директор колледжа", "Директор"),
        ("вспоминали Пушкина и Гитлера в споре о силе", "Гитлера"),
    ],
)
def test_a_thing_role_or_figure_joined_to_a_name_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a writer in small letters: a word no dictionary knows joined to a name in small letters
        ("ержик опять опоздал, бека и санжик сидели сзади.", "санжик"),
        ("даурен и бахтик ржали на упражнении", "бахтик"),
    ],
)
def test_an_unknown_word_in_small_letters_joined_to_a_name_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ерлан и компания пришли поздно", "компания"),
        ("ерлан и ағасы пришли вместе", "ағасы"),
    ],
)
def test_a_word_or_a_relative_in_small_letters_joined_to_a_name_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

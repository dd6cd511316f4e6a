"""A word before a bracket that says who he is ("это", "ya'ni", "бұл" and a person) is what the group
calls him: "Кактус (это Данияр, колючий …)", "Подушка (т.е. Фаррух, …)". A relative or a role there
stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Кактус (это Данияр, колючий на язык) сегодня первым сел в круг.", "Кактус"),
        ("Бублик (это Тимур, второй) опоздал на полчаса.", "Бублик"),
        ("Подушка (т.е. Фаррух, спит на занятиях) сегодня не спал.", "Подушка"),
    ],
)
def test_a_word_before_a_bracket_that_says_who_he_is_is_his_nickname(text: str, nickname: str) -> None:
    assert nickname in names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Мама (это Зарина, 38 лет) пришла на встречу.", "Мама"),
        ("Тренер (это Эрмек, он строгий) кричал на ребят.", "Тренер"),
    ],
)
def test_a_relative_or_a_role_before_such_a_bracket_stays(text: str, word: str) -> None:
    assert word not in names_in(text)

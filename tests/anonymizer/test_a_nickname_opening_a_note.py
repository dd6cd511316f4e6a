"""A word opening a note before a dash and one person told more of is what the group calls him,
though the note says it once ("ковш — Нурлан, самый сильный в зале", "Чайник — Марат Ким,
закипает с полоборота"); in small letters before a bracket that opens with him too ("балға (ерлан
сейтқали, …)"). A heading's word, a role, a relative, a list of people and a heading in capitals
stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("ковш — Нурлан, самый сильный в зале, гири таскает после тренировки.", "ковш"),
        ("Чайник — Марат Ким, закипает с полоборота, потом сам извиняется.", "Чайник"),
        ("қасқыр — Мейрам, топта ең тұйығы, бірақ бүгін сөйледі.", "қасқыр"),
        ("tarvuz — Jahongir, eng semiz bola, hammani kuldiradi.", "tarvuz"),
        ("балға (ерлан сейтқали, ұста баласы) бүгін бірінші сөйледі.", "балға"),
        ("сухарь (тимур, 16 лет) опять молчал весь круг.", "сухарь"),
    ],
)
def test_a_word_opening_a_note_before_a_dash_and_one_person_is_his_nickname(text: str, nickname: str) -> None:
    assert nickname in names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Итог — Айбек, сегодня опять молчал весь круг.", "Итог"),
        ("Лидер — Тимур, так решила группа голосованием.", "Лидер"),
        ("чай — Данияр, Ержан и Тимур принесли сами.", "чай"),
        ("FOLLOW-UP — Timur, call his mother on Friday.", "FOLLOW-UP"),
        ("мама (зарина, 38 лет) пришла на встречу.", "мама"),
        ("Сегодня было тихо. ковш — Нурлан, так и не пришёл.", "ковш"),
    ],
)
def test_a_heading_a_role_a_list_or_a_word_inside_the_note_stays(text: str, word: str) -> None:
    assert word not in names_in(text)

"""A word explained by a full name in brackets right after it is that person's nickname, a word of
the dictionary too ("Кот (Котов Лёва)"); a relative, a role, a place or a heading's word before a
bracketed name stays (name_rules/bracketed_names.py). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ёж (Ежов Кирилл) сегодня молчал весь час.", "Ёж"),
        ("на разминке Лис (Лисицын Паша) всех рассмешил", "Лис"),
        ("Барсук (Тимур Б.) принёс чай на всю группу.", "Барсук"),
    ],
)
def test_a_word_before_a_bracketed_name_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Позвонила завучу школы №2 Тараз (Ольга Петровна), обещала помочь.", "Тараз"),
        ("Вела группу Психолог (Анна Ли), спокойно.", "Психолог"),
        ("Были из Тараза (Ерлан Сапаров) двое.", "Тараза"),
    ],
)
def test_a_place_role_or_heading_before_a_bracketed_name_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("one boy, bolt (he runs fast, real name Ruslan) ran off at the break.", "bolt"),
        ("professor (that is what the class calls Ruslan) argued the whole hour.", "professor"),
        ("Шуруп (вечно опаздывает, настоящее имя Тимур) сегодня пришёл вовремя.", "Шуруп"),
        ("Kabachok (asl ismi Jasur) bugun kelmadi.", "Kabachok"),
        ("Түйме (шын аты Ерлан) бүгін үндемеді.", "Түйме"),
    ],
)
def test_a_word_whose_bracket_gives_its_real_name_goes(text: str, part: str) -> None:
    # the bracket holds more than the name: what the boy is like, then the words of a real name
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Мы ездили в Текели (real name of the boy Ruslan) вчера.", "Текели"),
        ("Вела группу Психолог (вообще-то по паспорту Анна Ли), спокойно.", "Психолог"),
    ],
)
def test_a_place_or_role_before_a_real_name_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

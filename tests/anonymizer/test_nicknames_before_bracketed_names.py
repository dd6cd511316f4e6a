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

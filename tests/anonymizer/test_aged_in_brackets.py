"""A capitalised word alone in brackets with an age after it is how a note introduces a boy, by a
name or a short form the lists may not hold ("(Свят, 16 лет)"); a place with a year in brackets is
no one. So is a word opening a line of a list before a comma, an age and a comma ("mark, 16, grade
10", "кубик, 15, опоздал"): not a town before a date, nor a heading word. Sentences written for this
test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кризисный центр просит заполнить карточку: новенький (Свят, 16 лет) молчал.", "Свят"),
        ("жаңа бала (Бақыт, 16 жаста) үндемеді", "Бақыт"),
        ("the new boy (Tolik, 15) came with his cousin", "Tolik"),
        ("yangi bola (Sardor, 17 yosh) indamadi", "Sardor"),
        ("new this week:\nmark, 16, grade 10, wants to be a peer facilitator", "mark"),
        ("пришли новые:\n- кубик, 15, опоздал на полчаса\n- Ерлан, 16, молчал", "кубик"),
        ("тізім: / бөпе, 14, ең кішісі / Ерлан, 16", "бөпе"),
    ],
)
def test_a_name_with_an_age_in_brackets_is_a_person(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("в школе (Алматы, 2019) было так же", "Алматы"),
        ("тренинг (Модуль, 12 слайдов) показали", "Модуль"),
        ("отчим (Отец, 45 лет) пьёт", "Отец"),
        ("Алматы, 15 марта. Пришли 12 человек.", "Алматы"),
        ("Итого, 12, все пришли вовремя.", "Итого"),
        ("Мама, 45, работает на рынке.", "Мама"),
    ],
)
def test_a_place_a_thing_or_a_relative_in_brackets_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

"""A town or village in brackets right after a full name ("Эрмек Садыков (Тюп)": the facilitator and
where he works) is no part of the name, though the Russian model reads the bracket into it; a name
or a nickname in brackets is still the person's; nor is a small place of the region or an office
in a case right after a name ("Айбек Балыкчыда жашайт", "Кутманбек ЦСМге бара албайт"). Sentences
written for this test from general knowledge."""

import pytest

from facilitator.anonymizer import ner
from tests.anonymizer.test_classes import covered, removed, touched

pytestmark = pytest.mark.skipif(not ner.available(), reason="natasha not installed")


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Волонтёры: Марат Осмонов (Тюп), Дильбар Юсупова (Токмок).", "Марат Осмонов", "Тюп"),
        ("Волонтёры: Марат Осмонов (Тюп), Дильбар Юсупова (Токмок).", "Дильбар Юсупова", "Токмок"),
        ("Куратор Андрей Пак (Кант) прислал список группы.", "Андрей Пак", "Кант"),
        ("Тренеры: Тилек Сыдыков (Балыкчы), Нуржан Абдыев (Сокулук).", "Тилек Сыдыков", "Балыкчы"),
        # a small place or an office in a case right after the name, no bracket
        ("Бүгүн Нурлан Тамгада болду, эртең келет.", "Нурлан", "Тамгада"),
        ("Айбек Барскоондо жашайт, ата-энеси менен.", "Айбек", "Барскоондо"),
        ("Кутманбек ЦСМге бара албайт, уялат.", "Кутманбек", "ЦСМге"),
    ],
)
def test_a_place_after_the_name_stays_out_of_it(text: str, name: str, place: str) -> None:
    assert covered(text, name, use_ner=True), removed(text, use_ner=True)
    assert not touched(text, place, use_ner=True), removed(text, use_ner=True)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Пришёл Тимур Ахметов (Тимоха) и сразу сел в угол.", "Тимоха"),
        ("Список: Бакыт Жээнбеков (Бака), Урмат Сатаров.", "Бака"),
        ("Вчера звонил Сергей Ким (Серёга), просил перенести встречу.", "Серёга"),
    ],
)
def test_a_nickname_in_brackets_is_still_removed(text: str, part: str) -> None:
    assert covered(text, part, use_ner=True), removed(text, use_ner=True)


def test_a_surname_after_the_name_stays_in_it() -> None:
    text = "Вчера Нурлан Асанов не пришёл на сессию."
    assert covered(text, "Нурлан Асанов", use_ner=True), removed(text, use_ner=True)

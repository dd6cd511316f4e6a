"""A day and a month beside a birthday's words, before or after them, in one sentence, are a date of
birth though no year is written: "у Дамира день рождения 14 мая", "Нұрболдың туған күні — 8 қазан",
"20 октября у него днюха", "his birthday is 3 March", "зодрӯзи Фирдавс 9 июн". A date in another
sentence, a session's date with no birthday's words stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("У Дамира день рождения 14 мая, ему будет 17, ребята хотят поздравить.", "14 мая"),
        ("Нұрболдың туған күні — 8 қазан, 16 жасқа толады.", "8 қазан"),
        ("20 октября у него днюха, скинемся на подарок.", "20 октября"),
        ("Asel says his birthday is 3 March, so we bring a cake.", "3 March"),
        ("Бекболоттун туулган күнү 11-июнь, торт алабыз.", "11-июнь"),
        ("Зодрӯзи Фирдавс 9 июн аст, торт мехарем.", "9 июн"),
    ],
)
def test_a_day_and_a_month_beside_a_birthdays_words_is_a_date_of_birth(text: str, date: str) -> None:
    assert date in found_as(text, Kind.BIRTHDATE)


@pytest.mark.parametrize(
    "text",
    [
        "Сессия 14 мая. У Тимура был день рождения, торт купили.",
        "Следующая встреча 20 октября, тема — насилие в семье.",
        "We meet on 3 March at the youth centre.",
    ],
)
def test_a_sessions_date_with_no_birthdays_words_beside_it_stays(text: str) -> None:
    assert found_as(text, Kind.BIRTHDATE) == []

"""After a birthday's words and a colon, every day and month to the sentence's end is a date of birth
("b-day list for cake: ulukbek 3 april, syimyk 17 may", "ДР: Мамадшо — 2 июля, Фаридун — 11.07");
"ДР", "исполнится", the Tajik "рӯзи таваллудашро" and the Kazakh "толады" are a birthday's words. A
date after the list's sentence (the party's day) stays. Sentences written for this test from how
facilitators type, not taken from any corpus note."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as

LIST = "b-day list for cake: timur 4 april, erlan 19 may, azamat 02.06"
DR = "ДР: Сухроб — 3 июля (15), Ильяс — 12.07. Отметим вместе 6 июля, торт за мной."


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (LIST, "4 april"),
        (LIST, "19 may"),
        (LIST, "02.06"),
        (DR, "3 июля"),
        (DR, "12.07"),
        ("Бахтику 16 будет 8 июня — его ДР, мама просит без торта.", "8 июня"),
        ("Эмиру 18 исполнится 05.02, тогда уже совершеннолетний.", "05.02"),
        ("Фирдавс рӯзи таваллудашро гуфт — 14 июн.", "14 июн"),
        ("Дәулет 16-ға толады 3 қазан, тойға шақырды.", "3 қазан"),
    ],
)
def test_a_day_and_month_in_a_birthday_list_or_after_a_short_cue_is_a_date_of_birth(
    text: str, date: str
) -> None:
    assert date in found_as(text, Kind.BIRTHDATE)


def test_the_partys_day_after_the_lists_sentence_stays() -> None:
    assert "6 июля" not in found_as(DR, Kind.BIRTHDATE)

"""A street named without its word, with its house and what says it is one: a flat after the house
("Ташкентская 12-45", "Набережная 7, кв 2"), a word for a house ("Mustaqillik 45-uy"), or a
historic title streets are named with ("Толе би 287", "Baidibek bi 87"). A numbered thing of the
day ("Модуль 4-5", "Dars 3-4", "Page 12-15"), a person's score and a year stay. Sentences written
for this test, not taken from any corpus note."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Живут: Ташкентская 12-45, второй этаж.", "Ташкентская 12-45"),
        ("Адрес Ленин 112-5, во дворе.", "Ленин 112-5"),
        ("Mustaqillik 45-uy, ko'k darvoza.", "Mustaqillik 45-uy"),
        ("Kurmanjan Datka 215-uy, eshik oldida.", "Kurmanjan Datka 215-uy"),
        ("Раньше жил на Толе би 287.", "Толе би 287"),
        ("Uıi: Baidibek bi 87.", "Baidibek bi 87"),
        ("Набережная 7, кв 2, вход со двора.", "Набережная 7, кв 2"),
        # a numbered district, then a house and its flat
        ("He lives with his grandma at Zhetysu-2, 45-18, she is very ill.", "Zhetysu-2, 45-18"),
    ],
)
def test_a_bare_street_with_its_house_is_an_address(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Модуль 4-5 прошли за день.", "Модуль 4-5"),
        ("Page 12-15 of the manual.", "Page 12-15"),
        ("Сабақ 3-4 болды.", "Сабақ 3-4"),
        ("Dars 3-4 bo'ldi.", "Dars 3-4"),
        ("Гурӯҳ 2-3 омад.", "Гурӯҳ 2-3"),
        ("Баллы: Асель 5-6, Айбек 7-8.", "5-6"),
        ("Договорились с Маратом 5-6.", "5-6"),  # a name with its ending
        ("Абылай хан 1700 жылы туған.", "1700"),
        ("Қабанбай батыр 3 рет жеңген.", "3 рет"),
        ("Session 2-3 went well.", "Session 2-3"),
        ("Сессия-2, 12-15 мая прошла.", "12-15 мая"),  # dates
        ("Thursdays 16-18 until end of June.", "Thursdays 16-18"),  # a day and its hours
        ("Dushanba 16-18 mashg'ulot bor.", "Dushanba 16-18"),
    ],
)
def test_a_numbered_thing_a_score_or_a_year_stays(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)

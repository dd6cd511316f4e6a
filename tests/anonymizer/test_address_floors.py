"""A floor after its number goes with the address it follows ("ул. Абая 78, 3 этаж, кв. 12",
"Абай даңғылы 78, 3 қабат", "14 Dostyk St, 4th floor"): the profiles' ``floors``. A floor with no
address before it is a room of the session's building and stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_addresses_region import address_touched
from tests.anonymizer.test_classes import covered


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Адрес: ул. Абая 78, 3 этаж, кв. 12, мама дома после шести.", "ул. Абая 78, 3 этаж, кв. 12"),
        ("Мекенжайы: Абай даңғылы 78, 3 қабат, 12 пәтер.", "Абай даңғылы 78, 3 қабат, 12 пәтер"),
        ("Уйи Толе би кошеси 12, 5 кабат, анасы сонда.", "Толе би кошеси 12, 5 кабат"),
        ("He lives at 14 Dostyk St, 4th floor, apt 7.", "14 Dostyk St, 4th floor, apt 7"),
    ],
)
def test_a_floor_after_an_address_is_removed_with_it(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Сессия на 3 этаже, зал 12, всем хватило стульев.", "3 этаже"),
        ("Мектептің 2 қабатында жиналдық, 14 жігіт келді.", "2 қабатында"),
        ("We met on the 2nd floor of the library.", "2nd floor"),
    ],
)
def test_a_floor_alone_stays(text: str, part: str) -> None:
    assert not address_touched(text, part)


# -- a big city typed last, after the flat, names no one (cities.txt); a small town goes with it ----
@pytest.mark.parametrize(
    ("text", "address", "city"),
    [
        ("Мекенжайы: Абай көшесі 33, 17 пәтер, Тараз. Анасы күтеді.", "Абай көшесі 33, 17 пәтер", "Тараз"),
        ("Адрес: ул. Абая 33, кв. 17, Алматы. Встреча с мамой.", "ул. Абая 33, кв. 17", "Алматы"),
    ],
)
def test_a_big_city_after_the_address_stays(text: str, address: str, city: str) -> None:
    assert covered(text, address)
    assert not address_touched(text, city)


def test_a_small_town_after_the_address_goes_with_it() -> None:
    text = "Адрес: ул. Абая 33, кв. 17, Каскелен. Встреча с мамой."
    assert covered(text, "ул. Абая 33, кв. 17, Каскелен")


# -- a street or district without its word after a big city, with a house and its flat -------------
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Оспанов Ерлан 2006 ж.т., Shymkent, Nursat 45-12", "Nursat 45-12"),
        ("Мекенжайы: Алматы, Көкжиек 12/45, анасымен сөйлесу.", "Көкжиек 12/45"),
    ],
)
def test_a_house_and_flat_after_a_big_city_is_an_address(text: str, address: str) -> None:
    assert covered(text, address)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Шымкент, 2024-2025 оқу жылы басталды.", "2024-2025"),
        ("Алматы, Самал 2 — там был тренинг.", "Самал 2"),
    ],
)
def test_no_address_after_a_city_without_a_house_and_flat(text: str, part: str) -> None:
    assert not address_touched(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # where in the building or by what the home is, after the address: its entrance in brackets,
        # a landmark with a word of "near", a floor after it
        ("Влад живёт в Жана-Семее, ул. Джангильдина 48, кв 31 (3 подъезд). Там брат.", "(3 подъезд)"),
        ("Бектурдун үй-бүлөсү: Ленин көчөсү 45, дарыкананын үстү, 3-кабат.", "дарыкананын үстү, 3-кабат"),
        ("Хонаи Қурбоновҳо: кӯчаи Исмоили Сомонӣ 23, хонаи 2, рӯ ба рӯи дорухона.", "рӯ ба рӯи дорухона"),
        ("Живут на Кутузова 41, частный дом с зелёным забором. Отец пьёт.", "частный дом с зелёным забором"),
        (
            "New address: Aiteke bi street 27, office 304, 2nd floor. Contact person at the desk.",
            "office 304",
        ),
    ],
)
def test_where_in_the_building_or_by_what_goes_with_the_address(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Адрес: ул. Абая 12, мама дома не бывает, отец пьёт.", "мама дома не бывает"),
        (
            "живёт по адресу ул. Перерва, д. 42, общежитие, комн. 465, в комнате ещё 11 человек.",
            "ещё 11 человек",
        ),
    ],
)
def test_a_clause_after_an_address_that_says_no_place_stays(text: str, part: str) -> None:
    assert not address_touched(text, part)

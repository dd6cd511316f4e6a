"""Kyrgyzstan's banks, payment cards and wallets, mobile operators, and the phone and car makes the
region's notes name (public.yaml: "Оптима", "Элкарт", "Samsung", "Тойота Эстима"; a card's brand
right before its number: "Humo 9860 …", "корти Алиф 5058 …") are things, no
one: they stay beside a card number, a phone or a plate, and the person named beside them is still
removed. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Стипендию переводить на карту 4169 5853 1122 0457 (Оптима), не на Элкарт.", "Оптима"),
        ("Стипендию переводить на карту 4169 5853 1122 0457 (Оптима), не на Элкарт.", "Элкарт"),
        ("В зале забыли телефон: Samsung чёрный, с трещиной.", "Samsung"),
        ("Водитель приедет на машине Тойота Эстима, белой.", "Тойота Эстима"),
        ("Папасы Хонда Фит айдайт, таксист.", "Хонда"),
        ("Көлік нөмірі 512 BCA 08, ақ Приора. Сол көлікпен келген.", "Приора"),
        ("Рақами мошин 1234 AB 03, Опели сафед.", "Опели"),
        ("Oq Gentra, raqami 01 A 123 BC, maktab oldida turadi.", "Gentra"),
        # a card's brand right before its number (Humo is a given name too)
        ("Yo'l haqi qaytarildi: Humo 9860 1201 3345 8876, 40 ming so'm.", "Humo"),
        ("Jol aqysy: Sanjarǵa Uzcard 8600 5409 1122 3378 arqyly jiberdim.", "Uzcard"),
        ("Пули роҳ: Корти Миллӣ 9762 0000 4418 2270, 100 сомонӣ.", "Корти Миллӣ"),
        ("Ба Фарҳод роҳкиро, корти Алиф 5058 2701 3346 9912.", "Алиф"),
    ],
)
def test_the_brand_stays(text: str, thing: str) -> None:
    assert not touched(text, thing), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Карта Оптима на имя Сыдыкова Айбека, 4169 5853 1122 0457.", "Сыдыкова Айбека"),
        ("Водитель Токтогулов Нурбек, машина Тойота Камри.", "Токтогулов Нурбек"),
        ("Humo keldi, ertaga gaplashamiz.", "Humo"),  # a girl, with no card number after her name
        ("Jol aqysy: Sanjarǵa Uzcard 8600 5409 1122 3378 arqyly jiberdim.", "Sanjarǵa"),
    ],
)
def test_the_person_beside_it_is_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("На встрече был журналист из Азаттыка, снимал только руки.", "Азаттыка"),
        ("Деньги перевёл на Оптиму, а не на Мбанк.", "Оптиму"),
        ("Сим-карту Мегакома потерял, номер сменился.", "Мегакома"),
    ],
)
def test_a_public_word_in_a_case_stays(text: str, thing: str) -> None:
    # a public phrase of one word is read in its case forms too
    assert not touched(text, thing), removed(text)

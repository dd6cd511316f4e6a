"""Kyrgyzstan's banks, payment cards and wallets, mobile operators, and the phone and car makes the
region's notes name (public.yaml: "Оптима", "Элкарт", "Samsung", "Тойота Эстима") are things, no
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
    ],
)
def test_the_brand_stays(text: str, thing: str) -> None:
    assert not touched(text, thing), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Карта Оптима на имя Сыдыкова Айбека, 4169 5853 1122 0457.", "Сыдыкова Айбека"),
        ("Водитель Токтогулов Нурбек, машина Тойота Камри.", "Токтогулов Нурбек"),
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

"""Phones the shapes miss, from how notes are typed, not from any note:
- said in words, as a note dictated by voice writes it ("номер восемь семьсот семь два ноль ноль
  сорок пять шестьдесят семь", "plus nine nine six …"): as many digits as a phone of the region has,
  beginning as one does; not a count, a list of numbers or a sum in words;
- typed after a phone's own label with a digit too many or too few for the shapes ("тел 0770 128 45
  63"); not a service number after it ("тел. 150"), nor a number after the phone's full stop.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def phones_in(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer((), use_ner=False).detect(text) if s.kind is Kind.PHONE]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "позвонить в среду номер восемь семьсот семь два ноль ноль сорок пять шестьдесят семь сказать",
            "восемь семьсот семь два ноль ноль сорок пять шестьдесят семь",
        ),
        (
            "Плюс семь семьсот один двести тридцать четыре пятьдесят шесть семьдесят восемь, звонить вечером",
            "Плюс семь семьсот один двести тридцать четыре пятьдесят шесть семьдесят восемь",
        ),
        ("его номер ноль пятьсот пятьдесят пять, двенадцать, тридцать четыре, пятьдесят шесть", None),
        ("his number is zero five five five one two three four five six, call him", None),
    ],
)
def test_a_phone_said_in_words_is_removed(text: str, phone: str | None) -> None:
    found = phones_in(text)
    assert len(found) == 1, found
    if phone is not None:
        assert found[0] == phone


@pytest.mark.parametrize(
    "text",
    [
        "посчитали хором: один, два, три, четыре, пять, шесть, семь, восемь, девять",
        "Пришло двадцать пять человек, сорок минут говорили, потом ещё десять минут чай.",
        "в группе двенадцать, в другой пятнадцать, в третьей восемь, всего тридцать пять",
        "we counted one two three four five and started",
        "сто двадцать пять тысяч тенге",
    ],
)
def test_numbers_in_words_that_are_no_phone_stay(text: str) -> None:
    assert phones_in(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Апасы Гүлмира эже, тел 0770 128 45 63. Кара-Суу айылы", "0770 128 45 63"),
        ("мама, телефон: 8 701 234 567, звонить вечером", "8 701 234 567"),
    ],
)
def test_a_number_after_a_phones_label_is_a_phone_whatever_its_length(text: str, phone: str) -> None:
    assert phone in phones_in(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("тел. 150 или 1409, если что", "150"),
        ("тел 93 512 44 08. 1414 тоже дала", "1414"),
        ("телефон доверия 111", "111"),
    ],
)
def test_a_service_number_after_a_label_or_a_phone_stays(text: str, kept: str) -> None:
    assert not any(kept in phone for phone in phones_in(text))

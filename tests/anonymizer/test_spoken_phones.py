"""Phones the shapes miss, from how notes are typed, not from any note: said in words, as a note
dictated by voice writes it ("номер восемь семьсот семь два ноль ноль сорок пять шестьдесят семь",
"plus nine nine six …"), some groups in digits ("… семьсот семь 610 735"): as many digits as a
phone of the region has, beginning as one does; not a count, a list of numbers or a sum in words."""

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
        # "семьсот ноль пять": a group of three with a zero in the middle, as "705" is read aloud
        (
            "она дала номер восемь семьсот ноль пять три три три двадцать два десять и попросила",
            "восемь семьсот ноль пять три три три двадцать два десять",
        ),
        ("his number is zero five five five one two three four five six, call him", None),
        # some groups said, some written in digits by the software
        (
            "маме Даниэля плюс девятьсот девяносто шесть пятьсот пятьдесят 318 904 завтра",
            "плюс девятьсот девяносто шесть пятьсот пятьдесят 318 904",
        ),
        (
            "тренер дал 0555 двенадцать сорок восемь девятнадцать вечером",
            "0555 двенадцать сорок восемь девятнадцать",
        ),
        # a typed phone and number words after it: the typed phone alone
        ("позвонила на 8 705 318 22 90 два раза, три дня назад", "8 705 318 22 90"),
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
        "в 2019 году пришли двадцать пять человек и 30 родителей и сорок детей",
    ],
)
def test_numbers_in_words_that_are_no_phone_stay(text: str) -> None:
    assert phones_in(text) == []

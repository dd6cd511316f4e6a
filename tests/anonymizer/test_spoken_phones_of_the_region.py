"""Phones dictated in Kazakh, Kyrgyz, Uzbek and Tajik, as a voice note writes them: the numbers of
data/spoken_numbers.yaml read as Russian and English ones are ("жеті жүз" is 700 as "семьсот" is,
"он бир" 11, Tajik "сию ду" 32). After a word for a phone, 7 digits are enough (a city's line, or
a mobile whose dictation lost a group); without one, a phone's length and first digit are needed.
Not counts, ages or sums said in those languages. Cases written from how such notes sound, not
taken from any corpus."""

from __future__ import annotations

import pytest

from facilitator.anonymizer import spoken
from tests.anonymizer.test_spoken_phones import phones_in


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # Kazakh: 8 707 245 61 30
        (
            "анасының нөмірі сегіз жеті жүз жеті екі жүз қырық бес алпыс бір отыз, кешке хабарласу",
            "сегіз жеті жүз жеті екі жүз қырық бес алпыс бір отыз",
        ),
        # Kyrgyz, no cue: 0 555 12 40 77
        (
            "бул жигиттин агасы ноль беш жүз элүү беш он эки кырк жетимиш жети ошого жазып кой",
            "ноль беш жүз элүү беш он эки кырк жетимиш жети",
        ),
        # Uzbek in Latin letters, typed with ʻ and ’: 90 911 23 45
        (
            "otasining raqami toʻqson toʻqqiz yuz oʻn bir yigirma uch qirq besh, ertaga",
            "toʻqson toʻqqiz yuz oʻn bir yigirma uch qirq besh",
        ),
        (
            "telefoni to’qson bir to’rt yuz o’ttiz ikki ellik olti yetmish sakkiz, kechqurun",
            "to’qson bir to’rt yuz o’ttiz ikki ellik olti yetmish sakkiz",
        ),
        # Uzbek in Cyrillic letters: 93 512 34 56
        (
            "онасининг рақами тўқсон уч беш юз ўн икки ўттиз тўрт эллик олти",
            "тўқсон уч беш юз ўн икки ўттиз тўрт эллик олти",
        ),
        # Tajik, tens and hundreds joined with -у/-ю: 918 36 42 55
        (
            "рақами модараш нӯҳсаду ҳаждаҳ сию шаш чилу ду панҷоҳу панҷ ба ӯ занг задан лозим",
            "нӯҳсаду ҳаждаҳ сию шаш чилу ду панҷоҳу панҷ",
        ),
        # a city's line of 7 digits after "номери": 2 45 67 89
        (
            "апасынын үй номери эки кырк беш алтымыш жети сексен тогуз",
            "эки кырк беш алтымыш жети сексен тогуз",
        ),
    ],
)
def test_a_phone_said_in_the_regions_languages_is_removed(text: str, phone: str) -> None:
    assert phones_in(text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "он эки бала келди, беш кыз, үч мугалим",  # twelve boys, five girls, three teachers
        "бір, екі, үш, төрт деп санадық та ойынды бастадық",  # counting to four
        "жиырма бес жігіт, он бес қыз, екі жүз теңге жарна",  # 25 boys, 15 girls, 200 tenge
        "bir ikki uch toʻrt besh deb sanadik",  # counting to five
        "ду се чор панҷ нафар омаданд",  # two, three, four, five people came
        "телефонда бир эки үч төрт беш деп санап берди",  # after "телефон", a count of 5 digits
    ],
)
def test_counts_in_the_regions_languages_stay(text: str) -> None:
    assert phones_in(text) == []


def test_a_word_with_two_values_is_refused() -> None:
    """The table is data: a word given two values in two languages would read one phone two ways."""
    with pytest.raises(ValueError, match="бир"):
        spoken._neighbours({"kk": {"units": {"бир": 1}}, "ky": {"units": {"бир": 2}}})


def test_the_shipped_table_reads() -> None:
    parts = spoken._neighbours(spoken._table())
    assert parts["hundred"]["жүз"] == 100 and parts["tens"]["сию"] == 30 and parts["units"]["to'rt"] == 4

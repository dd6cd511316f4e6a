"""A date of birth after a cue written short ("b. 2007", "д.р. 03.11.2006") goes with its cue, as
"2006 г.р." does, and "b." is a lower-case letter (a capital "B." is a plan's or a group's letter);
a birth certificate's series is a Roman numeral and two letters before its number ("I-ЖП 0456123").
Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import removed, touched


def found(text: str, kind: Kind) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer(use_ner=False).detect(text) if s.kind is kind]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Forms signed: Aidos (b. 2007), Samat (b. 03.09.2006).", "b. 2007"),
        ("Forms signed: Aidos (b. 2007), Samat (b. 03.09.2006).", "b. 03.09.2006"),
        ("Eldor, b. 2005, lives with his aunt.", "b. 2005"),
    ],
)
def test_a_date_after_b_dot_goes_with_its_cue(text: str, part: str) -> None:
    assert part in found(text, Kind.BIRTHDATE), removed(text)


def test_a_capital_b_is_no_cue_of_birth() -> None:
    text = "We split into group A and group B. 2006 was the year the centre opened."
    assert not touched(text, "2006"), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Свидетельство о рождении: II-ЖТ 0318842, выдано в Шымкенте.", "II-ЖТ 0318842"),
        ("Туу күбөлүгү IV-ОШ № 205117 апасында.", "IV-ОШ № 205117"),
    ],
)
def test_a_birth_certificate_series_is_part_of_the_document(text: str, part: str) -> None:
    assert part in found(text, Kind.DOCUMENT), removed(text)


def test_a_roman_numeral_before_a_word_is_no_document() -> None:
    text = "Этап II-ой прошёл, 12 человек, 3 группы по 4."
    assert not found(text, Kind.DOCUMENT)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # Kyrgyz "жылы туулган" written short, glued to the year by a hyphen as the year's ending is
        ("Тизме: Асанов Бекзат, AN1234567, 2009-ж.т.; Токтогулов Эрмек.", "2009-ж.т."),
        ("Бекзат (2006 ж.т.) келбеди.", "2006 ж.т."),
        # Russian "г.р." typed in Latin letters
        ("tolik sadykov, 2006 g.r., zhivet s babushkoi", "2006 g.r."),
    ],
)
def test_a_year_with_its_short_cue_in_kyrgyz_and_latin_russian(text: str, part: str) -> None:
    assert part in found(text, Kind.BIRTHDATE), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # Tajik "соли таваллуд" (year of birth) written short after the year, as "г.р." is
        ("Иштирокчии нав: Раҳмон Саидов (2008 с.т.), аз деҳаи боло.", "2008 с.т."),
        ("Фирӯз, 2005 с.т., бо бибиаш зиндагӣ мекунад.", "2005 с.т."),
    ],
)
def test_a_year_with_the_tajik_short_cue_after_it(text: str, part: str) -> None:
    assert part in found(text, Kind.BIRTHDATE), removed(text)

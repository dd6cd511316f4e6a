"""Dates of birth typed short: a two-digit year right after a birth cue ("д.р. 30.08.07"), and a
month in Roman numerals ("5.VII.2007", any full date being a date of birth here). A two-digit
date with no cue is not one ("счёт 12.03.24", a version "1.2.10")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False, language="ru")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("человек пришёл, д.р. 30.08.07, тел потом", "30.08.07"),
        ("д.р. 07/11/06, живёт у тёти", "07/11/06"),
        ("дата рождения: 3-4-08", "3-4-08"),
        ("date of birth 12/03/07, calls at night", "12/03/07"),
        ("tuğan küni 12.03.08 dep aitty", "12.03.08"),
        ("týǵan kúni: 01.02.09", "01.02.09"),
        ("родилась 5.vii.2007, живут у бабушки", "5.vii.2007"),
        ("born 14.XI.2006 in the village", "14.XI.2006"),
    ],
)
def test_a_short_or_roman_date_of_birth_is_removed(anonymizer: Anonymizer, text: str, date: str) -> None:
    spans = anonymizer.detect(text)
    at = text.index(date)
    assert any(s.kind is Kind.BIRTHDATE and s.start <= at and at + len(date) <= s.end for s in spans), spans


@pytest.mark.parametrize(
    "text",
    ["счёт 12.03.24 оплачен", "в 10.30 встретились", "version 1.2.10 installed", "занятие 12.03.26 в 15:00"],
)
def test_a_short_date_with_no_birth_cue_stays(anonymizer: Anonymizer, text: str) -> None:
    assert anonymizer.anonymize(text) == text

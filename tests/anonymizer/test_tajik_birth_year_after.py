"""The Tajik "с.т." (соли таваллуд, year of birth) is typed before the year and after it ("Фаррух -
2007 с.т., аз Хатлон"): both are a date of birth; a year with no cue stays. Sentences written for
this test from general knowledge."""

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import covered, removed, touched


def test_a_year_before_the_short_cue_is_a_date_of_birth() -> None:
    text = "Фаррух - 2007 с.т., аз Хатлон, нав омад."
    assert covered(text, "2007 с.т."), removed(text)
    assert any(s.kind is Kind.BIRTHDATE for s in Anonymizer([], use_ner=False).detect(text))


def test_a_year_without_the_cue_stays() -> None:
    text = "Соли 2007 мактаб сохта шуд."
    assert not touched(text, "2007"), removed(text)

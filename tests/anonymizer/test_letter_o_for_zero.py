"""A letter O (Latin or Cyrillic) typed for a zero between two digits is read as the digit, so the
phone is found whole ("8 7О1 555 12 34"); a word's O stays a letter. Sentences written for this test."""

from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import covered
from tests.helpers.found_names import rules_anonymizer


def test_a_phone_with_a_letter_o_for_a_zero_is_removed_whole() -> None:
    text = "Нағашысының нөмірі 8 7О1 555 12 34, кешке хабарласу."
    assert covered(text, "8 7О1 555 12 34")
    assert [s.kind for s in rules_anonymizer().detect(text)] == [Kind.PHONE]


def test_a_latin_o_between_digits_in_a_phone_too() -> None:
    assert covered("call his dad on +7 7O7 312 45 90 after six", "+7 7O7 312 45 90")

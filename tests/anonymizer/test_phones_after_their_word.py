"""A phone typed with a digit too many or too few for its country's shape, right after the word
"phone" ("тел 0770 128 45 63": a Kyrgyz mobile with an extra digit): removed as a phone, the word
saying what it is (issue #12, twelfth recall round). Not a number the word does not stand right
before, nor a short number after it, nor a service number after the phone."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import rules_anonymizer


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in rules_anonymizer().detect(text) if s.kind is not Kind.NAME]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Апасы Гүлмира эже, тел 0770 128 45 63. Кара-Суу айылы.", "0770 128 45 63"),
        ("Телефон: 8 701 555 123, кешке хабарласу.", "8 701 555 123"),  # a digit too few
        ("his phone 0555 12 34 567 (maybe wrong)", "0555 12 34 567"),
        ("Модараш, телефони 0918 45 67 890.", "0918 45 67 890"),
    ],
)
def test_a_misshapen_number_right_after_the_word_phone_is_a_phone(text: str, phone: str) -> None:
    assert phone in _removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("тел +998 93 512 44 08. 1414 ga qo'ng'iroq qilishni aytdim.", "1414"),  # a helpline after it
        ("Телефон 2024 жылы сынды.", "2024"),  # a year
        ("Телефонда 150 нөмірін сақтадық.", "150"),
        ("Бөлме 0770 128 45 63 деген код.", "0770 128 45 63"),  # no word "phone" before it
    ],
)
def test_other_numbers_near_the_word_phone_stay(text: str, kept: str) -> None:
    assert not any(kept in removed for removed in _removed(text))

"""A Russian internal passport is a document; a 12-digit Uzbek phone typed without "+" is a phone,
not an IIN, and so is one dialled at home with the old 8 ("8 93 512-40-77"); ordinary numbers
stay."""

import pytest

from facilitator.anonymizer.patterns import find_patterns
from facilitator.anonymizer.spans import Kind, resolve


def kinds(text: str) -> dict[str, Kind]:
    return {text[s.start : s.end]: s.kind for s in resolve(list(find_patterns(text)))}


@pytest.mark.parametrize("number", ["45 12 345678", "4512 345678"])
def test_a_russian_internal_passport_is_a_document(number: str) -> None:
    assert kinds(f"russian guest, passport {number}, dob later") == {number: Kind.DOCUMENT}
    assert kinds(f"паспорт {number}") == {number: Kind.DOCUMENT}


def test_an_uzbek_phone_without_plus_is_a_phone_and_an_iin_stays_an_iin() -> None:
    assert kinds("jasur 998971234567, otabek") == {"998971234567": Kind.PHONE}
    assert kinds("ИИН 990101350123") == {"990101350123": Kind.IIN}


@pytest.mark.parametrize(
    "text",
    ["в 2024 году 12 345678 руб", "сессии 12 и 13, 2025 год", "счёт 2024 12 345 678", "до 45 12 345678 9"],
)
def test_ordinary_numbers_are_no_passport(text: str) -> None:
    assert Kind.DOCUMENT not in kinds(text).values()


@pytest.mark.parametrize("number", ["8 93 512-40-77", "8 (99) 870-11-23", "8 88 1234567", "8 90-401 22 18"])
def test_an_uzbek_phone_dialled_at_home_with_8_is_a_phone(number: str) -> None:
    """Uzbekistan dialled at home as it was until 2021: 8, the operator's two digits, seven digits."""
    assert kinds(f"onasining raqami {number}, kechqurun") == {number: Kind.PHONE}


def test_ten_digits_after_8_that_are_no_uzbek_operator_stay_what_they_were() -> None:
    assert Kind.PHONE not in kinds("в 2019 году 8 512 40 77 1").values()

"""A local number whose trunk 0 is typed apart ("0 918 12 34 56"), a WhatsApp link to a number
("wa.me/996700123456": the link is the phone), and a date right after a time of day ("[08:15,
03.02.2025]", a messenger's stamp): when a message was written, no date of birth."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False)


def _covered(anonymizer: Anonymizer, text: str, part: str, kind: Kind) -> bool:
    at = text.index(part)
    return any(s.kind is kind and s.start <= at and at + len(part) <= s.end for s in anonymizer.detect(text))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Падари Сино — 0 935 44 21 07, бегоҳ", "0 935 44 21 07"),
        ("апасынын номери 0 700 123 456 экен", "0 700 123 456"),
        ("звонить маме: 0 550 12-34-56", "0 550 12-34-56"),
    ],
)
def test_a_trunk_zero_typed_apart_is_a_phone(anonymizer: Anonymizer, text: str, phone: str) -> None:
    assert _covered(anonymizer, text, phone, Kind.PHONE)


@pytest.mark.parametrize("text", ["счёт 0 1 2 3 4 5 6 7 8 9", "ответы: 0 123 4"])
def test_digits_after_a_zero_are_no_phone_by_that_alone(anonymizer: Anonymizer, text: str) -> None:
    assert not [s for s in anonymizer.detect(text) if s.kind is Kind.PHONE]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("пишите в ватсап wa.me/996700123456 после шести", "wa.me/996700123456"),
        ("contact: https://wa.me/77051112233.", "https://wa.me/77051112233"),
    ],
)
def test_a_whatsapp_link_to_a_number_is_a_phone_whole(anonymizer: Anonymizer, text: str, link: str) -> None:
    assert _covered(anonymizer, text, link, Kind.PHONE)


@pytest.mark.parametrize(
    "text",
    [
        "[08:15, 03.02.2025] Мама: не придёт сегодня",
        "21:40 17.11.2024 — sent the list",
        "в 9:05, 01.12.2025 звонили",
    ],
)
def test_a_date_after_a_time_of_day_is_no_date_of_birth(anonymizer: Anonymizer, text: str) -> None:
    assert not [s for s in anonymizer.detect(text) if s.kind is Kind.BIRTHDATE]


def test_a_date_of_birth_with_its_cue_stays_one_after_a_time(anonymizer: Anonymizer) -> None:
    text = "запись 10:20, дата рождения 03.02.2009"
    assert _covered(anonymizer, text, "03.02.2009", Kind.BIRTHDATE)

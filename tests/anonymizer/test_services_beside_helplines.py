"""A quoted name given side by side with a helpline's three digits is a service the facilitator
gave, no person (general knowledge of how referrals are noted, not from any notes): "дала «Мейірім»
и 150", "gave him 111 and 'Umid'". A quoted name before a number that counts something stays a
person ("«Марат» и 123 раза")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import language_anonymizer


def names_in(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in language_anonymizer(language).detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("После круга дала «Мейірім» и 150, обещал позвонить.", "ru"),
        ("Записала ему 112 и «Айгерим», на всякий случай.", "ru"),
        ("gave him 111 and 'Umid' before he left", "en"),
    ],
)
def test_a_quoted_name_beside_a_helpline_is_a_service(text: str, language: str) -> None:
    assert names_in(text, language) == []


def test_a_quoted_name_beside_a_count_stays_a_person() -> None:
    assert "Марат" in names_in("Асель сказала «Марат» и 123 раза повторила.", "ru")

"""A dormitory told by its college's word in an owner's form or by its number right before its word
("kollej yotoqxonasi, 4-qavat, 412-xona", "колледждин жатаканасы, 2-кабат, 214-бөлмө",
"4-jataqhana, 512 bólme") is that dormitory: the owner and the number go with the rest of the
address. A college named in a sentence with no dormitory's address stays. Sentences written for
this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_whole


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Sardor hozir kollej yotoqxonasi, 4-qavat, 412-xona.", "kollej yotoqxonasi"),
        ("Эрмек азыр колледждин жатаканасы, 2-кабат, 214-бөлмө.", "колледждин жатаканасы"),
        ("Nurlan qazir 4-jataqhana, 512 bólme, keshke deiin.", "4-jataqhana"),
    ],
)
def test_the_dormitorys_owner_or_number_goes_with_its_address(text: str, part: str) -> None:
    assert found_whole(text, part, Kind.ADDRESS)


def test_a_college_with_no_dormitorys_address_stays() -> None:
    text = "Sardor kollej talabasi, 2-kurs, yotoqxonada emas."
    assert not found_whole(text, "kollej", Kind.ADDRESS)

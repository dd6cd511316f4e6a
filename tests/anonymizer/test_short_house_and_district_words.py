"""The short words of an address as typed: Tajik "х." for a house after its street ("кӯч. Сино 12,
х. 4"), Kazakh Latin "sha.a." for a micro-district ("Samal sha.a., 7-úı"). Sentences written for this
test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Суроға: кӯч. Сино 12, х. 4, модараш розӣ аст.", "кӯч. Сино 12, х. 4"),
        ("Mekenjaıy: Samal sha.a., 7-úı, 33-páter.", "Samal sha.a., 7-úı, 33-páter"),
    ],
)
def test_a_short_word_of_an_address_goes_with_it(text: str, address: str) -> None:
    assert any(address in found for found in found_as(text, Kind.ADDRESS))

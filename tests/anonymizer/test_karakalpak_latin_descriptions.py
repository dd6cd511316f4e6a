"""The only one in a village, typed in Karakalpak's Latin letters (ı for ы, w for у: "awıldaǵı
jalǵız"), singles out as in Kazakh's ("aýyldaǵy jalǵyz"); the village's words are address words
("Qızıl-Tuw awılı"). Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Aydostıń ákesi awıldaǵı jalǵız temir ustası, hámme biledi.", "jalǵız temir ustası"),
        ("Onıń anası Kegeyli rayonındaǵı awıldaǵı jalǵız muǵallim.", "jalǵız muǵallim"),
    ],
)
def test_the_only_one_in_a_karakalpak_village_is_described(text: str, inside: str) -> None:
    assert any(inside in part for part in found_as(text, Kind.QUASI)), found_as(text, Kind.QUASI)


def test_a_karakalpak_villages_word_joins_its_address() -> None:
    text = "Úyleri: Qızıl-Tuw awılı, Berdaq kóshesi 14."
    assert any("Qızıl-Tuw awılı" in part for part in found_as(text, Kind.ADDRESS)), found_as(
        text, Kind.ADDRESS
    )

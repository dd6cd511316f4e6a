"""A city's whole name with a case ending after a word for a relative ("әпкесі Алматыда тұрады": his
sister lives in Almaty) is the city, though a shorter given name reads in it (Алмат and "-ыда");
a name's own case after a verb of giving ("вернуть Алмату") is still the person. Sentences written
for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Әлихан әпкесінің күйеуі оны ұратынын айтты. әпкесі Алматыда тұрады.", "Алматыда"),
        ("інісі Шымкенттен келді, анасы ауырып жатыр.", "Шымкенттен"),
    ],
)
def test_the_city_stays(text: str, place: str) -> None:
    assert not touched(text, place), removed(text)


def test_a_name_in_its_own_case_is_still_removed() -> None:
    text = "Надо вернуть Алмату 3 тыс до пятницы."
    assert covered(text, "Алмату"), removed(text)

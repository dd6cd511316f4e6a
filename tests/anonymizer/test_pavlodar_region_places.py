"""Settlements of the Pavlodar region's Ekibastuz and Aksu districts and the Khorgos border crossing
(region_places.txt) stay in any case form and spelling: "с Шидерты", "Bozshakólde", "Қорғастан"; a
person named beside them is still removed. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Опоздал, сказал «на автобусе с Шидерты».", "Шидерты"),
        ("Ákesi Bozshakólde kenishte jumys isteıdi.", "Bozshakólde"),
        ("Әкем Қытайға жүк тасиды, Қорғастан өтеді.", "Қорғастан"),
        ("Половина группы уехала в Бозшаколь на турнир, сессию перенесли.", "Бозшаколь"),
    ],
)
def test_the_regions_places_stay(text: str, place: str) -> None:
    assert not touched(text, place), removed(text)


def test_a_person_beside_one_is_removed() -> None:
    text = "Шідертіде Ерболатты көрдім, ағасы шахтада істейді."
    assert covered(text, "Ерболатты"), removed(text)

"""Villages round Kentau and Turkistan and in the Pamirs are places, in their case forms and Latin
spellings, where a note tells where a bus comes from or where a boy is from ("автобус Хантағыдан
келмеді", "Jasur (Shornaqtan) ozbekshe soiledi", "ребята из Байылдыра"). Sentences written for this test
from general knowledge of the region, not taken from any corpus note."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Бекзат бүгін кешікті, автобус Хантағыдан келмеді.", "Хантағыдан"),
        ("Jasur (Shornaqtan) ozbekshe soiledi, Erasyl audaryp berdi.", "Shornaqtan"),
        ("Ребята из Байылдыра приехали на школьном автобусе.", "Байылдыра"),
        ("Имрӯз бачаҳо аз Рошорв омаданд, роҳ дароз буд.", "Рошорв"),
    ],
)
def test_a_village_of_the_region_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

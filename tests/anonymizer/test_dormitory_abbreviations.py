"""A dormitory written short ("общ. №3", "общеж. 5") is a dormitory of the address, with the room
before or after it; the same letters opening another word ("Общ. собрание") stay. Sentences written
for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Живёт в общ. №5, комн. 12, просил не звонить родителям.", "общ. №5, комн. 12"),
        ("Адрес: комната 318, общеж. №2.", "комната 318, общеж. №2"),
    ],
)
def test_a_dormitory_written_short_is_part_of_the_address(text: str, address: str) -> None:
    assert covered(text, address), removed(text)


def test_the_abbreviation_of_another_word_stays() -> None:
    text = "Общ. собрание группы в пятницу в 5."
    assert not touched(text, "Общ. собрание"), removed(text)

"""A floor and a room are a dormitory's room, an address, when the dormitory's word stands before
them in the sentence, a few words away or in a case ending ("jataqhanaǵa kóshti, 4-qabat,
412-bólme", "Жатақхананың коменданты 2-қабаттағы 214-бөлмеде …"); with no dormitory named they
are a room of the building the session is in, and stay. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Dáýren jataqhanaǵa kóshti, 4-qabat, 412-bólme. Ákesi bilmeıdi.", "4-qabat, 412-bólme"),
        ("Жатақхананың тәрбиешісі айтты: 2-қабаттағы 214-бөлмеде темекі шегеді.", "2-қабаттағы 214-бөлмеде"),
    ],
)
def test_a_room_after_a_dormitory_named_in_the_sentence_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_a_room_of_the_building_with_no_dormitory_stays() -> None:
    assert not touched("Сессия колледжде өтті, 2-қабат, 214-бөлме, 12 жігіт.", "214-бөлме")

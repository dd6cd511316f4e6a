"""A room in a dormitory is where someone lives: a room or a flat with its number where the sentence
has put someone in a dormitory ("lives in the dorm of the sports college, room 318"), a block by its
letter before a room ("block C, room 27"), and KazNU's "ДС" (дом студентов) as a dormitory's word.
A numbered room with no dormitory in its sentence is where the session met, and stays. Sentences
written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_addresses_region import address_touched
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Daniyar lives in the dorm of the sports college, room 318, and is scared of the seniors.",
            "room 318",
        ),
        ("Парни из общаги (комн. 214) опять пришли без ужина, покормили их.", "комн. 214"),
        ("Ол колледж жатақханасында тұрады, бөлме 206, анасы ауылда.", "бөлме 206"),
        ("Жалоба от соседей: в общежитии строителей, кв. 12 по ночам крики.", "кв. 12"),
    ],
)
def test_a_room_in_a_sentence_about_a_dormitory_is_an_address(text: str, address: str) -> None:
    assert any(address in found for found in found_as(text, Kind.ADDRESS))


def test_the_dormitory_close_before_its_room_goes_with_it() -> None:
    text = "Daniyar lives in the dorm of the sports college, room 318, and is scared of the seniors."
    assert "dorm of the sports college, room 318" in found_as(text, Kind.ADDRESS)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Asror stays in block C, room 27 since October.", "block C, room 27"),
        ("Живёт в общежитии, блок А, комната 105, сосед курит.", "блок А, комната 105"),
        ("Фирӯз дар блоки Б, ҳуҷраи 33 зиндагӣ мекунад.", "блоки Б, ҳуҷраи 33"),
    ],
)
def test_a_block_by_its_letter_goes_with_its_room(text: str, address: str) -> None:
    assert any(address in found for found in found_as(text, Kind.ADDRESS))


def test_kaznus_student_house_is_a_dormitory() -> None:
    text = "Ерасыл живёт в ДС-7, комната 512, к нему можно зайти после пар."
    assert any("ДС-7, комната 512" in found for found in found_as(text, Kind.ADDRESS))


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("Тренинг в комнате 3, начало в 18:00, пришли 14 парней.", "комнате 3"),
        ("Next session: Thursday, room 12 at the youth centre.", "room 12"),
        ("Келесі кездесу бөлме 204, сағат 15:00.", "бөлме 204"),
    ],
)
def test_a_room_with_no_dormitory_in_its_sentence_stays(text: str, room: str) -> None:
    assert not address_touched(text, room)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Қоян мен Бүркіт 117-бөлмеде тұрады, екеуі де 8-сыныпта.", "117-бөлмеде"),
        ("Nodir lives in room 209 with his cousin.", "room 209"),
    ],
)
def test_a_room_someone_lives_in_is_an_address(text: str, address: str) -> None:
    assert any(address in found for found in found_as(text, Kind.ADDRESS))

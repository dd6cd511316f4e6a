"""A room told of a person after a comma, to the clause's end, is where he lives ("Новенький: Хуршед,
1 курс, комн. 402.", "(Shahrom Rahimov, 2nd year, room 118)"), and so is a room before a bracket that
names its people ("в комнате 214 (Сапаров Е., Тошматов Ш.)"). A session's room after a town or a
word of the dictionary stays ("Rishton, 2-maktab, 14-xona", "Тренинг, 2 этаж, комн. 305"). Sentences
written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("Новенький: Бекжан, 2 курс, комн. 318.", "комн. 318"),
        ("Same boy as last week (Davron Yusupov, 1st year, room 207).", "room 207"),
        ("Комендант жалуется: в комнате 109 (Исмоилов Ф., Рашидов Б.) курили.", "комнате 109"),
    ],
)
def test_a_room_told_of_a_person_or_before_people_is_an_address(text: str, room: str) -> None:
    assert room in found_as(text, Kind.ADDRESS)


@pytest.mark.parametrize(
    "text",
    [
        "Rishton, 2-maktab, 14-xona. Choy va non olib keldik.",
        "Тренинг, 2 этаж, комн. 305. Начало в 15:00.",
    ],
)
def test_a_sessions_room_after_a_town_or_a_word_stays(text: str) -> None:
    assert found_as(text, Kind.ADDRESS) == []

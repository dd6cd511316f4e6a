"""A note that names a dormitory makes its rooms addresses beyond the sentence: a list of rooms, each
opening a line under a dormitory's heading ("Жатакана, 2-кабат:\\nкомн. 214 — …"), and a room's number
alone after a verb of living ("в общаге … Он живёт в 415"). Tajik "хобгох" (typed without ҳ) is a
dormitory's word. A list of rooms in a note with no dormitory, a number of years or of kilometres
stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as, found_whole


@pytest.mark.parametrize(
    ("text", "rooms"),
    [
        (
            "Общага колледжа, 2 этаж — кто записался:\nкомн. 214 — Ильяс, Данияр\nкомн. 218 — Ержан",
            ["комн. 214", "комн. 218"],
        ),
        ("Бехруз: в общаге старшие забирают деньги. Он живёт в 415. Просил не говорить.", ["в 415"]),
        ("Рӯйхати хобгох:\nхобгох 207 — Фирдавс, Умед\nхобгох 209 — Комрон", ["хобгох 207", "хобгох 209"]),
    ],
)
def test_rooms_in_a_note_that_names_a_dormitory_are_addresses(text: str, rooms: list[str]) -> None:
    assert all(found_whole(text, room, Kind.ADDRESS) for room in rooms)


@pytest.mark.parametrize(
    "text",
    [
        "План на субботу:\nкомн. 12 — презентация\nкомн. 14 — чай и печенье",
        "В общаге места нет, семья живёт в 120 км от Кулоба.",
        "В общаге с осени. Живёт в 2019 году купленном доме у дяди.",
    ],
)
def test_rooms_with_no_dormitory_and_other_numbers_stay(text: str) -> None:
    assert found_as(text, Kind.ADDRESS) == []

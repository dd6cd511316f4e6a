"""A room someone lives in is an address: a room with its number, maybe its block, in the bracket
after a person's name ("Фаридун (ҳуҷраи 412, блоки Б)", "Komron (Room 521, Block V)"), and a Tajik
room with its number ("аз ҳуҷраи 209"), where students live in a dormitory. A session's room stays:
after a word of the dictionary ("Тренинг (room 3)"), a thing in a room ("дар ҷевони ҳуҷраи 12": in the
room's cupboard), a room that is free or taken ("ҳуҷраи 7 банд аст"). Sentences written for this
test from general knowledge."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


def addresses(text: str) -> list[str]:
    return found_as(text, Kind.ADDRESS)


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("Фаридун (ҳуҷраи 412, блоки Б) гуфт, ки ҳамҳуҷрааш ӯро масхара мекунад.", "ҳуҷраи 412, блоки Б"),
        ("Хуршед (новенький, комн. 402) — просил не писать про отца.", "комн. 402"),
        ("Komron (Room 521, Block V) is organising a football match.", "Room 521, Block V"),
        ("Полвон (Шарипов Акмал, 4 блок, к. 205) — самый крупный в группе.", "4 блок, к. 205"),
        ("Ҳамсояаш — Бахтовар аз ҳуҷраи 209. Бояд ҳал кард.", "ҳуҷраи 209"),
        ("Некруз касал, хучраи 108, блоки А. Ман дору харидам.", "хучраи 108, блоки А"),
    ],
)
def test_a_room_someone_lives_in_is_an_address(text: str, room: str) -> None:
    assert room in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Тренинг (room 3) started late, the projector was broken.",
        "Занятие (комната 12) прошло спокойно.",
        "Флипчарт ва маркерҳо дар ҷевони ҳуҷраи 12.",
        "Ба гурӯҳ паём фиристодам, ки 23-юм ҳуҷраи 7 банд аст.",
        "Ерлан (17, 9 класс) бүгін келді.",
    ],
)
def test_a_session_room_or_a_bracket_without_a_room_is_no_address(text: str) -> None:
    assert addresses(text) == []

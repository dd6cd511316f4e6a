"""A room in a dormitory is an address: the dormitory's word or number, its floor and the room
("Жатақхана №2, 3-қабат, 317-бөлме", "Общага, 5 этаж, 507", "TTJ-1, 5-qavat, 514-xonada", "room 412,
TTJ-2"); a floor and a room with no dormitory, street or district are a room of the building the
session is in, and stay ("mádenıet úıi, 2-qabat, 5-bólme"). A word of an address opening a sentence
is no name ("Жатақханада тұрады"). Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Ержан тұрады: Жатақхана №2, 3-қабат, 317-бөлме, бөлмелесі жақсы.",
            "Жатақхана №2, 3-қабат, 317-бөлме",
        ),
        ("Адрес у него такой: Общага, 5 этаж, 507. Соседи шумные.", "Общага, 5 этаж, 507"),
        ("Jataqhana, 5-qabat, 512 — sonda turady.", "5-qabat, 512"),
        ("Manzili: TTJ-1, 5-qavat, 514-xonada yashaydi.", "TTJ-1, 5-qavat, 514-xonada"),
        ("He stays in room 412, TTJ-2, with two others.", "room 412, TTJ-2"),
        ("Суроға: Хобгоҳи №3, ошёнаи 2, ҳуҷраи 214.", "Хобгоҳи №3, ошёнаи 2, ҳуҷраи 214"),
        ("Живёт в мкр-2, дом 5, с бабушкой.", "мкр-2, дом 5"),
    ],
)
def test_a_dormitory_room_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Trening mádenıet úıi, 2-qabat, 5-bólme, saǵat 15:00.", "2-qabat, 5-bólme"),
        ("Mashg'ulot 2-qavat, 15-xona, soat 14 da.", "2-qavat, 15-xona"),
        ("Занятие на 3 этаже, 12 человек пришли.", "3 этаже"),
    ],
)
def test_a_room_of_the_venue_stays(text: str, part: str) -> None:
    at = text.index(part)
    spans = Anonymizer(use_ner=False).detect(text)
    assert not any(s.start < at + len(part) and at < s.end for s in spans), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Жатақханада орын жоқ, ағасының үйінде тұрады.", "Жатақханада"),
        ("Yotoqxonada joy yo'q, amakisinikida yashaydi.", "Yotoqxonada"),
    ],
)
def test_an_address_word_opening_a_sentence_is_no_name(text: str, word: str) -> None:
    assert word not in removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Живёт в общага №5 КНУ, ком. 412, пишет в вотсап.", "общага №5 КНУ, ком. 412"),
        ("Дар хобгоҳи №3 ТНУ, ҳуҷраи 417 зиндагӣ мекунад.", "хобгоҳи №3 ТНУ, ҳуҷраи 417"),
    ],
)
def test_a_dormitory_numbered_with_its_colleges_letters(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

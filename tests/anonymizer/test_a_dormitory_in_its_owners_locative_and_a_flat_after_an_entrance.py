"""A Kyrgyz dormitory's word in its possessive and a case ("жатаканасында": in its dormitory), maybe
after what its college teaches ("агротехникумдун жатаканасында, 2-кабат, 27-бөлмө"), and an Uzbek
one ("yotoqxonasida"), are the address with the floor and room after them; a flat's abbreviation
after an entrance told in words keeps its number ("ул. Гебзе 27, второй подъезд, кв. 9"), and a
floor's segment does not run into the next sentence ("…, 3-кабат. 12 бала келди"). Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Мирлан агротехникумдун жатаканасында, 2-кабат, 27-бөлмө жашайт.",
            "агротехникумдун жатаканасында, 2-кабат, 27-бөлмө",
        ),
        ("Мирлан жатаканасында, 3-кабат, 312-бөлмө жашайт.", "жатаканасында, 3-кабат, 312-бөлмө"),
        ("Dilshod kollej yotoqxonasida, 4-qavat, 412-xona.", "yotoqxonasida, 4-qavat, 412-xona"),
        (
            "Живёт у дяди: ул. Гебзе 27, второй подъезд, кв. 9. Дядя держит шашлычную.",
            "ул. Гебзе 27, второй подъезд, кв. 9",
        ),
    ],
)
def test_the_address_is_removed_whole(text: str, address: str) -> None:
    assert covered(text, address), removed(text)


def test_a_floor_does_not_take_the_next_sentence() -> None:
    text = "Үйү: Ленин көчөсү 45, 3-кабат. 12 бала келди."
    assert not touched(text, "12 бала келди"), removed(text)

"""A street's word cut to its letter and a full stop, after the street's name in Kyrgyz and Kazakh
("Ленин к. 114", "Бейшеналиева к. 5", "Jibek joly k. 14") or before it in Tajik ("к. Рӯдакӣ 112"),
is the address; a name with its surname's initial before a comma is a person, no street ("Даурен К.,
16 лет": the age stays). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Таекесинин үйүнө көчүштү: Ленин к. 114. Атасы билбейт.", "Ленин к. 114"),
        ("Дареги: Ак-Орго ж/м, Бейшеналиева к. 5, апасы менен турат.", "Бейшеналиева к. 5"),
        ("Mekenjaıy: Turan aýdany, Jibek joly k. 14, 7-páter.", "Jibek joly k. 14, 7-páter"),
        ("Адрес барои мактуб: к. Рӯдакӣ 112, дарвозаи сабз.", "к. Рӯдакӣ 112"),
    ],
)
def test_the_street_is_removed(text: str, address: str) -> None:
    assert covered(text, address), removed(text)


def test_an_initial_before_an_age_stays_a_person() -> None:
    text = "Передача кейса координатору. Участник: Даурен К., 16 лет, Жанатас."
    assert not touched(text, "16 лет"), removed(text)

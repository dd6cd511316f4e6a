"""Small places whose names look like a person's, from general knowledge of the region, not from any
notes:
- a district centre spelt like a surname ("Кемин": -ин) is the place, in its case forms too ("из
  Кемина"); a surname made from a place ("Токтогулов", "Кеминов") and a person of that family name
  beside a first name ("Ерлан Кемин") stay people;
- a small place inside a description ("сын единственного нотариуса в Кордае") is the description's:
  the place's name elsewhere in the session ("Кордай (наконец!)") is no person;
- a Russian adjective made from a listed place ("в Таразской группе") is no person; a surname in
  -ский made from no listed place ("Ковальский") is.
"""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_names_in, session_names


@pytest.mark.parametrize(
    "text",
    [
        "Кемин, 12.05. Тема: ревность.",
        "Кемин+Кант+Токмок: 30 человек за месяц.",
        "В отчёте писать «парень из Кемина», без имени.",
    ],
)
def test_a_district_centre_spelt_like_a_surname_is_the_place(text: str) -> None:
    assert model_names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Токтогулов сегодня опоздал.", "Токтогулов"),
        ("Кеминов сегодня опоздал.", "Кеминов"),
        ("Ерлан Кемин сегодня опоздал.", "Ерлан Кемин"),
    ],
)
def test_a_family_name_made_from_a_place_is_a_person(text: str, name: str) -> None:
    assert name in model_names_in(text)


def test_a_place_inside_a_description_is_no_person_of_the_session() -> None:
    notes = [
        "Жаркент (наконец!). 9 человек.",
        "Асхат — сын единственного нотариуса в Жаркенте, его все знают.",
    ]
    assert not any("Жаркент" in name for names in session_names(notes) for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Он самый младший в Таразской группе.",
        "Приехали ребята из Кызылординской области.",
        "Вчера в Каскеленской школе был тренинг.",
    ],
)
def test_an_adjective_made_from_a_place_is_no_person(text: str) -> None:
    assert model_names_in(text) == []


def test_a_surname_in_ski_made_from_no_listed_place_is_a_person() -> None:
    assert "Ковальский" in model_names_in("Вчера Ковальский опять опоздал.")

"""A house told by how it looks is one family's: "көк қақпалы екі қабатты үй", "qizil darvozali uy",
"дом с синей калиткой", "хонаи сафед бо дарвозаи сабз". It takes in the landmark and the place
written right before it and what is said of it after a comma ("…, шатыры қызыл"). A colour and a
house alone need someone living there or something pointing at it ("Белый дом" stays). Sentences
written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as, found_whole


@pytest.mark.parametrize(
    ("text", "house"),
    [
        # Kazakh: a gate and storeys, the village before it, the roof after it
        (
            "Ерболдың анасы Талдыбұлақ ауылында, көк қақпалы екі қабатты үй, шатыры қызыл. Келесі аптада"
            " барамыз.",
            "Талдыбұлақ ауылында, көк қақпалы екі қабатты үй, шатыры қызыл",
        ),
        # Kazakh: a place in the locative, a landmark and the house
        (
            "Нұрасыл Шұбартаудағы диірменнің артындағы сары қақпалы үйде тұрады.",
            "Шұбартаудағы диірменнің артындағы сары қақпалы үйде",
        ),
        # Kyrgyz: a street in the locative, a filling station, the house with its gate
        (
            "Бакыттын чоң апасы Сары-Булак көчөсүндөгү, бензоколонканын жанындагы кызыл дарбазалуу үйдө"
            " жашайт.",
            "бензоколонканын жанындагы кызыл дарбазалуу үйдө",
        ),
        # Uzbek Latin: a mahalla in the locative and a gate
        (
            "Otabek Guliston mahallasidagi yashil darvozali uyda yashaydi, darvozasi oq.",
            "Guliston mahallasidagi yashil darvozali uyda",
        ),
        # Russian: a house with its gate, a landmark before it
        (
            "Семья Тимура живёт за пекарней, дом с синей калиткой, крайний.",
            "дом с синей калиткой, крайний",
        ),
        # Tajik: the house, its look and its gate's
        (
            "Суроғаи Фирӯз: хонаи сафед бо дарвозаи сабз, паси масҷиди деҳа. Модараш бемор аст.",
            "хонаи сафед бо дарвозаи сабз, паси масҷиди деҳа",
        ),
        # English: a two-storey house by its colour
        ("Timur's aunt lives in the yellow two-storey house by the water pump.", "yellow two-storey house"),
    ],
)
def test_a_house_told_by_how_it_looks_is_an_address(text: str, house: str) -> None:
    assert found_whole(text, house, Kind.ADDRESS)


@pytest.mark.parametrize(
    "text",
    [
        "Мы всей группой красили синий забор школы, ребятам понравилось.",
        "Белый дом в Вашингтоне показали в видео про выборы.",
        "Сабақта мен қара үйде отырдым деген мақалды талдадық.",
        "The boys drew a red house and a green tree for the family tree exercise.",
    ],
)
def test_a_colour_and_a_house_with_no_one_living_there_stay(text: str) -> None:
    assert found_as(text, Kind.ADDRESS) == []

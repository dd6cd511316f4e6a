"""Institutions, shops and mosques named like people, in quotes (the notes_ac round, 2026-12-04),
in sentences written for this test: a quoted name alone before a word of a shop, a café, a
foundation or a mosque with its case ending ("«Айгүл» дүкенінен"), after a preposition of going to
or coming from a place ("в «Мээрим»", "аз «Нилуфар»"), and the same name quoted again in the note.
A person's name in quotes with a nickname's cue, or a name without quotes, stays a person.
"""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("«Айгүл» дүкенінен су мен нан алдым.", "Айгүл"),  # from the «Aigul» shop
        ("«Dana» kafesinde kezdestik.", "Dana"),
        ("«Нилуфар» жамғармаси бепул юрист беради.", "Нилуфар"),
        ("«Бекзат» кафесінде отырдық.", "Бекзат"),
        ("Ошол кызды «Мээрим» борборуна жибердик.", "Мээрим"),
        ("Баланы в «Мээрим» направили, там психолог.", "Мээрим"),
        ("Модараш аз «Нилуфар» ёрдам гирифт.", "Нилуфар"),
    ],
)
def test_a_quoted_name_of_a_place_stays(text: str, name: str) -> None:
    assert not touched(text, name)


def test_an_institutions_name_quoted_again_stays() -> None:
    text = "Ба маркази «Нилуфар» занг задам. «Нилуфар» ҳар рӯз кор мекунад."
    assert not touched(text, "Нилуфар» ҳар")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Айгүл дүкенінен су алып келді.", "Айгүл"),  # a girl coming from the shop, no quotes
        ("Его все зовут «Бекзат», хотя он Бекжан.", "Бекжан"),
        ("Нилуфар ба ман занг зад.", "Нилуфар"),
    ],
)
def test_a_person_beside_the_same_words_is_removed(text: str, name: str) -> None:
    assert covered(text, name)


def test_a_role_from_a_named_mosque_is_a_description() -> None:
    assert covered("«Бірлік» мешітінен келген имам жақсы сөйледі.", "«Бірлік» мешітінен келген имам")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a shelter, a crisis centre and a house of culture as the region abbreviates them
        ("Сестру приняли в шелтер «Айжан», адрес не пишем.", "Айжан"),
        ("Направили маму в КЦ «Гульнара» Шымкент, там юрист.", "Гульнара"),
        ("Занятие перенесли в ДК «Бекзат», зал 3.", "Бекзат"),
        # Kyrgyz "crisis" between the name and its centre
        ("Айгерим кризистик борборуна кат жаздым.", "Айгерим"),
    ],
)
def test_a_name_beside_a_shelter_crisis_centre_or_house_of_culture_stays(text: str, name: str) -> None:
    assert not touched(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Russian typed in Latin letters: a crisis centre, a foundation, a novel beside a quoted name
        ("zvonila v krizisnyi centr 'Aruzhan' naschet mamy, tam est mesta", "Aruzhan"),
        ("pomog fond 'Dana' s yuristom, eto besplatno", "Dana"),
        ("chitali roman 'Samal' na vstreche, vsem ponravilos", "Samal"),
    ],
)
def test_a_quoted_name_beside_its_thing_in_latin_russian_stays(text: str, name: str) -> None:
    assert not touched(text, name)

"""A law cited by its article: after the article's number and the code's abbreviation, a short word
of capitals is the country ("ст. 120 УК РТ", "по ст. 12 КоАП РУз", "155-модда ЖК РУз"), no person;
general knowledge of how the region's notes cite codes, not from any notes. A name after a number and
an abbreviation that is no country's stays a person ("в 7 ВК Аня сказала")."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_names_in


@pytest.mark.parametrize(
    "text",
    [
        "Напомнила про ст. 120 УК РТ, он удивился.",
        "Штраф по ст. 12 КоАП РУз, сказала мама.",
        "Сам нашёл статью 155 ТК КР в телефоне.",
        "Ukol ma'lum: 136 JK RUz bo'yicha jinoyat.",
    ],
)
def test_a_country_after_a_cited_code_is_no_person(text: str) -> None:
    assert model_names_in(text) == []


@pytest.mark.parametrize(("text", "name"), [("в 7 ВК Аня сказала, что устала.", "Аня")])
def test_a_name_after_a_number_and_letters_is_a_person(text: str, name: str) -> None:
    assert name in model_names_in(text)

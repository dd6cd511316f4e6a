"""A state agency, ministry or committee named in the Turkic order (its words, then the institution's
word in the possessive last) is no person, though its first word is capitalised and unknown to the
lists; a listed first name before an institution's word is still a person. Written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import touched_in


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "uz",
            "-> Tashqi mehnat migratsiyasi agentligi telefoni berdim",
            "Tashqi mehnat migratsiyasi agentligi",
        ),
        ("uz", "Biz Bandlik vazirligi bilan gaplashdik.", "Bandlik vazirligi"),
        ("kk", "Мен оған Ішкі істер министрлігі нөмірін бердім.", "Ішкі істер министрлігі"),
        (
            "ky",
            "Мен апасына Эмгек жана социалдык өнүктүрүү министрлиги номерин бердим.",
            "Эмгек жана социалдык өнүктүрүү министрлиги",
        ),
    ],
)
def test_an_institution_named_before_its_word_stays(language: str, text: str, name: str) -> None:
    assert not touched_in(text, name, language)


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("uz", "Keyin Aziz yoshlar markaziga bordi.", "Aziz"),
        ("kk", "Кеше Айгүл жастар орталығына барды.", "Айгүл"),
    ],
)
def test_a_first_name_before_an_institution_is_a_person(language: str, text: str, person: str) -> None:
    assert touched_in(text, person, language)

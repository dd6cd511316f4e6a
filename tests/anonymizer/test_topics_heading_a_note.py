"""A name-word that is also a word heading a sentence before a dash, then the same word opening a
quotation in lower case ("Umid — Aziz dedi: «umid bor»", "Мейірім — … жазды: «мейірім …»"), is the
topic heading the note; a name-word before a dash with no quotation opening with it is a person.
Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import touched_in


@pytest.mark.parametrize(
    ("language", "text", "topic"),
    [
        ("uz", "Umid — Aziz shunday dedi: «umid bo'lsa hammasi bo'ladi».", "Umid"),
        ("uz", "Sabr — Botir dedi: «sabr faqat ayollarga kerak emas».", "Sabr"),
        ("kk", "Мейірім — Ерлан тақтаға жазды: «мейірім әлсіздік емес»", "Мейірім"),
    ],
)
def test_a_topic_heading_the_note_stays(language: str, text: str, topic: str) -> None:
    assert not touched_in(text, topic, language)


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("kk", "Бақыт — бүгін келмеді, бақыт емес бұл.", "Бақыт"),
        ("ru", "Роман — опоздал, сказал, что читал роман.", "Роман"),
        ("uz", "Sabr bugun kelmadi.", "Sabr"),
    ],
)
def test_a_person_before_a_dash_goes(language: str, text: str, person: str) -> None:
    assert touched_in(text, person, language)

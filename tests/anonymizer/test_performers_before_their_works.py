"""A name right before a performer's work in the Turkic possessive (a clip, a concert: public.yaml
``performer_works``) is a singer's or a band's ("… клипін көрсетем", "… konsertiga bordik"); a
name before a song ("Ерлан әнін айтты": he sang his song) or a clip it acts in is a person.
Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import touched_in


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("kk", "Үзілісте Айгүл Сапарова клипін қарадық, жігіттер күлді.", "Айгүл Сапарова"),
        ("kk", "Келесі сабақта Мадина Садуақасова концертіне барамыз.", "Мадина Садуақасова"),
        ("uz", "Tanaffusda Shahzoda Tursunova klipini ko'rdik.", "Shahzoda Tursunova"),
    ],
)
def test_a_performer_before_their_work_stays(language: str, text: str, name: str) -> None:
    assert not touched_in(text, name, language)


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("kk", "Ерлан әнін айтты, бәрі қол соқты.", "Ерлан"),
        ("kk", "Ерлан клипке түскісі келеді.", "Ерлан"),
    ],
)
def test_a_person_before_a_song_or_in_a_clip_goes(language: str, text: str, person: str) -> None:
    assert touched_in(text, person, language)

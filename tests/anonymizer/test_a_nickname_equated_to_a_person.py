"""A word equated with "=" to a person is the name the group gives him, in small letters too: the
word opening a note before one person and a remark in brackets ("коён = максат (из-за зубов)"), or
the one word after a person and "=" ("темирлан=бүркүт."). A relative equated stays ("Айбек = ағасы,
…"), and so does a word that goes on into a phrase ("Дамир = лидер группы"). Sentences written for
this test from how facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import session_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("коён = максат (из-за зубов, ему не нравится). поговорить наедине", "коён"),
        ("kaptar = nodirbek (tomda kabutar boqadi). otasi bilan gaplashish kerak", "kaptar"),
        ("темирлан=бүркүт. бүркүттің анасына хабарласу", "бүркүт"),
    ],
)
def test_a_word_equated_to_a_person_is_removed(text: str, word: str) -> None:
    assert word in session_names([text])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("кто есть кто: Айбек = ағасы, Ерлан = інісі.", "ағасы"),
        ("Дамир = лидер группы, так решили сами.", "лидер"),
    ],
)
def test_a_relative_and_a_phrase_equated_stay(text: str, word: str) -> None:
    assert word not in session_names([text])[0]

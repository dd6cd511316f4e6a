"""A capitalised word opening a sentence that the note already removed as a name in another form of
it is the same person, though a dictionary knows the word and the Russian model reads it as one
("Ислам дал согласие" after "травит Ислама"; "Тёма disclosure" beside "with Тёма's consent"). Not
where the note left the same form as a word ("Надежда есть" beside "Надежда Петровна"), nor a city
shaped like the name ("Almaty" beside "Алмат"). As the export reads a note: the rules, the name
model and the session layer. Sentences written for this test."""

import pytest

from tests.helpers.found_names import model_session_touches


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Инспектору переслали аккаунт, который травит Ислама. Ислам дал согласие.", "Ислам дал"),
        ("Переслать соцпедагогу скрины, где оскорбляют Ислама. Ислам согласен.", "Ислам согласен"),
        ("Тёма disclosure after the session. We called with Тёма's consent.", "Тёма disclosure"),
    ],
)
def test_the_other_form_of_a_name_the_note_took_is_removed(text: str, word: str) -> None:
    assert model_session_touches(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Надежда Петровна придёт в среду. Надежда есть, что отцы тоже придут.", "Надежда есть"),
        ("Almaty, session 4. Three boys stayed after: Алмат, Ernar and Dias.", "Almaty"),
    ],
)
def test_a_word_the_note_left_so_elsewhere_or_a_city_stays(text: str, word: str) -> None:
    assert not model_session_touches(text, word)

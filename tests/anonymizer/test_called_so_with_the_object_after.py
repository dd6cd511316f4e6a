"""A word before a verb of calling whose object comes after it ("тоқаш деп атайды оны", "«Жапон» деп
аташат аны": they call him so) is a nickname, everywhere the note says it; a thing in the accusative
before the word is what is called so ("ойынды көпір деп атайды"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import every_place_removed, session_spans


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("ерасыл, тоқаш деп атайды оны, бүгін үндемеді. тоқаш сабақтан кейін қалды.", "тоқаш"),
        ("Талас, футбол. «Жапон» деп аташат аны, эң кичинекей. Жапон бүгүн гол киргизди.", "Жапон"),
    ],
)
def test_a_word_called_so_with_the_object_after_is_a_nickname(text: str, nickname: str) -> None:
    assert every_place_removed(text, nickname)


def test_a_thing_in_the_accusative_is_what_is_called_so() -> None:
    text = "Бұл ойынды көпір деп атайды оны балалар жақсы көреді."
    assert not any(text[s.start : s.end] == "көпір" for s in session_spans(text))

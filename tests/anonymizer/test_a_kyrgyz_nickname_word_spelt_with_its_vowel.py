"""The Kyrgyz word for a nickname is often spelt with its vowel before л ("ылакап", "ылакабы"), and
it cues a nickname as "лакап" does: "Париж — бул Нурисламдын ылакап аты", "Аюу деген ылакап аты
бар бала". Sentences written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import session_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Париж — бул Нурисламдын ылакап аты, себеби ал Францияны жакшы көрөт.", "Париж"),
        ("Аюу деген ылакап аты бар бала бүгүн келди.", "Аюу"),
    ],
)
def test_a_word_the_kyrgyz_nickname_word_names_is_a_boy(text: str, word: str) -> None:
    assert word in session_names([text])[0]


def test_the_city_spoken_of_with_no_nickname_word_stays() -> None:
    assert "Париж" not in session_names(["Париж — бул Франциянын борбору, Нурислам ушуну айтты."])[0]

"""A name of the note cut to its first syllables and a vowel, spoken to at the start of what was
said, before a comma or "!", is that boy ("«Куба, кой!» — деди Нурбек Кубанычбекке", "«Фара,
хорош!» — кричали Фарруху"), though the word is a country or a thing; it is removed under his key.
The same word with no such name in the note, and a relative's word spoken to, stay. Sentences
written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import names_in, rules_anonymizer, session_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("«Куба, кой!» — деди Айбек Кубанычбекке, ал күлдү.", "Куба"),
        ("«Фара, хорош!» — кричали все Фарруху на перемене.", "Фара"),
    ],
)
def test_a_name_cut_short_spoken_to_is_that_boy(text: str, word: str) -> None:
    assert word in session_names([text])[0]


def test_the_short_name_has_the_full_names_key() -> None:
    text = "«Фара, хорош!» — кричали все Фарруху на перемене."
    keys = {text[s.start : s.end]: s.key for s in rules_anonymizer().detect(text)}
    assert keys["Фара"] == keys["Фарруху"]


@pytest.mark.parametrize(
    "text",
    [
        "«Куба, кайда жайгашкан?» — деп сурады бирөө картадан.",
        "«Апа, кечир!» — деди Апазбек.",
    ],
)
def test_no_name_of_the_note_or_a_relative_spoken_to_stays(text: str) -> None:
    assert text.split(",")[0].strip("«") not in names_in(text)

"""An emoji typed between two sentences ends the first: a capitalised word after it opens a
sentence, so a word that is a word there stays ("… сұрады 😄 Келісім тақырыбына өттік"), while a
name after it is still removed. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Бүгін бәрі кешікті 😅 Сабақ жарты сағатқа созылды.", "Сабақ"),
        ("Бүгін бәрі кешікті 😅 Үзілістен кейін шай іштік.", "Үзілістен"),
        ("Жігіттер ашылды 🙂 Ұят туралы көп сөйледік.", "Ұят"),
    ],
)
def test_a_word_after_an_emoji_opens_a_sentence_and_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_name_after_an_emoji_is_still_removed() -> None:
    text = "Бүгін бәрі кешікті 😅 Ерасыл мүлде келмеді."
    assert covered(text, "Ерасыл"), removed(text)

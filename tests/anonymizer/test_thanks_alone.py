"""Thanks standing alone as a sentence (thanks_alone.py) is the writer's thanks, though Рахмат is a
given name: kept; the same word before a verb, or after a list's colon, is still a person.
Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Директор спорт залды ачып берди. Ырахмат.", "Ырахмат"),
        ("Kutubxonachi xonani berdi. Rahmat!", "Rahmat"),
        ("Завхоз дал ключ от зала.\nРахмат.", "Рахмат"),
    ],
)
def test_thanks_as_a_sentence_stays(text: str, word: str) -> None:
    assert not any(word in f for f in removed_texts(ANONYMIZER, text))


@pytest.mark.parametrize("text", ["Рахмат келди, кечикпеди.", "Келгендер: Рахмат."])
def test_the_name_elsewhere_is_removed(text: str) -> None:
    assert "Рахмат" in removed_texts(ANONYMIZER, text)

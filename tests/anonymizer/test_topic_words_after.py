"""An unknown capitalised word opening a sentence before a word of a topic ("about", "the topic of":
the profiles' ``topic_after``) is the topic, no one: "Кибербуллинг тууралуу сабак өттү",
"Sekstıng taqyrybyn talqyladyq". A listed name there stays a person ("Мирбек тууралуу айттым")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Кибербуллинг тууралуу сабак өттү, баары катышты.", "Кибербуллинг"),
        ("Sekstıng taqyrybyn búgin talqyladyq, bári qatysty.", "Sekstıng"),
    ],
)
def test_the_topic_stays(text: str, topic: str) -> None:
    assert not any(topic in removed for removed in removed_texts(Anonymizer([]), text))


def test_a_listed_name_before_about_is_a_person() -> None:
    assert "Мирбек" in removed_texts(Anonymizer([]), "Мирбек тууралуу апасына айттым.")

"""A name that is also a word, opening a sentence before a lesson, a topic, a word or a meaning in
the possessive without a genitive ("Арман сабагы": the lesson on dreams; "Umid darsi", "Бакыт
темасы"), is the word (the profiles' ``word_after``); in the genitive it owns the lesson and is a
person ("Армандын сабагы"), and so it is before the lesson as an object ("Азамат сабагын бүтүрдү":
Azamat finished his lesson). Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Арман сабагы: ар бири өз арманын жазды.", "Арман"),
        ("Umid darsi yaxshi o'tdi, hamma gapirdi.", "Umid"),
        ("Бакыт темасы боюнча эки саат сүйлөштүк.", "Бакыт"),
        ("Арман сабағы бүгін өтті.", "Арман"),
    ],
)
def test_the_lesson_on_a_word_keeps_the_word(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Армандын сабагы жакшы болду.", "Армандын"),
        ("Umidning darsi bugun yo'q.", "Umidning"),
        ("Азамат сабагын бүтүрдү.", "Азамат"),
    ],
)
def test_an_owner_or_a_subject_is_a_person(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

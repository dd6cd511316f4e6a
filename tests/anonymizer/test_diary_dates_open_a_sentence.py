"""A day and a month opening a line ("14.02 ", "5/11 "), as a diary's entry is headed, is no part of
the sentence: the word after it opens the sentence, as it would with nothing before it, so a
name-word there is read as a word where its sentence says so ("14.02 Роман «…» читали", "14.02
Бахыт — это счастье …"). A name there is still a name. Sentences written for this test."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer([], use_ner=False)


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _anonymizer().detect(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("14.02 Роман «Отцы и дети» читали в классе.", "Роман"),
        ("14.02 Бахыт — это счастье, такого слова нет", "Бахыт"),
    ],
)
def test_a_word_after_a_diary_date_opens_its_sentence(text: str, word: str) -> None:
    assert not any(word in part for part in removed(text))


def test_a_name_after_a_diary_date_is_removed() -> None:
    assert "Айбек" in removed("07.12 Айбек пришёл поздно, молчал.")

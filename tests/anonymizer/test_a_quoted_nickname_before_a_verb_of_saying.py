"""A nickname in quotes between the one it names ("аны", "оны") and a one-word verb of saying him so
("дешет", "дейді": they call him) is his, as it is unquoted ("Балдар аны «Тренер» дешет" and "Балдар
аны Тренер дешет"); a judgement in quotes in small letters stays what is said of him ("оны бәрі
«жақсы» дейді": everyone says he is good). Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import session_spans


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in session_spans(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Бакыт байкенин үйү мектептин жанында. Балдар аны «Тренер» дешет. Тренер бүгүн келди.", "Тренер"),
        ("Жаңа бала келді. Жігіттер оны «тыква» дейді, тыква ренжімейді.", "тыква"),
    ],
)
def test_the_quoted_nickname_is_removed_everywhere(text: str, word: str) -> None:
    assert _names(text).count(word) == text.count(word)


def test_a_quoted_judgement_stays() -> None:
    assert "жақсы" not in _names("Жаңа бала келді. Оны бәрі «жақсы» дейді.")

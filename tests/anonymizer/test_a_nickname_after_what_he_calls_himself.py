"""A word after "назвался" (he called himself) or "звать его" (he is to be called) is how a boy is
known, for the whole note, though it is a word ("новенький, назвался шаман", "звать его самса
потому что …"); "так" after the cue is no nickname ("звать его так потому что …"). Sentences written
for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import session_spans


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in session_spans(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("новенький, назвался шаман. реальное имя потом.", "шаман"),
        ("пришёл новенький, назвался кирпич. кирпич молчал весь час.", "кирпич"),
        ("вчера был разговор. звать его самса потому что он в пекарне работает.", "самса"),
    ],
)
def test_the_word_after_the_cue_is_a_nickname(text: str, word: str) -> None:
    assert _names(text).count(word) == text.count(word)


def test_so_after_the_cue_stays() -> None:
    assert "так" not in _names("звать его так потому что он медленный.")

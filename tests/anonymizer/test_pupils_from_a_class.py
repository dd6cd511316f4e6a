"""A name that is also a word, then the class the pupil is from ("Лев из 8 класса", "Димку из 8В",
"Роман из 10 «А»"): only a person comes from a class, so it is removed (unsure, reviewed first);
the same words before another "из" stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лев из 8 класса опять подрался, теперь на грани постановки на учёт.", "Лев"),
        ("Димку из 8В привела мама, он против.", "Димку"),
        ("Роман из 10 «А» не пришёл.", "Роман"),
        ("Слава с 9-го класса помог с колонками.", "Слава"),
    ],
)
def test_the_pupil_is_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Роман из 3 частей читали по очереди.", "Роман"),
    ],
)
def test_the_word_before_another_from_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)

"""A Kazakh paired word, each part a word the Kazakh dictionary reads ("Ата-анасының келісімі",
"Аға-інісі", "Бала-шағасы"), is no name, though a part of it is also a listed name with an ending
and the Russian dictionary guesses one; a name with an honorific or another name after its hyphen
is still a person (``dictionary_readings.kazakh_paired_word``). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, touched


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ата-анасының келісімі керек, 18-ге толмаған.", "Ата-анасының"),
        ("Ата-анасы жиналысқа келмеді.", "Ата-анасы"),
        ("Ата-анасынын келисими керек деди мектеп.", "Ата-анасынын"),
        ("Аға-інісі бәрі Ресейде жұмыс істейді.", "Аға-інісі"),
    ],
)
def test_a_paired_word_stays(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Гүлнар-апа шай әкелді, рахмет.", "Гүлнар-апа"),
        ("Мұхаммед-Әли келді, 16 жаста.", "Мұхаммед-Әли"),
        ("Ерғазы-ата келді, немересін ертіп.", "Ерғазы-ата"),
    ],
)
def test_a_name_with_a_hyphen_is_removed(text: str, name: str) -> None:
    assert covered(text, name)

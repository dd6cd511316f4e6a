"""A quoted word glossed with a dash as a nickname ("\\"Тигр\\" - кличка", "«Барс» – лақап аты") is a
nickname, as it is right before the cue ("«Бокс» лақап аты бар"), and so is the word wherever the note
writes it; a quoted word glossed as something else ("«Тигр» — это фильм") stays. Sentences written
for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans


def spans(text: str) -> list[tuple[int, int]]:
    anonymizer = Anonymizer((), use_ner=False)
    found = anonymizer.detect(text)
    found += coreferent_spans([text], [found], anonymizer.roster_keys, anonymizer.common_words)[0]
    return [(s.start, s.end) for s in found]


def gone_everywhere(text: str, word: str) -> bool:
    found = spans(text)
    at = [i for i in range(len(text)) if text.startswith(word, i)]
    return all(any(a <= i < b for a, b in found) for i in at)


def touched(text: str, part: str) -> bool:
    at = text.index(part)
    return any(a < at + len(part) and at < b for a, b in spans(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Сокол снова опоздал. "Сокол" - кличка, как зовут по паспорту, не знаю.', "Сокол"),
        ("«Барс» – лақап аты. Барс бүгін келмеді.", "Барс"),
        ('"Qoplon" — laqabi. Qoplon bugun ham urishdi.', "Qoplon"),
    ],
)
def test_a_quoted_word_glossed_as_a_nickname_goes_everywhere(text: str, word: str) -> None:
    assert gone_everywhere(text, word), spans(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("«Тигр» — это фильм, который мы смотрели.", "Тигр"),
        ('"Сокол" - песня, её пели хором.', "Сокол"),
    ],
)
def test_a_quoted_word_glossed_as_something_else_stays(text: str, part: str) -> None:
    assert not touched(text, part), spans(text)

"""Nicknames written in quotes, and name-words that the same note uses as words: a quoted word
before a nickname cue or between the object and a verb of calling is a nickname ("«Бокс» лақап
аты бар", "оны бәрі «Тау» деп атайды"), as is a quoted member of a list of people; a nickname only
ever introduced with a capital is the word where it is written in lower case; a Turkic dative or
locative is no subject of the verb after it; a name-word written in lower case in the very sentence
that writes the name with a capital is the word. Sentences written for this test from general
knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans


def session_spans(text: str) -> list[tuple[int, int]]:
    anonymizer = Anonymizer((), use_ner=False)
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    return [(s.start, s.end) for s in spans]


def gone(text: str, part: str, nth: int = 0) -> bool:
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    spans = session_spans(text)
    return all(any(a <= i < b for a, b in spans) for i in range(at, at + len(part)) if text[i].isalnum())


def kept(text: str, part: str, nth: int = 0) -> bool:
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    return not any(a < at + len(part) and at < b for a, b in session_spans(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("«Тау» лақап аты бар жігіт бүгін келмеді.", "Тау"),
        ("Сыныптағылар оны бәрі «самса» деп атайды.", "самса"),
        ("Оны «Профессор» деп шақырады, өйткені көп оқиды.", "Профессор"),
        ("Келгендер: Ерлан, Асхат, «мұз», Дәурен.", "мұз"),
        ("Сабыр деген жігітке бүгін айттым.", "Сабыр"),
    ],
)
def test_a_quoted_nickname_is_removed(text: str, part: str) -> None:
    assert gone(text, part), session_spans(text)


@pytest.mark.parametrize(
    ("text", "part", "nth"),
    [
        # the cue's "бар" (has) is no nickname
        ("«Тау» лақап аты бар жігіт бүгін келмеді.", "лақап аты бар жігіт", 0),
        # introduced with a capital: in lower case it is the word (he goes to the mountains)
        ("Оны Бокс деп атайды. Ол жиі боксқа барады.", "боксқа барады", 0),
        # the name capitalised in this sentence: in lower case the word (happiness)
        ("Бақыт келді, бірақ бақыт жетпеді.", "бақыт жетпеді", 0),
        # a dative is what he reached, not who reached it
        ("Бақыт келді. Ол бақытқа жетті.", "бақытқа жетті", 0),
        # "my dream" opening a sentence, a person noun after the dash
        ("Бүгін жақсы өтті. Арманым — дәрігер болу.", "Арманым", 0),
    ],
)
def test_the_word_of_a_nickname_or_name_stays(text: str, part: str, nth: int) -> None:
    assert kept(text, part, nth), session_spans(text)

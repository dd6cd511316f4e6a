"""Kazakh titles written after a name: "ақсақал" (an elder) and "қажы" (one who made the
pilgrimage) are part of the person's span, as "аға" and "апай" are, in Cyrillic and in the Latin
alphabet, with a case ending too ("aqsaqaldyń"); the words alone, or in a phrase of their own
("ауыл ақсақалы"), stay. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import removed, touched


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кеше Ерболат ақсақал келіп, немересі туралы сөйлесті.", "Ерболат ақсақал"),
        ("Ертең Қайрат қажы жиналыста сөйлейді.", "Қайрат қажы"),
        ("Temirbek aqsaqaldyń uly sabaqqa keldi.", "Temirbek aqsaqaldyń"),
        ("Bizge Jaqsylyq qajy keldi, 10 mınót sóıledi.", "Jaqsylyq qajy"),
    ],
)
def test_an_elder_or_a_pilgrim_title_after_a_name_goes_with_it(text: str, part: str) -> None:
    assert part in names(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ауыл ақсақалы жиналысқа келді.", "ақсақалы"),
        ("Ақсақалдар кеңесі сабақты қолдады.", "Ақсақалдар"),
    ],
)
def test_the_title_alone_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

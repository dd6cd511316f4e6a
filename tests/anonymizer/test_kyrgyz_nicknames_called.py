"""A Kyrgyz nickname in quotes between the one called so ("аны", or a name in the accusative) and a
verb of calling ("деп чакырат", "деп коюшат", "деп аташат": the ky profile's nickname_after) is the
person's nickname; a thing in the accusative before it ("оюнду «Кара» деп атайт": they call the
game so) names no one, and a quoted word before another verb stays. Sentences written for this test
from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans


def removed(text: str) -> list[str]:
    """What the note's detection and its session layer (a session of one note) remove."""
    anonymizer = Anonymizer((), use_ner=False)
    found = anonymizer.detect(text)
    found += coreferent_spans([text], [found], anonymizer.roster_keys, anonymizer.common_words)[0]
    return [text[s.start : s.end] for s in found]


def covered(text: str, part: str) -> bool:
    return any(part in word for word in removed(text))


def touched(text: str, part: str) -> bool:
    return any(part in word or word in part for word in removed(text))


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('Топтогу балдар аны "Бүркүт" деп чакырышат, ага жагат.', "Бүркүт"),
        ("Баары аны «Шамал» деп коюшат, тез чуркайт.", "Шамал"),
        ('Балдар Нурланды тамашалап "тайсон" деп коюшат.', "тайсон"),
        ("Мектепте Азаматты «Профессор» деп аташат.", "Профессор"),
    ],
)
def test_a_quoted_nickname_before_a_verb_of_calling(text: str, nickname: str) -> None:
    assert covered(text, nickname), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Бул көнүгүүнү "күзгү" деп атайт.', "күзгү"),
        ('Мугалим аны "жакшы" деп мактады.', "жакшы"),
    ],
)
def test_a_thing_called_so_or_another_verb_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)

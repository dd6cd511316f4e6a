"""Thanks in lower case before a Turkic verb of saying ("keyin rahmat dedi", "мага рахмат айтты",
"рақмет деді": said thanks) are the thanks said, though Рахмат is a given name too (the profiles'
``thanks_said``); capitalised, or before a Russian verb ("рахмат сказал, что устал"), the word is a
person. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("U avval jim turdi, keyin rahmat dedi.", "rahmat"),
        ("Апасы мага рахмат айтты, ыйлап жиберди.", "рахмат"),
        ("Соңында ол рақмет деді де кетті.", "рақмет"),
        ("Ukasi ham rahmat aytib ketdi.", "rahmat"),
    ],
)
def test_thanks_said_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Keyin Rahmat dedi: men qo'rqaman.", "Rahmat"),
        ("вчера рахмат сказал, что устал", "рахмат"),
    ],
)
def test_a_person_named_rahmat_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

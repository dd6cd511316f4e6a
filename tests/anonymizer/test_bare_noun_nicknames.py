"""A nickname that is an English noun ("Tank", "Professor"), capitalised and with no article, right
before a verb of a person: English puts an article before a thing's noun ("The tank broke"), so the
bare noun is what the group calls someone. Not a plural, a pronoun or quantifier, a relative or a
role said as a name ("Mum said", "Teacher came"), an adverb, a word after an article or a
preposition. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer((), use_ner=False).detect(text)]


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Hammer said he would not come back full stop", "Hammer"),
        ("Session on anger. Rocket laughed at the whole exercise, then left early.", "Rocket"),
        ("We played the box game, Engineer refused to take part.", "Engineer"),
    ],
)
def test_a_bare_noun_before_a_verb_of_a_person_is_a_nickname(text: str, nickname: str) -> None:
    assert nickname in removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The hammer said nothing to anyone, it is a tool.",
        "Parents came at six. Others laughed.",
        "Mum said no. Teacher came late. Everyone agreed. Police came at night. Doctor called back.",
        "Politely said no to the offer.",
        "Young men in Karaganda said the pressure comes from friends.",
        "Feedback from the donor call was good.",
    ],
)
def test_words_and_roles_before_such_verbs_stay(text: str) -> None:
    assert removed(text) == []

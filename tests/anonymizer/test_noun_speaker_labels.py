"""A capitalised English noun opening a line as the label of a quotation is what the group calls
someone ("Captain: 'In our town …'"), as "Tank said" is; a heading's word ("Quote:", "Note:",
"Homework:") or a noun after an article is not. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Captain: 'If you do not marry by 22 they ask what is wrong with you.'", "Captain"),
        ("19:40 [quote] Tank: «real men never cry, that is what my uncle says»", "Tank"),
        ('- Bear: "I will call my dad tonight"', "Bear"),
        ("Warm-up went fine.\nRocket: 'why do girls get the easy chores?'", "Rocket"),
    ],
)
def test_a_noun_labelling_a_quotation_is_a_nickname(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Quote: 'Men do not cry.' We discussed where that comes from.", "Quote"),
        ("Homework: 'write a letter to your father'", "Homework"),
        ("Note: 'bring tea and the flipchart'", "Note"),
        ("We talked about it. Captain: 'no' was the answer of the team.", "Captain"),
        ("The captain: 'everyone runs five laps'", "captain"),
    ],
)
def test_a_heading_or_a_noun_inside_a_line_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

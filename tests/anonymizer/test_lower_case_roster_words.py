"""A roster name that is also a word, typed in lower case where the note writes the same name with a
capital, is the word ("Will said he will try"); a capital on another word of that person's family
("Aigul Asanova", of the roster's Arman Asanov) says nothing of how the writer types his first name.
Written for this test, not from any corpus."""

from __future__ import annotations

from facilitator.anonymizer.anonymizer import Anonymizer


def _names(text: str, roster: list[str]) -> list[str]:
    found = Anonymizer(roster, language="en", use_ner=False).detect(text)
    return [text[s.start : s.end] for s in found]


def test_a_relatives_capital_does_not_make_a_lower_case_first_name_a_word() -> None:
    text = (
        "call list colon one dana eje through timur +996 700 11 22 33 new line two arman mother Aigul Asanova"
    )
    assert "arman" in _names(text, ["Arman Asanov", "Timur Bekov"])


def test_the_same_name_written_with_a_capital_keeps_the_lower_case_word() -> None:
    text = "Will said he will try again next week."
    assert _names(text, ["Will Hart", "Timur Bekov"]).count("will") == 0

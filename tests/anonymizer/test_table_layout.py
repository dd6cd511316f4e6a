"""Tables facilitators type into notes: two names in two cells a tab parts are two people.
Written for this test, not from any corpus."""

from __future__ import annotations

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def test_two_names_in_two_cells_are_two_people() -> None:
    text = "Ерлан\tАсхат\nКласс\t9А\t9Б"
    removed = [
        text[s.start : s.end] for s in Anonymizer((), use_ner=False).detect(text) if s.kind is Kind.NAME
    ]
    assert "Ерлан" in removed and "Асхат" in removed, removed

"""A capitalised institution's word with a place's ending ("Әкімдіктегі", "Мектептегі": at the akimat,
at the school) is no small place, so a role beside it describes no one by it
(``quasi._an_institution``); a village with the same ending still is one. Sentences written for
this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.quasi import find_quasi


def descriptions(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quasi(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Әкімдіктегі жастар ісі бөлімінің басшысы хабарласты, келісті.",
        "Әкімдіктегі жастар бөлімі бізге көмектесті.",
    ],
)
def test_an_institution_is_no_small_place(text: str) -> None:
    assert not descriptions(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ақкөлдегі әкім бізге көмектесті.", "Ақкөлдегі әкім"),
        ("Ақкөлдегі жалғыз дәрігер келді.", "Ақкөлдегі жалғыз дәрігер"),
    ],
)
def test_a_village_still_is_one(text: str, part: str) -> None:
    assert any(part in found for found in descriptions(text))

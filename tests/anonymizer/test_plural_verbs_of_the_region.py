"""Two names in small letters joined by "and" before a verb in the plural ("зафар ва умед омаданд":
Zafar and Umed came; "jasur va bobur kelishdi"; "нурлан менен мирлан келишти") are two people,
though each name is a word too (victory, hope): the Tajik, Uzbek and Kyrgyz plural and perfect are
a person's doings as the singular is. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("имрӯз зафар ва умед омаданд, дигарон не.", "зафар"),
        ("имрӯз зафар ва умед омаданд, дигарон не.", "умед"),
        ("bugun bobur va jasur kelishdi, qolganlar yo'q.", "jasur"),
    ],
)
def test_names_before_a_plural_verb_go(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

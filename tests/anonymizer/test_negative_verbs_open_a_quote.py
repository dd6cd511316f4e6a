"""A Kazakh, Kyrgyz or Uzbek verb in its negative opens many a quoted answer, capitalised ("Барбайм
деди", "Білмеймін деді", "Bilmayman dedi"): it is said, no one's name. A name ending in -бай stays a
name ("Жумабай келди"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    "text",
    ["Барбайм деди да кетип калды.", "Білмеймін деді, басқа ештеңе айтпады.", "Bilmayman dedi va jim qoldi."],
)
def test_a_negative_verb_is_no_name(text: str) -> None:
    assert names_in(text) == []


def test_a_name_in_bai_stays_a_name() -> None:
    assert names_in("Жумабай келди, кечикти.") == ["Жумабай"]

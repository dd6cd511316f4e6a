"""A name typed in lower case takes its lower-case initials ("bolat s.", "жұмабаев б.қ."), a title
shortened with a dot before it ("mrs. gulnara", "Dr. Aibek"), and the Kyrgyz honorific "аке" after
it ("nurbek ake", "Нурбек аке")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import fully_removed


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("after the game bolat s. stayed to help", "bolat s."),
        ("ертең жұмабаев б.қ. келеді, дайындал", "жұмабаев б.қ."),
        ("the counsellor, mrs. gulnara, took notes", "mrs. gulnara"),
    ],
)
def test_the_name_takes_its_initials_title_or_honorific(
    anonymizer: Anonymizer, text: str, person: str
) -> None:
    assert fully_removed(anonymizer, text, person)


def test_a_dotted_word_before_a_name_is_no_title(anonymizer: Anonymizer) -> None:
    text = "we said so. Aibek left early"
    assert [text[s.start : s.end] for s in anonymizer.detect(text)] == ["Aibek"]

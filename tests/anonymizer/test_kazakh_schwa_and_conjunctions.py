"""Kazakh typed with the Latin schwa "ə" for "ә" (old Kazakh Latin, Azerbaijani keyboards) is read
as Cyrillic, and a conjunction in lower case ("және", "мен") is never a name: it neither becomes a
person (Jane) nor joins two names into one."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.normalize import normalize


def test_a_latin_schwa_in_a_cyrillic_word_is_read_as_the_cyrillic_letter() -> None:
    typed = "Бүгін Əсел жəне Дəурен келді, ал Hə is English."
    normal = normalize(typed)
    assert normal.text == "Бүгін Әсел және Дәурен келді, ал Hə is English."
    assert len(normal.text) == len(typed)


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer([], use_ner=False)


@pytest.mark.parametrize("conjunction", ["және", "жəне"])
def test_a_lower_case_conjunction_between_two_names_stays_and_parts_them(
    anonymizer: Anonymizer, conjunction: str
) -> None:
    text = f"Кеше Асан {conjunction} Нұрлан сөйледі, ол {conjunction} Дәурен келісті."
    found = [text[s.start : s.end] for s in anonymizer.detect(text)]
    assert found == ["Асан", "Нұрлан", "Дәурен"]

"""An initial with its dot alone in quotes is the writer's name for someone ("men uni «B.» deb
yozaman", "«Б.» бүгүн келди"): a person, removed; a class's letter in quotes has no dot and stays."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import fully_removed, removed_texts


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Daftarda uni faqat «B.» deb yozaman, ismini emas.", "B."),
        ("«Ж.» бүгүн өзү келип, баарын айтып берди.", "Ж."),
        ('In these notes she is just "M." from now on.', "M."),
    ],
)
def test_a_quoted_initial_is_a_person(text: str, initial: str) -> None:
    assert fully_removed(Anonymizer([]), text, initial)


def test_a_class_letter_in_quotes_stays() -> None:
    assert removed_texts(Anonymizer([]), "Сегодня 9 «Б» класс писал работу.") == []

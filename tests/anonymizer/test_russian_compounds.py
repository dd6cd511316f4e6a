"""Russian compounds of a shortened word and a noun ("соцслужба", "медсестра", "райотдел"), which the
dictionary does not hold whole: in lower case where a person may stand ("связаться с соцслужбой") a
word, not an unknown name; a surname in a case form after "с" stays a person. Written from general
knowledge, not from any notes."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_names_in


@pytest.mark.parametrize(
    "text",
    [
        "Связаться с соцслужбой акимата.",
        "Связаться с соцслужбой.",
        "Надо связаться с соцслужбой района до пятницы.",
        "Поговорил с райотделом, обещали перезвонить.",
    ],
)
def test_a_compound_of_a_shortened_word_is_a_word(text: str) -> None:
    assert model_names_in(text) == []


def test_a_surname_after_with_is_still_a_person() -> None:
    assert "Ахметовой" in model_names_in("Вчера говорил с Ахметовой про сына.")

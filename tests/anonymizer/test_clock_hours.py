"""A name that is also the word for a clock's hour stays before a time written with its minutes
(``name_rules/clock_hours``); before an age, a date or a verb it is still a person. Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import removed


@pytest.mark.parametrize(
    "text",
    [
        "Сағат 15:00-де бастаймыз. Бәрі келсін.",
        "Ертеңгі кездесу. Сағат 9.30-да жиналамыз.",
        "Сағат 18:45 болды, жігіттер үйге тарады.",
    ],
)
def test_the_hour_before_a_time_stays(text: str) -> None:
    assert not any("Сағат" in part for part in removed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Сағат 17-де үйленді, қазір 19 жаста.",
        "Сағат келді, ол 16 жаста.",
        "Сағат 12.03.2006 туған.",
    ],
)
def test_the_man_called_so_is_removed(text: str) -> None:
    assert any("Сағат" in part for part in removed(text))

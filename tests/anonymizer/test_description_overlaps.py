"""A description that singles someone out and a name that overlaps it in part: what is removed
reaches over both, so no part of the name is left in the text (an end-to-end run printed
"[description removed] Серік Әбілұлы": the description had taken the surname, the name was
dropped as overlapping it)."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer, non_overlapping
from facilitator.anonymizer.spans import Kind, Span


@pytest.mark.parametrize(
    ("language", "text", "parts"),
    [
        ("kk", "Ауыл әкімі Қасымов Ерлан Бекұлы бізге зал берді.", ("Қасымов", "Ерлан", "Бекұлы")),
        ("ru", "Директор школы Петров Иван Сергеевич дал нам зал.", ("Петров", "Иван", "Сергеевич")),
    ],
)
def test_no_part_of_a_name_overlapping_a_description_is_left(
    language: str, text: str, parts: tuple[str, ...]
) -> None:
    anonymizer = Anonymizer([], language=language)
    printed = anonymizer.apply(text, anonymizer.detect(text))
    assert not any(part in printed for part in parts), printed


def test_a_description_reaches_over_the_spans_it_overlaps_and_swallows_those_inside() -> None:
    description = Span(10, 30, Kind.QUASI, "pattern")
    sticking_out = Span(25, 40, Kind.NAME, "names-list", "x")
    inside = Span(12, 16, Kind.PHONE, "pattern")
    apart = Span(50, 55, Kind.NAME, "names-list", "y")
    chosen = non_overlapping([description, sticking_out, inside, apart])
    assert [(s.start, s.end, s.kind) for s in chosen] == [(10, 40, Kind.QUASI), (50, 55, Kind.NAME)]
    kept = non_overlapping([description, sticking_out, inside, apart], replace_quasi=False)
    assert [(s.start, s.end) for s in kept] == [(12, 16), (25, 40), (50, 55)]  # kept: each as found

"""Three or more names that are virtues first (the profiles' ``abstract_names``), listed together,
are the virtues ("Вера, Надежда и Любовь", "Faith, Hope and Love"), in any case form; two of them,
or a list that acts ("… came late"), are people. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Бабушка говорила, что Вера, Надежда и Любовь держат семью.", "Вера, Надежда и Любовь"),
        ("Вспомнили притчу про Веру, Надежду и Любовь, потом чай.", "Веру, Надежду и Любовь"),
        ("Someone wrote Faith, Hope and Love on the board.", "Faith, Hope and Love"),
    ],
)
def test_virtues_listed_together_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Пришли Вера и Надежда, остальные опоздали.", "Вера"),
        ("Grace, Hope and Joy came late.", "Grace"),
    ],
)
def test_people_named_so_are_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

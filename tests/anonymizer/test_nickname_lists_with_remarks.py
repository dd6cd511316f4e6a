"""Nicknames listed after a cue and a colon, where the list holds a remark in brackets ("Шымшық
(кішкентай болғаны үшін), Трактор (үлкен), Доктор"), a nickname of two words ("Көз айнек"), or the
heading has more words before its colon ("Nicknames in the Karaganda group: …"): every one is a
person, in this note and wherever the session writes it again ("Доктор өз лақабын жақсы көреді").
A lower-case nickname right after its cue stays the one meant ("кличка у него кабан, а зовут Женя:
так и пишу"). Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import session_spans, session_touches


def every_occurrence_removed(text: str, name: str) -> bool:
    spans = [s for s in session_spans(text) if s.kind is Kind.NAME]
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    return bool(starts) and all(
        any(s.start <= at and at + len(name) <= s.end for s in spans) for at in starts
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Лақап аттар: Шымшық (кішкентай болғаны үшін), Трактор (үлкен), Доктор, Көзілдірік. "
            "Доктор өз лақабын жақсы көреді.",
            ("Трактор", "Доктор"),
        ),
        (
            "Лакап аттар: Тайлак, Бөрү, Көз айнек, Доктор, Кулак. Доктор бүгүн келген жок.",
            ("Доктор", "Кулак"),
        ),
        (
            "Nicknames in the Karaganda group: Tractor, Hamster, Professor, Glasses. Glasses hates his.",
            ("Tractor", "Hamster", "Glasses"),
        ),
        ("Лақабҳо: Гург, Кучук, Калла. Гург боз дер кард.", ("Гург", "Кучук")),
    ],
)
def test_every_nickname_of_the_list_is_removed(text: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert every_occurrence_removed(text, name), name


def test_a_nickname_given_first_is_not_taken_for_a_heading() -> None:
    text = "кличка у него кабан, а зовут Женя: так и пишу"
    assert session_touches(text, "кабан")
    assert not session_touches(text, "пишу")

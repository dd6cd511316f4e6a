"""Who owns or runs a place where there is one is as findable as who works there ("the owner of the
only bakery in Shieli", "Жаңақорғандағы жалғыз шеберхананың иесі", "владелец кафе в селе"); the
only one, typed in Kazakh's 2018 Latin letters ("auıldağı jalğız") or Uzbek's "bittagina", singles
out as the others do. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import rules_anonymizer


def described(text: str) -> list[str]:
    return [text[s.start : s.end] for s in rules_anonymizer().detect(text) if s.kind is Kind.QUASI]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("His uncle is the owner of the only bakery in Shieli.", "owner of the only bakery"),
        ("Ағасы Жаңақорғандағы жалғыз шеберхананың иесі.", "шеберхананың иесі"),
        ("Отец — владелец кафе «Достук» в селе Ак-Таш.", "владелец кафе"),
        ("Ákesi auıldağı jalğız mal dárigeri, bärı tanidy.", "jalğız mal dárigeri"),
        ("Otasi qishloqda bittagina novvoy.", "bittagina novvoy"),
    ],
)
def test_an_owner_or_the_only_one_is_described(text: str, inside: str) -> None:
    assert any(inside in part for part in described(text)), described(text)


@pytest.mark.parametrize(
    "text",
    ["The owner of the hall let us stay until nine.", "Хозяин зала разрешил остаться до девяти."],
)
def test_an_owner_with_no_small_place_stays(text: str) -> None:
    assert described(text) == []

"""A name that is also a word before a verb it makes a compound verb with ("Umid qilamanki": I hope
that; "Үміт етемін"; "Үмүт этем") is that noun (profiles' ``light_verbs``); the same name before
another verb, or before a noun that the verb's letters spell ("Азамат етті жеді": ate the meat),
is a person. The Tajik "дар" (in) before a name-word in lower case is the thing ("дар ислом").
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Umid qilamanki, keyingi safar qizlar ham keladi.", "Umid"),
        ("Үміт етемін, келесі жолы қыздар да келеді.", "Үміт"),
        ("Үмүт этем, кийинки жолу кыздар да келет.", "Үмүт"),
        ("Дар бораи эҳтироми зан дар ислом мегӯяд.", "ислом"),
    ],
)
def test_the_noun_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Umid keldi, qizlar ham.", "Umid"),
        ("Азамат етті жеді, сосын кетті.", "Азамат"),
        ("Азамат этти жеди, анан кетти.", "Азамат"),
    ],
)
def test_the_person_is_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)

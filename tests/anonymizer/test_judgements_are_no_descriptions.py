""" "The only" followed by a word of judgement ("единственный настоящий мужчина", "the only real man")
is an opinion of someone, singling out no one by a fact: no description. With a small place it
still is one ("единственный настоящий врач в нашем селе"). Written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def descriptions(text: str, language: str) -> list[str]:
    spans = Anonymizer((), language=language, use_ner=False).detect(text)
    return [text[s.start : s.end] for s in spans if s.kind is Kind.QUASI]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Он сказал, что там единственный настоящий мужчина, остальные слабаки."),
        ("en", "They said he is the only real man in that film."),
        # "the only real young man in the group", in the three Kazakh Latin spellings
        ("kk", "Ol toptaǵy jalǵyz naǵyz jigit."),
        ("kk", "Ol toptağy jalğyz nağyz jigit."),
        ("kk", "Ol toptagy jalgyz nagyz jigit."),
    ],
)
def test_a_judgement_is_no_description(language: str, text: str) -> None:
    assert descriptions(text, language) == []


def test_a_judgement_in_a_small_place_is_still_one() -> None:
    assert descriptions("Он единственный настоящий врач в нашем селе.", "ru")

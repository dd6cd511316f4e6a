"""Kazakh typed on a Russian keyboard, with "у" for "ұ", "г" for "ғ", "к" for "қ" and so on: a word
of the Kazakh dictionary in a form whose letters spell a name of the region's list with an ending
("сураганда", when asked: the name Сұраған and "-да") is read as the word, as it is when typed
with the Kazakh letters; the name itself, as it is, stays a name. Written for this test."""

from __future__ import annotations

from functools import cache

from facilitator.anonymizer.anonymizer import Anonymizer


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer([], use_ner=False)


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _anonymizer().detect(text)]


def test_a_word_typed_without_kazakh_letters_stays() -> None:
    assert removed("бугин сабакта сураганда бари унсиз калды") == []


def test_the_name_as_it_is_stays_a_name() -> None:
    assert "сураган" in removed("сураган айтты ол келмейди")

"""Kazakh, Kyrgyz, Uzbek and Tajik positions of a person (issue #12, twelfth recall round), written
from how the languages mark a person, not from a note's words: a remark in brackets after a name
("Қабылан (17) бүгін айтты", "Канат-байке (айылдын молдосунун уулу) келди") is passed over as it
is before a verb; a name-word in the genitive before a parent or a sibling ("Sultannyń ákesi": no
sultanate has a father) is a person, whose other forms the session layer then finds. Each with the
same words used the other way, which must keep their reading.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans
from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import rules_anonymizer


def _removed(text: str, roster: tuple[str, ...] = ()) -> set[str]:
    """The note's removed names as written, the session layer's included (a session of one note)."""
    anonymizer = Anonymizer(roster, use_ner=False) if roster else rules_anonymizer()
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    return {text[s.start : s.end] for s in spans if s.kind is Kind.NAME}


def _touched(text: str, word: str) -> bool:
    at = text.index(word)
    anonymizer = rules_anonymizer()
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    return any(s.start < at + len(word) and at < s.end for s in spans if s.kind is Kind.NAME)


# -- a remark in brackets after the name, then a filler, then the verb ----------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Қабылан (17) бүгін айтты: оның құрбысы ауылдан қашып келді.", "Қабылан"),  # a word too
        ("Бөрі (9 сынып) тағы айтты: әкесі ұрады.", "Бөрі"),  # a wolf
        ("Тулпар (биздин топто) бүгүн айтты: атасы урат.", "Тулпар"),
    ],
)
def test_a_word_before_a_remark_a_filler_and_a_verb_of_speech_is_a_person(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Қабылан (жыртқыш аң) бүгін тақырып болды.", "Қабылан"),  # the animal, a topic: no verb of a person
        ("Жолбарыс (сурет) бүгін экранда тұр.", "Жолбарыс"),
    ],
)
def test_the_same_words_before_a_remark_and_no_person_s_verb_stay(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- a hyphenated honorific before a remark that opens with a place word --------------------------
@pytest.mark.parametrize(
    ("text", "roster", "name"),
    [
        ("Канат-байке (айылдын молдосунун уулу) сессияга келди.", ("Канат",), "Канат-байке"),
        ("Канат-байке (айылдын молдосунун уулу) сессияга келди.", (), "Канат-байке"),
        ("Ерлан-аға (ауылдың имамы) бүгін келді.", (), "Ерлан-аға"),
    ],
)
def test_a_name_with_an_honorific_before_a_remark_on_the_person_is_a_person(
    text: str, roster: tuple[str, ...], name: str
) -> None:
    assert name in _removed(text, roster)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ысык-Ата району боюнча жыйын болду.", "Ысык-Ата"),
        ("Жаңа-Арқа ауданы бойынша жиналыс болды.", "Жаңа-Арқа"),
        ("Жаңа-Арқа (ауданы) бойынша жиналыс болды.", "Жаңа-Арқа"),  # the place word alone in brackets
    ],
)
def test_a_hyphenated_place_before_its_place_word_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- a name-word in the genitive before a close relative -------------------------------------------
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Jeke áńgime: Sultannyń inisi aýyryp qaldy. Sultan endi úıde jalǵyz.", "Sultan"),
        ("Азаматтың інісі ауырып қалды. азаматқа 150 нөмірі берілді.", "азаматқа"),
    ],
)
def test_a_name_word_owning_a_relative_is_a_person_found_in_its_other_forms(text: str, form: str) -> None:
    assert form in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jeke áńgime: Sultannyń saraıy – tarıh. Sultan endi murajaıda.", "Sultan endi"),  # a palace
        ("Азаматтың борышы – заңды сақтау. азаматқа құқық берілді.", "азаматқа"),  # a citizen's duty
    ],
)
def test_a_name_word_owning_a_thing_leaves_its_other_forms(text: str, word: str) -> None:
    assert not _touched(text, word)

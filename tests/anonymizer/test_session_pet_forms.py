"""A pet form of a first name found anywhere in the session, made the region's way (the name's first
syllable and a pet ending, as the roster's pet forms are made), is that person, in any note: a
hurried note writes "санжар, санжик", "shohruh shoha". Unsure: removed and listed first in the
review. Words a dictionary reads, and forms of no name of the session, stay. Sentences written for
this test from general knowledge of how facilitators type."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans
from facilitator.anonymizer.name_rules.name_sources import PET_FORM


def session(*texts: str) -> list[list[tuple[str, str, str]]]:
    """Each note's (written, source, key) of every span, detected and added by the session."""
    anonymizer = Anonymizer([], use_ner=False)
    detected = [anonymizer.detect(text) for text in texts]
    more = coreferent_spans(list(texts), detected, anonymizer.roster_keys, anonymizer.common_words)
    return [
        [(text[s.start : s.end], s.source, s.key) for s in [*spans, *added]]
        for text, spans, added in zip(texts, detected, more, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "pet", "key"),
    [
        ("самый активный был санжар, санжик вообще не затыкался", "санжик", "sanjar"),
        ("shohruh shoxrux shoha bitta bola, tug'ilgan kuni 17 avgust", "shoha", "shohruh"),
        ("Мурат сказал, что мурик опять опоздал", "мурик", "murat"),
        # the first syllable closed by a glide ("бау-", "kai-"); a pet ending that reads like a case
        # ending is no stem and ending ("бау" + "қа")
        ("бауыржан келмеді, баука да келмеді", "баука", "bauirjan"),
        ("daniyar zashel s drugom — bauka (baurzhan?), ne nash", "bauka", "baurjan"),
    ],
)
def test_a_pet_form_of_a_name_in_the_note_is_that_person(text: str, pet: str, key: str) -> None:
    (found,) = session(text)
    assert (pet, PET_FORM, key) in found, found


def test_a_pet_form_in_another_note_of_the_session_is_that_person() -> None:
    _first, second = session("Жандос пришёл с братом.", "жандик тоже был, сидел тихо")
    assert ("жандик", PET_FORM, "jandos") in second, second


@pytest.mark.parametrize(
    "texts",
    [
        ("Данияр пришёл. бала ойнады, сака алды",),  # "бала", "сака": words, though shaped so
        ("мурик опять опоздал",),  # no Мурат in this session: no one's pet form
        ("Жаслан пришёл. 17 жашта, 16 жаштагы кыздар",),  # "жаш" + a case: "aged", a Kyrgyz word
    ],
)
def test_words_and_forms_of_no_name_of_the_session_stay(texts: tuple[str, ...]) -> None:
    for found in session(*texts):
        assert not [f for f in found if f[1] == PET_FORM], found

"""Lower-case names that are also ordinary words, decided by what stands around them.

Written from general knowledge of Kazakh, Russian and English (how a facilitator types a speaker, a
full name, a relative, someone told or met), not from the corpus. Where the context says a person,
the name is removed and marked unsure, so the review lists it first; where it says a word, it stays.
"""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.name_rules.name_sources import UNSURE_SOURCES
from facilitator.anonymizer.spans import Kind


def _names(text: str) -> dict[str, str]:
    spans = Anonymizer(use_ner=False).detect(text)
    return {text[s.start : s.end]: s.source for s in spans if s.kind is Kind.NAME}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a speaker label at a line's start or after a semicolon, without quotation marks
        ("Кеше сабақ болды.\nарман: мен бұған келіспеймін", "арман"),
        ("Талқылау қызу өтті; бахыт: әкем ешқашан жыламайды дейді", "бахыт"),
        ("Roleplay went well.\nmax: I think it's fine if she works", "max"),
        # a Kazakh dative before a verb of telling or calling, a comitative before one of talking
        ("Сабақтан кейін арманға айттым, ертең келсін.", "арманға"),
        ("Кеше бахытқа қоңырау шалдым, жауап жоқ.", "бахытқа"),
        ("Кеше алтынмен сөйлестім, келісті.", "алтынмен"),
        ("Үзілісте сұлтанмен келістік.", "сұлтанмен"),
        # a family name or a patronymic after it, in lower case too
        ("Бүгін алтын серікқызы келмеді.", "алтын"),
        ("Потом нур ахметова рассказала про брата.", "нур"),
        ("Later max petrov came in and sat down.", "max"),
        # an honorific after it
        ("Үзілісте алтын апай шай әкелді.", "алтын"),
        # an English verb of talking or telling before it
        ("I spoke with max after the session.", "max"),
        ("Afterwards I talked to will about his father.", "will"),
        # a relative's word before it and a filler after it, as after a subject
        ("Асанның ағасы болат та сабаққа келді.", "болат"),
        # between two names of a list
        ("Сабаққа ерасыл, бақыт, нурбек келді.", "бақыт"),
        # a town's name that is a given name, before a verb of asking or a phone
        ("дархан просил номер психолога.", "дархан"),
        ("тел арман 8 701 234 56 78", "арман"),
    ],
)
def test_a_lower_case_name_that_is_a_word_is_removed_where_a_person_stands(text: str, name: str) -> None:
    found = _names(text)
    assert name in found or any(r.startswith(name + " ") for r in found), found
    if name in found:  # alone, it is unsure: removed, and listed first in the review
        assert found[name] in UNSURE_SOURCES


@pytest.mark.parametrize(
    ("text", "full_name"),
    [
        ("Потом нур ахметова рассказала про брата.", "нур ахметова"),
        # a patronymic in lower case with a case ending, or in the 2021 Latin alphabet
        ("Кеше серік әбілұлымен сөйлестім.", "серік әбілұлымен"),
        ("Búgin serik ábiluly keldi.", "serik ábiluly"),
    ],
)
def test_the_family_name_after_a_lower_case_name_goes_with_it(text: str, full_name: str) -> None:
    assert full_name in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Менің арманым — дәрігер болу.", "арманым"),  # "my dream"
        ("Ол айтты, арманға жету үшін көп оқу керек.", "арманға"),  # "to reach a dream"
        ("Ол алтынға айырбастады.", "алтынға"),  # "exchanged it for gold"
        ("Бүгін алтын уақыт зая кетті.", "алтын"),  # "golden time"
        ("Тақырып: арман мен мақсат.", "арман"),  # a topic after a colon, no speaker
        ("Біз бақытқа жету жолдарын талқыладық.", "бақытқа"),  # "ways to reach happiness"
        ("Слава богу, все пришли вовремя.", "Слава"),  # "thank God"
        ("Асанның әкесі болат зауытында істейді.", "болат"),  # "a steel plant"
        ("Біз сезім, арман және мақсат туралы сөйлестік.", "арман"),  # a list of words
        ("Кеңсе алматыда, тел 8 727 000 00 00", "алматы"),  # the city before a phone
        ("I will talk to them tomorrow.", "will"),  # the verb
        ("We talked about hope and trust.", "hope"),  # the word after "about"
    ],
)
def test_a_name_that_is_a_word_stays_where_the_context_says_word(text: str, word: str) -> None:
    assert not any(word in removed for removed in _names(text)), _names(text)


def test_a_capitalised_word_of_the_dictionary_before_an_honorific_is_a_person() -> None:
    # "сайра" is a fish to the Russian dictionary; inside a sentence, before "апа", a woman (the
    # honorific in her name's span)
    assert "Сайра апа" in _names("Кечээ Сайра апа келди.")


def test_a_capitalised_name_word_before_a_filler_and_a_verb_a_person_does_is_a_person() -> None:
    assert "Роман" in _names("Марат ушёл рано. Роман опять опоздал на полчаса.")
    assert not _names("Роман тоже хороший, советую.")  # the novel: no verb a person does


def test_another_form_of_a_name_of_the_note_before_a_relative_is_the_person() -> None:
    # "Романа" at a sentence start reads as "of the novel", but before "брат" it is Роман's brother
    text = "Все пришли, кроме Романа. Романа брат сказал, что он болеет."
    spans = Anonymizer(use_ner=False).detect(text)
    assert [text[s.start : s.end] for s in spans] == ["Романа", "Романа"]

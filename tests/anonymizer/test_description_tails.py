"""The end of a description that singles one person out (quasi_tails.py): the noun for the person a
word or two on, and the class set off after it, belong to it; what is said of the person after them
stays. Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import fully_removed, removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        # Kazakh: the class after a comma
        (
            "Ауылдағы жалғыз дүнген наубайшының қызы, 8 «Б» сыныбынан, сабаққа келмеді.",
            "Ауылдағы жалғыз дүнген наубайшының қызы, 8 «Б» сыныбынан",
            "сабаққа келмеді",
        ),
        # Kyrgyz: the noun for the boy after an adjective, then the class after a dash
        (
            "Айылдагы жалгыз немис тилдүү бала — 7 «В» класстан, тамашалашат.",
            "жалгыз немис тилдүү бала — 7 «В» класстан",
            "тамашалашат",
        ),
        # Uzbek: the noun two words on, the class in brackets
        (
            "Qishloqdagi yagona ingliz tilida gapiradigan qozoq bola (8-G sinf) guruhda jim o'tiradi.",
            "yagona ingliz tilida gapiradigan qozoq bola (8-G sinf)",
            "guruhda jim o'tiradi",
        ),
    ],
)
def test_the_person_and_the_class_end_the_description(text: str, part: str, kept: str) -> None:
    found = removed_texts(ANONYMIZER, text)
    assert fully_removed(ANONYMIZER, text, part), found
    assert not any(kept in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a number of pupils after the description is no class of the person
        "Ауылдағы жалғыз мұғалімнің ұлы, 25 оқушының бірі.",
        # a word for a person three words on is past the description
        "Айылдагы жалгыз мугалимдин уулу келди, анан бир бала ыйлады.",
    ],
)
def test_nothing_else_is_added(text: str) -> None:
    found = removed_texts(ANONYMIZER, text)
    assert not any("25 оқушы" in f or "бир бала" in f for f in found), found


def test_persons_counted_after_the_cue_are_others() -> None:
    text = "Бір қыз анасы жалғыз өзі үш баланы асырағанын айтты."
    found = removed_texts(ANONYMIZER, text)
    assert not any("баланы" in f for f in found), found


@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        # the relative the description is said of, a dash before it
        (
            "Позвонила тётя Д., брат — единственный фельдшер в селе Коктал, просит помочь.",
            "брат — единственный фельдшер в селе Коктал",
            "просит помочь",
        ),
        (
            "Анасы – ауылдағы жалғыз мұғалім, сондықтан ол үндемейді.",
            "Анасы – ауылдағы жалғыз мұғалім",
            "үндемейді",
        ),
        # a street after an abbreviation's dot still narrows it
        (
            "Не пришёл: единственный пекарь-узбек в пекарне на ул. Садовая, хозяин не отпустил.",
            "единственный пекарь-узбек в пекарне на ул. Садовая",
            "хозяин не отпустил",
        ),
    ],
)
def test_the_relative_before_a_dash_and_a_street_after_a_dot_belong(text: str, part: str, kept: str) -> None:
    found = removed_texts(ANONYMIZER, text)
    assert fully_removed(ANONYMIZER, text, part), found
    assert not any(kept in f for f in found), found


def test_a_word_before_a_dash_that_is_no_person_stays() -> None:
    found = removed_texts(ANONYMIZER, "Беда — единственный фельдшер в селе Коктал уехал.")
    assert not any("Беда" in f for f in found), found


def test_a_kyrgyz_genitive_after_a_voiceless_sound_says_the_noun_follows() -> None:
    """ "-тун"/"-түн" are the Kyrgyz genitive after a voiceless consonant and a rounded vowel, as
    "-дун"/"-нун" after others: the noun owned ("шакирти", his apprentice) is the one described."""
    text = "Бекзат 16 жашта, Талас базарындагы жалгыз кытай саат оңдогучтун шакирти. Келип турат."
    part = "Талас базарындагы жалгыз кытай саат оңдогучтун шакирти"
    descriptions = [text[s.start : s.end] for s in ANONYMIZER.detect(text) if s.kind is Kind.QUASI]
    assert part in descriptions, descriptions


# -- a job or a role with no ending ends a Turkic description: what follows is said of the person --
@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        ("Ауылдағы жалғыз мұғалім бізге спорт залын ашып береді.", "Ауылдағы жалғыз мұғалім", "спорт залын"),
        ("Aýyldaǵy jalǵyz feldsher bizge dári ákeldi.", "Aýyldaǵy jalǵyz feldsher", "dári ákeldi"),
        ("Ауылдағы жалғыз ер мұғалім сессияға кеш келді.", "Ауылдағы жалғыз ер мұғалім", "кеш келді"),
        # after the job: the honorific the person is called by, a short aside in brackets, and the
        # small place's name set after a comma belong to it
        ("Ауылдағы жалғыз фельдшер апай мен ажырасып кеткен.", "Ауылдағы жалғыз фельдшер апай", "ажырасып"),
        ("Ауылдағы жалғыз мұғалім ағайға хат жаздық.", "Ауылдағы жалғыз мұғалім ағайға", "хат жаздық"),
        (
            "Мектептегі жалғыз ер мұғалім (дене шынықтыру) - Ерболдың әкесі.",
            "Мектептегі жалғыз ер мұғалім (дене шынықтыру)",
            "әкесі",
        ),
        (
            "Шынар апай (ауылдағы жалғыз акушерка, Қарасу) сессияға келеді.",
            "ауылдағы жалғыз акушерка, Қарасу",
            "сессияға келеді",
        ),
    ],
)
def test_a_job_with_no_ending_ends_the_description(text: str, part: str, kept: str) -> None:
    found = removed_texts(ANONYMIZER, text)
    assert fully_removed(ANONYMIZER, text, part), found
    assert not any(kept in f for f in found), found


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ауылдағы жалғыз мұғалімнің ұлы сабаққа келмеді.", "Ауылдағы жалғыз мұғалімнің ұлы"),
        ("Ауылдағы жалғыз мұғалім әйел бізге көмектесті.", "Ауылдағы жалғыз мұғалім әйел"),
        ("Ауылдағы жалғыз мектеп директоры келді.", "Ауылдағы жалғыз мектеп директоры"),
    ],
)
def test_a_genitive_or_a_person_noun_after_the_job_still_belongs(text: str, part: str) -> None:
    assert fully_removed(ANONYMIZER, text, part), removed_texts(ANONYMIZER, text)


# -- what follows the job otherwise stays --
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a long aside is a sentence of its own, not the job's name
        ("Ауылдағы жалғыз мұғалім (бізге көмектескен көп рет, бәрі біледі) келді.", "бәрі біледі"),
        # a big city after the comma is no small place: it stays
        ("Шынар апай (ауылдағы жалғыз акушерка, Алматы) сессияға келеді.", "Алматы"),
        # a capitalised word after the comma that opens a clause of its own is not the place
        ("Ауылдағы жалғыз акушерка, Кейін бізге көмектесті.", "Кейін"),
    ],
)
def test_what_follows_the_job_otherwise_stays(text: str, kept: str) -> None:
    found = removed_texts(ANONYMIZER, text)
    assert not any(kept in f for f in found), found

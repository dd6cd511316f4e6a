"""A name of the session that voice typing split into two words it knows ("nor lan" for Nurlan,
"beck sat" for Bekzat): the two words together sound like the name, so they are that person. Not a
compound name's parts used as words, not a short name, not a name of no one in the session. Read
as the export reads a session (``Redaction``). Written for this test, not from any corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note


@cache
def _anonymizer(roster: tuple[str, ...], language: str) -> Anonymizer:
    return Anonymizer(list(roster), language=language, use_ner=False)


def printed(texts: list[str], roster: tuple[str, ...], language: str = "en") -> str:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, _anonymizer(roster, language))
    return "\n".join(red.text(note) for note in red.notes)


@pytest.mark.parametrize(
    ("roster", "texts", "heard"),
    [
        (
            ("Nurlan Asanov", "Erbol Kadyrov"),
            ["all five present full stop nor lan came late"],
            "nor lan",
        ),
        (
            ("Bekzat Omarov", "Timur Sadykov"),
            ["new line beck sat brought the markers comma timur the tea", "bekzat phone later"],
            "beck sat",
        ),
        (("Dastan Jusupov", "Azamat Ergeshov"), ["das tan said nothing today full stop"], "das tan"),
    ],
)
def test_a_misheard_name_is_the_person(roster: tuple[str, ...], texts: list[str], heard: str) -> None:
    out = printed(texts, roster)
    assert heard not in out, out
    assert "Participant A" in out, out


@pytest.mark.parametrize(
    ("roster", "language", "texts", "kept"),
    [
        # a compound name's parts as words: "a white road" beside Ақжол
        (("Ақжол Сапаров", "Ерлан Сейітов"), "kk", ["Ақжол: «менің атым — ақ жол, жолың болсын»"], "ақ жол"),
        # a short name: two words sound like it too often ("back it" and Bakyt)
        (
            ("Bakyt Asanov", "Erbol Kadyrov"),
            "en",
            ["we must back it up full stop bakyt agreed"],
            "back it",
        ),
        # no one of the session is called so
        (("Erbol Kadyrov", "Timur Sadykov"), "en", ["all present full stop nor lan came late"], "nor lan"),
    ],
)
def test_two_words_stay(roster: tuple[str, ...], language: str, texts: list[str], kept: str) -> None:
    out = printed(texts, roster, language)
    assert kept in out, out


@pytest.mark.parametrize(
    ("texts", "heard"),
    [
        # no roster, no other form in the session: two words that are a listed name together, right
        # before a verb of a person or a word of absence
        (["group of ten full stop dil shod came late again comma no reason"], "dil shod"),
        (["new line jam shed said his father works in Tomsk full stop"], "jam shed"),
        (["ab dulla absent comma flu full stop"], "ab dulla"),
    ],
)
def test_a_listed_name_split_in_two_before_a_verb_of_a_person(texts: list[str], heard: str) -> None:
    out = printed(texts, ())
    assert heard not in out, out


def test_a_split_name_of_the_session_opening_a_sentence() -> None:
    out = printed(["Dil shod comma I mean Dilshod comma was quiet today full stop"], ())
    assert "Dil shod" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "the far end came loose comma we fixed it full stop",
        "all the big boys came late full stop",
        "we must back it up full stop then sat down",
    ],
)
def test_two_words_before_a_verb_that_are_no_name_stay(text: str) -> None:
    assert printed([text], ()) == text


@pytest.mark.parametrize(
    ("roster", "texts", "heard"),
    [
        # a compound name's first part (ер, man) split off by voice typing, in a list of the roster's
        # names: the pair is the name, though "ер асыл" (a noble man) is two words too
        (
            ("Мақсат Әлиев", "Нұрлан Серіков", "Ерасыл Қанатов", "Айбол Бекұлы"),
            ["жатақханасы төрт жігіт мақсат нұрлан ер асыл айбол"],
            " ер ",
        ),
        (
            ("Бекзат Ахметов", "Нұрбол Серік", "Жандос Омаров", "Ақжол Қали"),
            ["мектеп залы бес бала бекзат нұрбол жан дос ақжол"],
            " дос ",
        ),
    ],
)
def test_a_compound_name_split_in_a_list_of_names_is_the_person(
    roster: tuple[str, ...], texts: list[str], heard: str
) -> None:
    out = printed(texts, roster, "kk")
    assert heard not in out, out


@pytest.mark.parametrize(
    "texts",
    [
        ["ол нағыз ер асыл азамат екен"],  # "a truly noble man": no name beside the pair
        ["жан дос деген сөзді талқыладық, нұрбол келіспеді"],  # a name after the comma, not beside it
    ],
)
def test_a_compound_names_parts_as_words_stay_beside_no_name(texts: list[str]) -> None:
    out = printed(texts, ("Ерасыл Қанатов", "Жандос Омаров", "Нұрбол Серік"), "kk")
    assert "ер асыл" in out or "жан дос" in out, out

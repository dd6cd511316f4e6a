"""Names as English voice typing leaves them (``dictation``): a Turkic name's ending heard as an
English word ("Jan back" for Janbek, "Dos by" for Dosbay, "Nur john", "Eye gull"), and a word the
dictating facilitator corrects into a name ("Tamer sorry Temur", "Sardine I mean Sardor"): both
are that person. Ordinary English stays: "pushed back", "sorry I was late", "I mean it", "the new
back door", a pronoun before "sorry". Read as the export reads a session (``Redaction``). Written
for this test, not from any corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.dictation import sound
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note


@cache
def _anonymizer(roster: tuple[str, ...]) -> Anonymizer:
    return Anonymizer(list(roster), language="en", use_ner=False)


def printed(texts: list[str], roster: tuple[str, ...]) -> str:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, _anonymizer(roster))
    return "\n".join(red.text(note) for note in red.notes)


@pytest.mark.parametrize(
    ("heard", "name"),
    [
        ("Jan back", "Janbek"),
        ("Dos by", "Dosbay"),
        ("Nur john", "Nurjan"),
        ("Eye gull", "Aigul"),
        ("new", "Nur"),
        ("Ice cool", "Aisulu"),
        ("Cell bek", "Selbek"),
    ],
)
def test_heard_sounds_like_the_name(heard: str, name: str) -> None:
    assert sound(heard)[:3] == sound(name)[:3]


def test_a_hard_c_is_no_s() -> None:
    assert sound("Cell")[:3] != sound("Kelbek")[:3]
    assert sound("Cool")[:2] == sound("Kuat")[:2]


@pytest.mark.parametrize(
    ("roster", "texts", "heard"),
    [
        (
            ("Janbek Sadykov", "Erbol Kadyrov"),
            ["after the break Jan back said he will bring his brother"],
            "back",
        ),
        (("Dosbay Omarov", "Timur Sadykov"), ["dos by came late again full stop timur the tea"], "dos by"),
        (("Diljan Aliev", "Erbol Kadyrov"), ["then Dill john asked about the certificate"], "john"),
        (("Aigul Bekova", "Saule Omarova"), ["Eye gull sorry Aigul said she cannot come"], "gull"),
    ],
)
def test_an_ending_heard_as_a_word_is_the_person(
    roster: tuple[str, ...], texts: list[str], heard: str
) -> None:
    out = printed(texts, roster)
    assert heard not in out, out
    assert "Participant A" in out, out


@pytest.mark.parametrize(
    ("roster", "texts", "corrected"),
    [
        (("Temur Abenov", "Erbol Kadyrov"), ["Tamer sorry Temur said the rules are old"], "Tamer"),
        (
            ("Dulat Abenov", "Erbol Kadyrov"),
            ["Dollar sorry Dulat brought tea comma erbol the cups"],
            "Dollar",
        ),
        (("Sardor Rahimov", "Erbol Kadyrov"), ["Sardine I mean Sardor said it twice"], "Sardine"),
        (("Shakhzod Umarov", "Erbol Kadyrov"), ["then Shark or rather Shakhzod laughed at it"], "Shark"),
    ],
)
def test_a_corrected_word_is_the_person(roster: tuple[str, ...], texts: list[str], corrected: str) -> None:
    out = printed(texts, roster)
    assert corrected not in out, out


@pytest.mark.parametrize(
    ("roster", "texts", "kept"),
    [
        (
            ("Bekzod Rahimov", "Erbol Kadyrov"),
            ["he pushed back sorry Bekzod said it again"],
            "pushed back sorry",
        ),
        (("Bekzod Rahimov", "Erbol Kadyrov"), ["sorry I was late Bekzod said"], "sorry I was late"),
        (("Bekzod Rahimov", "Erbol Kadyrov"), ["I mean it Bekzod said"], "I mean it"),
        (
            ("Nurbek Asanov", "Erbol Kadyrov"),
            ["we sat at the new back table and nurbek said hi"],
            "new back table",
        ),
        (("Aibek Asanov", "Erbol Kadyrov"), ["I back the plan full stop aibek agreed"], "I back the plan"),
        (("Shakhzod Umarov", "Erbol Kadyrov"), ["She sorry Shakhzod said it first"], "She sorry"),
    ],
)
def test_ordinary_english_stays(roster: tuple[str, ...], texts: list[str], kept: str) -> None:
    out = printed(texts, roster)
    assert kept in out, out


@pytest.mark.parametrize(
    ("texts", "corrected"),
    [
        # a dash before the cue of a correction
        (["Memo: Tamer — I mean Temur — said the rules are old."], "Tamer"),
        # a dictation's spelling in quotes set equal to the name
        (['Dictation mixed it up again: "Sir jan" = Serzhan, fixed by hand.'], "Sir jan"),
        # an English soft "c" is an "s": "Cell bek" for Selbek
        (['Fix in the notes: "Cell bek" = Selbek.'], "Cell bek"),
    ],
)
def test_a_correction_after_a_dash_or_an_equals_sign_is_the_person(texts: list[str], corrected: str) -> None:
    out = printed(texts, ())
    assert corrected not in out, out


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        (['"Team" = everyone who came, Bakyt said.'], "Team"),
        (["Group A = Temur and Bakyt, group B the rest."], "Group A"),
        (['"Sun" = Bakyt as a joke name, the boys laughed.'], "Sun"),
    ],
)
def test_a_word_set_equal_to_what_does_not_sound_like_it_stays(texts: list[str], kept: str) -> None:
    out = printed(texts, ())
    assert kept in out, out

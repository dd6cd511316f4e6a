"""The first three letters of a long first name of the session, as a quotation's speaker at a line's
start ("Ера: «…»" of Ерасыл), are that person even where a dictionary knows the word; elsewhere a
word that short stays. Sentences written for this test."""

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note


def printed(texts: list[str], roster: tuple[str, ...]) -> list[str]:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, Anonymizer(roster, language="kk"))
    return [red.text(note) for note in red.notes]


def test_three_letters_of_a_name_as_a_quotations_speaker_go() -> None:
    out = printed(["Ерасыл бүгін кешікті.", "Ера: «мен бәрібір келемін»"], ("Ерасыл Сапаров",))
    assert "Ера" not in out[1], out


def test_three_letters_after_a_time_stamp_as_a_speaker_go() -> None:
    out = printed(["Ерасыл бүгін кешікті.", "10:15 ера: «мен бәрібір келемін»"], ("Ерасыл Сапаров",))
    assert "ера" not in out[1].casefold(), out


def test_three_letters_elsewhere_stay() -> None:
    out = printed(["Ерасыл бүгін кешікті.", "Тас ғасыры, жаңа ера туралы айттық."], ("Ерасыл Сапаров",))
    assert "жаңа ера туралы" in out[1], out

"""A date that opens a note and ends with a stop, a comma or a dash is the day a diary's entry was
written ("2026/03/04. Бүгін …", "12.03.2026, жел"): it stays. A date of birth keeps its cue or its
name ("Туған күні 2007/03/04", "12.03.2005 Айбек …", "12.03.2005 г.р."), and a date inside a note is
read as before. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import removed, touched


def birthdates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.BIRTHDATE]


@pytest.mark.parametrize(
    "text",
    [
        "2026/03/04. Бүгінгі топта 9 бала болды.",
        "12.03.2026, жел қатты. Сабақ кешікті.",
        "2026-03-04 — тема: ревность и контроль.",
        "  05.11.2025:\nпришли восемь человек",
    ],
)
def test_a_date_opening_a_note_stays(text: str) -> None:
    date = text.split()[0].rstrip(".,:")
    assert not touched(text, date), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Туған күні 2007/03/04.", "2007/03/04"),
        ("12.03.2005 Айбек Серіков, 9-сынып.", "12.03.2005"),
        ("12.03.2005 г.р. — Айбек, живёт с бабушкой.", "12.03.2005 г.р."),
        ("Новенький: Тимур, 12.03.2009.", "12.03.2009"),
    ],
)
def test_a_date_of_birth_is_still_removed(text: str, part: str) -> None:
    assert part in birthdates(text), removed(text)

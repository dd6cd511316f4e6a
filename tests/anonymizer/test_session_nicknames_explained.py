"""A nickname the session explains with a name in brackets ("Doc (Sanjar) was quiet") is that
person in the session's other notes where a person stands: a line's label before a dash ("Doc -
e-mail … for the slides"), before a contact with one hyphened word between ("doc - e-mail …"),
before a date of birth and its cue ("Doc date of birth …"). The
same word typed as a word of its language stays ("balyq sıaqty": like a fish, a Kazakh word typed
in Latin letters). Read as the export reads a session (``Redaction``). Written for this test, not
from any corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note


@cache
def _anonymizer(roster: tuple[str, ...], language: str) -> Anonymizer:
    return Anonymizer(list(roster), language=language, use_ner=False)


def printed(texts: list[str], roster: tuple[str, ...], language: str) -> str:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, _anonymizer(roster, language))
    return "\n".join(red.text(note) for note in red.notes)


@pytest.mark.parametrize(
    ("roster", "language", "texts", "gone", "kept"),
    [
        (
            ("Sanjar Aliev", "Timur Bekov"),
            "en",
            ["Doc (Sanjar) was quiet today.", "Doc - e-mail s.aliev@mail.kg for the slides."],
            "Doc -",
            "",
        ),
        (
            ("Sanjar Aliev", "Timur Bekov"),
            "en",
            ["Doc (Sanjar) was quiet today.", "timur said then doc - e-mail s.aliev@mail.kg"],
            "doc -",
            "",
        ),
        (
            ("Sanjar Aliev", "Timur Bekov"),
            "en",
            ["Doc (Sanjar) was quiet today.", "certificates: Doc date of birth 12.03.2008, Timur next week"],
            "Doc date",
            "",
        ),
        (
            ("Nurlan Omarov", "Aıdos Seıtov"),
            "kk",
            [
                "Bári keldi. Balyq (Nurlan) kesh keldi.",
                "Keıin: «balyq sıaqty únsiz otyrma» dedim.",
                "Balyq — telefon almaıdy, erteń habarlasý.",
            ],
            "Balyq —",
            "«balyq sıaqty",
        ),
    ],
)
def test_an_explained_nickname_goes_where_a_person_stands(
    roster: tuple[str, ...], language: str, texts: list[str], gone: str, kept: str
) -> None:
    out = printed(texts, roster, language)
    assert gone not in out, out
    assert kept in out, out


def test_a_lower_case_word_defined_after_a_dash_stays() -> None:
    """ "жеңіс - жеңілу емес" (victory is not defeat) opening a line, beside the participant Жеңіс:
    a lower-case word defined, not a line of what to do with him."""
    out = printed(["жеңіс - жеңілу емес, дедік.", "Жеңіс (Ерланның досы) кешікті."], ("Ерлан Нұров",), "kk")
    assert out.startswith("жеңіс - жеңілу"), out


@pytest.mark.parametrize(
    ("roster", "language", "texts", "gone"),
    [
        # a roster name's pet form, found where a person stands in one note ("everyone calls him
        # lochin"), is that person in the next note too, with no verb of a person beside it there
        (
            ("Lochinbek Saidov", "Ilhom Jumayev"),
            "ru",
            ["lochinbekni hamma lochin deydi", "ilhomning fikri: pul muhim. lochin qarshi chiqdi"],
            "lochin qarshi",
        ),
    ],
)
def test_a_pet_form_found_in_one_note_is_the_person_in_the_others(
    roster: tuple[str, ...], language: str, texts: list[str], gone: str
) -> None:
    assert gone not in printed(texts, roster, language)


def test_a_pet_form_found_nowhere_as_a_person_stays_a_word_elsewhere() -> None:
    out = printed(
        ["lochin qushi haqida gaplashdik", "ilhom keldi"], ("Lochinbek Saidov", "Ilhom Jumayev"), "ru"
    )
    assert "lochin qushi" in out, out


def test_how_the_note_says_he_is_called_is_him_in_every_note() -> None:
    """ "Тигр (по паспорту Руслан, его так на потоке зовут)": the note says he is called so, so the
    word is that person wherever the session writes it as it was written there ("Тигр спорил"); an
    everyday word in small letters stays ("тигр в зоопарке")."""
    out = printed(
        [
            "Тигр спорил со мной, что всё это западная пропаганда.",
            "Тигр (по паспорту Руслан, его так на потоке зовут) сказал, что сосед бьёт жену.",
            "Видео про тигр в зоопарке не включилось.",
        ],
        ("Руслан Ахметов",),
        "ru",
    )
    assert "Тигр" not in out, out
    assert "про тигр в зоопарке" in out, out

"""A name that is also a word, spoken of as the word: before a word that speaks of it ("Адилет
значит справедливость", "umid means hope"), opening a sentence or a quotation before a dash that
defines it ("«Жеңіс — шыдамдылық»"), after "my" ("my arman is to study"), after a word of meaning
("his name means umid"), after the Russian "в" ("v islom uvazhayut zhenshchin"); a feast's name
after a word of time ("born on Nowruz"); a name after a title of legend ("the hero Nizom"). A
participant of that name elsewhere in the session is still removed. Read as the export reads a
session (``Redaction``). Written for this test, not from any corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note


@cache
def _anonymizer(roster: tuple[str, ...], language: str) -> Anonymizer:
    return Anonymizer(list(roster), language=language, use_ner=False)


def printed(texts: list[str], roster: tuple[str, ...], language: str) -> list[str]:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, _anonymizer(roster, language))
    return [red.text(note) for note in red.notes]


@pytest.mark.parametrize(
    ("roster", "language", "texts", "kept", "gone"),
    [
        (
            ("Бакыт Иманов", "Нурлан Асанов"),
            "ru",
            ["Бакыт (смеётся): «Бакыт — это когда мама спокойна».", "Бакыт опоздал."],
            "«Бакыт — это",
            "Бакыт опоздал",
        ),
        (
            ("Жеңіс Сапаров", "Ерлан Нұров"),
            "kk",
            ["Ерлан: «Жеңіс — шыдамдылық, айқай емес».", "Жеңіс кешігіп келді."],
            "«Жеңіс — шыдамдылық",
            "Жеңіс кешігіп",
        ),
        (
            ("Адилет Осмонов", "Нурбек Асанов"),
            "ru",
            ["Нурбек: «Адилет значит справедливость, а её нет».", "Адилет молчал весь час."],
            "«Адилет значит",
            "Адилет молчал",
        ),
        (
            ("Umid Karimov", "Aziz Rahimov"),
            "en",
            ["aziz said his brother's name means umid comma hope", "umid came late"],
            "means umid",
            "umid came",
        ),
        (
            ("Arman Nurov", "Timur Aliev"),
            "en",
            ["timur said my arman is to study abroad", "arman came late again"],
            "my arman is",
            "arman came",
        ),
        (
            ("Таалай Асанов", "Эрмек Беков"),
            "ru",
            ["Эрмек: «мой таалай — это семья»", "Таалай пришёл первым."],
            "мой таалай",
            "Таалай пришёл",
        ),
        (
            ("Nowruz Karimov", "Aziz Rahimov"),
            "en",
            [
                "| nick | here |\n|---|---|\n| Eagle | yes |\n| Nowruz | yes |",
                "Nowruz was born on Nowruz, in spring.",
            ],
            "born on Nowruz",
            "Nowruz was",
        ),
        (
            ("Nizom Karimov", "Aziz Rahimov"),
            "en",
            ["Aziz liked the legend of the hero Nizom who fought a dragon.", "Nizom came late."],
            "hero Nizom",
            "Nizom came",
        ),
        (
            ("islom karimov", "aziz rahimov"),
            "ru",
            ["aziz: 'v islom zhenshchinu uvazhayut'", "islom skazal chto ustal"],
            "v islom",
            "islom skazal",
        ),
    ],
)
def test_the_word_stays_and_the_participant_goes(
    roster: tuple[str, ...], language: str, texts: list[str], kept: str, gone: str
) -> None:
    out = "\n".join(printed(texts, roster, language))
    assert kept in out, out
    assert gone not in out, out


@pytest.mark.parametrize(
    ("roster", "language", "text", "gone"),
    [
        # "our": a participant, not the word
        (("Aziz Rahimov", "Timur Aliev"), "en", "our aziz said he is tired", "aziz"),
        # a case form before a word of speech is the person's words
        (("Қайрат Сапаров", "Ерлан Нұров"), "kk", "Қайраттың сөзі бәрін ойландырды.", "Қайраттың"),
        # a word of speech then a boy: the boy called so
        (("Ерлан Нұров", "Асқар Бекұлы"), "kk", "айбын деген бала бүгін келмеді, ерлан айтты", "айбын"),
        # a capitalised name inside a sentence before a dash is a person
        (("Бакыт Иманов", "Нурлан Асанов"), "ru", "Пришли все, и Бакыт — тоже.", "Бакыт"),
    ],
)
def test_a_person_stays_a_person(roster: tuple[str, ...], language: str, text: str, gone: str) -> None:
    out = printed([text], roster, language)[0]
    assert gone not in out, out

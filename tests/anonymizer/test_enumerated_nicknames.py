"""A word that stands as a member of an enumeration of people ("Қасқыр, Ерлан, Асхат", "Т.Б., А.Ш.,
и ещё Боцман и Сокол") or that a plural cue lists ("лақап аттар: Шалбар, Мысық", "клички: кореш,
генерал", "nicknames: Tank, Professor") is a person's nickname, though it is an ordinary word: it
is removed in every note of the session and every case form ("Қасқырдың ағасы", "кореш сказал").
Kin, roles, pronouns, closing words and praise in such a list stay ("Ерлан, Асхат и мама",
"Данияр, Тимур и учитель", "Ерлан, Асхат и остальные", "Ерлан, Асхат, молодцы"), so do places
("Ерлан, Асхат, Шымкент и Тараз"), and a list that holds no two people is no list of people
("маркеры, флипчарт, чай")."""

from __future__ import annotations

import pytest

from tests.helpers.session_notes import session


@pytest.mark.parametrize(
    ("language", "texts", "words"),
    [
        (
            "kk",
            ["Құлсары, 7 жігіт. Лақап аттар: Шалбар, Мысық.", "Шалбардың нөмірі жоқ, Мысық келмеді."],
            ["шалбар", "мысық"],
        ),
        ("kk-latn", ["laqap attar: shalbar, mysyq.", "shalbar keldi."], ["shalbar", "mysyq"]),
        ("ru", ["клички: кореш, генерал", "кореш сказал что отец пьет"], ["кореш", "генерал"]),
        ("en", ["Nicknames: Tank, Professor.", "Tank said his dad drinks."], ["tank", "professor"]),
        ("kk", ["жаңаөзен, 9 жігіт. қасқыр, ерлан, асхат.", "қасқырдың ағасы келді."], ["қасқыр"]),
        ("kk", ["Келгендер: Ерлан, Асхат, бөрі.", "бөрі ештеңе айтпады."], ["бөрі"]),
        (
            "ru",
            ["Пришли: Ерлан, Асхат, и ещё Боцман и Сокол.", "Сокол сказал, что отец пьёт."],
            ["боцман", "сокол"],
        ),
        (
            "ru",
            ["человек пять: Ерлан, Асхат, и ещё кореш и генерал.", "кореш сказал что отец пьет"],
            ["кореш", "генерал"],
        ),
        ("kk", ["Ерлан, Асхат, Қазақ бала.", "Қазақ баланың әкесі келді."], ["қазақ бала"]),
        ("en", ["Present: Timur, Daniyar and Bulldog.", "Bulldog said his dad drinks."], ["bulldog"]),
        ("ru", ["Пришли Данияр, Тимур и Малыш который опоздал.", "Малыш молчал."], ["малыш"]),
        ("ru", ["опоздали Данияр Тимур и Малыш который живёт далеко", "Малыш молчал"], ["малыш"]),
        ("kk", ["Ерлан (ән салады), Асхат, Торғай.", "Торғайға нөмір бердім."], ["торғай"]),
    ],
)
def test_a_listed_nickname_is_a_person_in_every_note(
    language: str, texts: list[str], words: list[str]
) -> None:
    printed = session(language, texts)
    for text in printed:
        for word in words:
            assert word not in text.casefold(), printed


@pytest.mark.parametrize(
    ("language", "texts", "kept"),
    [
        ("ru", ["Ерлан, Асхат и мама пришли.", "мама ушла"], "мама"),
        ("ru", ["Пришли Ерлан Асхатов и Ежик.", "ежик в тумане"], "ежик в тумане"),
        ("ru", ["Пришли Данияр, Тимур и учитель.", "учитель ушёл"], "учитель"),
        ("ru", ["Принесли маркеры, флипчарт, чай.", "чай остыл"], "флипчарт"),
        ("ru", ["Ерлан, Асхат и остальные.", "остальные молчали"], "остальные"),
        ("ru", ["Ерлан, Асхат, молодцы.", "молодцы все"], "молодцы"),
        ("ru", ["Ерлан, Асхат, сегодня вы ведущие.", ""], "сегодня"),
        ("ru", ["Ерлан и Асхат спорили, чай остыл.", ""], "чай"),
        ("ru", ["Ерлан сказал: чай, печенье, фрукты.", ""], "фрукты"),
        ("kk", ["Ерлан, Асхат және ағасы келді.", "ағасы кетті"], "ағасы"),
        ("kk", ["Ерлан, Асхат және басқалары келді.", ""], "басқалары"),
        ("kk", ["Ерлан, Асхат, жарайсыңдар.", ""], "жарайсыңдар"),
        ("en", ["Timur, Daniyar and the teacher came.", ""], "teacher"),
        ("en", ["Timur, Daniyar and others stayed.", ""], "others"),
        ("kk", ["Ерлан, Асхат, Қазақ балалар.", "балалар келді"], "балалар"),
        ("ru", ["Были Ерлан, Асхат, Шымкент и Тараз.", ""], "Шымкент"),
        ("kk", ["Ерлан, Асхат, Түркістан.", ""], "Түркістан"),
        (
            "kk",
            [
                "Келісім: Айдос Жұмабек, ЖСН 090214500927, туған күні 14 ақпан 2009; Санжар Мұратов, 2008 ж.",
                "ЖСН жоқ",
            ],
            "ЖСН жоқ",
        ),
        ("uz", ["Bobur — tojik, Umid va Baxtiyor aka-uka.", ""], "tojik"),
    ],
)
def test_kin_roles_and_lists_of_things_stay(language: str, texts: list[str], kept: str) -> None:
    assert any(kept in text for text in session(language, [t for t in texts if t]))

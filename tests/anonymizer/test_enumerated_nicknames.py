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
        # a list one person a line (numbered, bulleted, with the person's phone, or pasted into one
        # line with " / " for its breaks) makes a word on a line of its own a member, as commas do
        (
            "ky",
            ["список на субботу\n1 адилет\n2 адыл\n3 бекболот\n4 жыргал\n5 кубаныч"],
            ["жыргал", "кубаныч"],
        ),
        ("kk", ["тізім: / 1 нұрдос / 2 ералы / 3 тайжан / 4 шоқан"], ["тайжан"]),
        (
            "kk",
            ["қоңырау тізімі:\nнұрасыл 8 705 411 23 90\nайбар 8 775 602 18 44\nбауырсақ 8 700 219 73 05"],
            ["бауырсақ"],
        ),
        ("kk", ["номерлер: бека 87074561290 / нурик 87783341207 / саке 8 701 402 55 80 (такси)"], ["саке"]),
        ("ky", ["чалуу тизмеси\n- бекжан 0777 30 19 84\n- медер 0705 662 104\n- аюу 0559 40 40 17"], ["аюу"]),
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
    ("language", "text", "kept"),
    [
        ("ru", "Пришли:\nАйбек\nНурлан\nопоздали двое.", "опоздали"),
        ("ru", "Айбек / Нурлан / итог: всё хорошо", "итог"),
        ("kk", "Қатысқандар:\n1. Дәурен\n2. Асылбек\n3. Темірлан\nКелмегендер: Санжар, Ержан", "Келмегендер"),
        ("ru", "Ерлан, 17 лет, Асхат, 16 лет, Нурлан, 15 лет", "лет"),
    ],
)
def test_a_line_that_is_no_member_stays(language: str, text: str, kept: str) -> None:
    assert kept in session(language, [text])[0]


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

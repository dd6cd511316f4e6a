"""Nicknames a note places beside the person they name, with no cue word, from general knowledge of how
facilitators write down what a group calls someone, not from any notes: in quotes after the person or
before the person in brackets, opening a line before a dash and the person, after a relative or "он
же", opening a cell of the person's row; a dictionary's word alone in brackets after the person.
Every form of the word in the note (and the session) is then that person.
"""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_session_names_in, session_names


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Тимур «Кабан» опять опоздал на полчаса.", "Кабан"),
        ("«Тайфун» (Данияр) сегодня весь час молчал.", "Тайфун"),
        ("Кто есть кто:\n«Граф» — Ерболат\n«Химик» — Самат Оспанов", "Граф"),
        ("Кто есть кто:\n«Граф» — Ерболат\n«Химик» — Самат Оспанов", "Химик"),
        ("Серик Байжанов (он же «Доцент») предложил тему про деньги.", "Доцент"),
        ("Пришёл новенький, Алмаз, младший брат «Кабана».", "Кабана"),
        ("New guy today: Erlan, brother of 'Tank'. Quiet.", "Tank"),
        ("Имя\tЛет\tЗаметки\nСамат\t16\t«Химик», шутил весь час", "Химик"),
        ("После сессии говорил с Маратом (Тайфун), 20 минут.", "Тайфун"),
        ("rebyata zovut Sanjara 'Sanjar Kapitan', on v komande glavnyy.", "Kapitan"),
    ],
)
def test_a_word_placed_beside_a_person_is_a_nickname(text: str, nickname: str) -> None:
    assert any(nickname in name for name in model_session_names_in(text))


def test_every_form_of_a_placed_nickname_in_the_note_is_the_person() -> None:
    text = "Тимур «Кабан» опять опоздал. Кабан смеётся, но потом извинился. Мать Кабана звонила."
    removed = model_session_names_in(text)
    assert removed.count("Кабан") == 2 and "Кабана" in removed


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Данияр «Нет» ответил и отвернулся.", "Нет"),
        ("Ақылжанға «Қыз-Жібек» дастанын оқып келу тапсырылды.", "Қыз-Жібек"),
        ("Ержан (Шымкент) приехал на автобусе.", "Шымкент"),
        ("Асель (староста) собрала телефоны.", "староста"),
        ("Кто есть кто:\n«Мама» — Айгерим\n«Химик» — Самат", "Мама"),
        ("Ержан сказал «Спасибо» и ушёл.", "Спасибо"),
    ],
)
def test_words_beside_a_person_that_are_no_nickname_stay(text: str, word: str) -> None:
    assert not any(word in name for name in model_session_names_in(text))


def test_a_placed_nickname_is_the_person_in_the_sessions_other_notes() -> None:
    notes = [
        "Новая группа. Самат Оспанов «Химик» — самый активный.",
        "Химик сегодня опоздал, потом помогал с флипчартом.",
    ]
    assert "Химик" in session_names(notes)[1]


def test_a_title_after_its_things_word_and_an_author_is_no_nickname() -> None:
    text = "Обсуждали книгу Асель Нурлановой «Тишина», понравилась."
    assert not any("Тишина" in name for name in model_session_names_in(text))


def test_a_placed_nickname_is_looked_for_capitalised_and_in_its_own_script() -> None:
    notes = [
        "New guy: Daniyar 'Boss', quiet at first.",
        "Boss was late again. His boss at the car wash kept him. Сумкам бос емес.",
    ]
    names = session_names(notes)[1]
    assert "Boss" in names
    assert "boss" not in names and "бос" not in names


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "гс от артёма: я не приду мы с шаманом едем на дачу\n— «шаман» это Шамиль Рахимов (кличка).",
            ["шаманом", "шаман"],
        ),
        (
            "гс: короче малой опять дома не ночевал\n«малой» = его младший брат Матвей, 14.",
            ["малой", "малой"],
        ),
    ],
)
def test_a_word_in_small_letters_a_line_equates_to_a_person_is_his_nickname(
    text: str, forms: list[str]
) -> None:
    removed = [text[s.start : s.end] for s in _session_spans(text)]
    assert all(removed.count(form) >= forms.count(form) for form in forms), removed


def test_a_word_in_small_letters_equated_to_no_person_stays() -> None:
    text = "«малой» = так говорят про младших, без обид. Малой ростом — не значит слабый."
    assert not any(text[s.start : s.end] == "малой" for s in _session_spans(text))


def _session_spans(text: str) -> list:
    from facilitator.anonymizer.coreference import coreferent_spans
    from tests.helpers.found_names import rules_anonymizer

    anonymizer = rules_anonymizer()
    spans = anonymizer.detect(text)
    return spans + coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]

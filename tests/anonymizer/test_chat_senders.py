"""A message copied from a chat opens with its stamp and its sender ("[19:31] Гург: ҳаст соати 7",
"[18:03] Hulk: ya 7", "12.03.2026, 09:12 - Кучук: …"): the sender is a person as the phone saved
them, whatever the word (a nickname, a film's hero), removed; the writer ("Я:", "Men:") and a
schedule's line ("10:00 - Знакомство: …") are no one. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer import ner
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("[18:02] Sanya: is training at 7 tmrw\n[18:03] Hulk: ya 7\n[18:10] Dimon: cant", "Hulk"),
        ("[19:30] Бобо: пагоҳ машқ ҳаст?\n[19:31] Гург: ҳаст соати 7", "Гург"),
        ("12.03.2026, 09:12 - Кабан: бүгін келмеймін", "Кабан"),
        ("[15.04.2024 22:40] Тигр Футбол: кто видел Тилека?", "Тигр Футбол"),
    ],
)
def test_the_sender_is_removed(text: str, sender: str) -> None:
    assert covered(text, sender), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("[22:41] Я: нет, не видел\n[22:42] Тигр: ок", "Я"),
        ("[22:41] Men: bilmayman\n[22:42] Sher: ok", "Men"),
        ("10:00 - Знакомство: правила группы\n11:00 - Обед: в столовой", "Знакомство"),
    ],
)
def test_the_writer_and_a_schedule_stay(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)


def test_a_label_that_is_a_name_in_one_line_is_a_name_in_every_line() -> None:
    """The same word labelling two lines is the same sender: once any reading makes one of them a
    name, the others go too (the label is a word of the dictionary, "wolf")."""
    from facilitator.anonymizer.name_rules.speaker_labels import same_labels
    from facilitator.anonymizer.spans import Kind, Span

    text = "из чата:\nВолк: кто сегодня на турнике\nДимон: я\nВолк: в 18:30 у школы\nИтог: договорились"
    second = text.rindex("Волк")
    found = same_labels(text, [Span(second, second + 4, Kind.NAME, "word-model", "волк")])
    assert [(text[s.start : s.end], s.start, s.key) for s in found] == [("Волк", text.index("Волк"), "волк")]
    assert same_labels("Волк: один раз\nи всё", [Span(0, 4, Kind.NAME, "x", "волк")]) == []


def test_a_heading_word_used_twice_stays() -> None:
    text = "Вопрос: что такое насилие?\nАйбек: когда бьют\nВопрос: а если кричат?\nАйбек: тоже"
    assert touched(text, "Вопрос") is False, removed(text)
    assert covered(text, "Айбек"), removed(text)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # a run of labelled lines where another label is a name: a chat copied line by line, though no
        # speech the rules know follows the label
        ("Dauren: 7 da kelem\nSher: +\nBolat: ok", "Sher"),
        ("Айдос: пришёл\nTank: ok\nСерик: 5", "Tank"),
    ],
)
def test_a_label_among_labelled_lines_of_names_is_a_sender(text: str, sender: str) -> None:
    assert covered(text, sender), removed(text)


@pytest.mark.skipif(not ner.available(), reason="the Russian name model is not installed")
def test_a_name_the_russian_model_drops_is_a_sender_among_names() -> None:
    # the model reads no name in "Женя: +1" and the name-or-word would go; the run of names keeps it
    text = "Чат «Группа 2 Семей», 20:10.\nАйдос: меня не будет\nСерик: я буду\nЖеня: +1, и Лёху возьму"
    assert covered(text, "Женя", use_ner=True), removed(text, use_ner=True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Айдос: пришёл\nИтог: хорошо\nВывод: надо ещё", "Итог"),
        ("Айдос: пришёл\nМама: не придёт", "Мама"),  # a relative labels her own line
        ("Айдос: пришёл\nАлматы: 5 человек", "Алматы"),  # a place's count
        ("Женя: +1\n\nИтог: хорошо", "Итог"),  # no name beside it in its run of lines
    ],
)
def test_a_heading_a_relative_or_a_place_among_labelled_lines_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)

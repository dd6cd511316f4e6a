"""Readings met in chat copies and school registers (development files notes_cl, notes_cm). A listed
name opening its sentence before a comma and a Russian verb in the second person is someone spoken
to ("Гуля, скинь адрес"), though the dictionary reads a word there too and the Russian name model
is silent. A Cyrillic name is a place only by a place written in Cyrillic ("Руся" is no "Russia").
A listed name with a compound's second part is a name ("Ҳусейнпур"). A date with a time of day after
it is a message's stamp, no one's birth. The first word of a quotation of several words is
capitalised as a sentence's is (a title: «Нағыз ер азамат кім?»). A quoted name-word before "деген
сөз" is the word itself. A pet form in small letters joined by "and" to a name of the note is a
person ("sake men beka"). Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Гуля, скинь пожалуйста адрес психолога.", "Гуля"),
        ("Слава, спасибо за фото, но лица надо замазать.", "Слава"),
        ("Надежда, можешь прийти к шести?", "Надежда"),
        # a name-word opening its sentence, set beside a relative of a name of the note
        ("Злата, сестра Тимура Галиева, пишет с чужого номера.", "Злата"),
        # a surname made like a town's name, before a pupil's class
        ("Сатпаеву (11 «В») объяснила, что разговор конфиденциален.", "Сатпаеву"),
        ("Эрилс (Эрлис) бүгүн жакшы маанайда.", "Эрилс"),
        # a word in small letters explained by a name alone in brackets
        ("сабак учурунда тюлень (ерболат) уктап калды.", "тюлень"),
        ("Асхат и Руся ждут у магазина.", "Руся"),
        ("Ҳусейнпур ва Амонов ҷанҷол карданд.", "Ҳусейнпур"),
        ("Потом он написал «Бахтик пришёл» и ушёл.", "Бахтик"),
        ("Бүгүн «Кубаныч» деген бала келди.", "Кубаныч"),
        # a pet form in small letters joined by "and" to a name of the note (Kazakh in Latin letters)
        ("bugin tema. sake men beka kelispedi, nurik unsiz otyrdy.", "sake"),
    ],
)
def test_the_word_is_a_name(text: str, part: str) -> None:
    assert covered(text, part, use_ner=True), removed(text, use_ner=True)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Вера, надежда, любовь — вы знаете, о чём это?", "Вера"),
        ("Надежда есть, что он вернётся.", "Надежда"),
        ("Любовь, забота и уважение — вот что важно в семье.", "Любовь"),
        ("Рустам из Сатпаева, 16 лет, пришёл с братом.", "Сатпаева"),
        # a relative or a coach, named in brackets, is no nickname
        ("Отчим (Марат) опять пришёл пьяный.", "Отчим"),
        ("Тренер (Марат) ругался на ребят.", "Тренер"),
        ("Короче, скинь адрес вечером.", "Короче"),
        ("Мы говорили про Сингапур и Россию.", "Сингапур"),
        ("Бүгінгі тақырып — «Нағыз ер азамат кім?». Балалар көп айтты.", "Нағыз"),
        ("Bugun «Kuch va hokimiyat g'ildiragi». Avval tushunishmadi.", "Kuch"),
        ("Бүгінгі сабақты «Тұрмыстық зорлық-зомбылық профилактикасы туралы» заңнан бастадым.", "Тұрмыстық"),
        ("Жанболат бүгін «Қуаныш» деген сөзге тоқталды.", "Қуаныш"),
        ("Бүгүн «Кубаныч» деген сөздү талкууладык.", "Кубаныч"),
        ("9 guys came. We did Act Like a Man Box, it went well.", "Box"),
        ("Асхат ждёт у магазина Магнум.", "Магнум"),
        ("На перерыве включил Виктора Цоя, потом обсуждали.", "Виктора Цоя"),
        ("кітап пен дәптер алдық, бека келмеді.", "кітап"),
    ],
)
def test_the_word_stays(text: str, part: str) -> None:
    assert not touched(text, part, use_ner=True), removed(text, use_ner=True)


@pytest.mark.parametrize(
    ("text", "is_a_birth"),
    [
        ("[14.03.2024 19:42] Дильназ: ребята, кто сегодня был?", False),
        ("Отправлено 12.03.2026, 09:15 — проверьте список.", False),
        ("Айдос, 14.03.2007 г.р., пришёл с братом.", True),
        ("Родился 14.03.2007 в 10:30, так сказала мама.", True),
    ],
)
def test_a_date_with_a_time_after_it_is_a_stamp(text: str, is_a_birth: bool) -> None:
    births = [s for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.BIRTHDATE]
    assert bool(births) is is_a_birth, removed(text)

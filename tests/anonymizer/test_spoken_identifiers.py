"""Identifiers said in words, as a note dictated by voice writes them: an e-mail ("… dot … at … dot
com"), a handle (parts joined by "underscore"), a document's letter and digits, a phone with a digit
said "double", a date of birth in words after its cue (in English or Russian), a Russian address
whose house and flat are said in words, a Russian handle after "собака" with "нижнее подчёркивание",
an ID's first digits said and the rest written, a car's plate with its letters named in Russian; not an
ordinary sentence with "at", "dot" or number words in it. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def found(text: str, kind: Kind) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer((), use_ner=False).detect(text) if s.kind is kind]


@pytest.mark.parametrize(
    ("text", "kind", "part"),
    [
        (
            "his mother wrote from zarina dot umarova at gmail dot com comma please answer",
            Kind.EMAIL,
            "zarina dot umarova at gmail dot com",
        ),
        (
            "the coach's address is bek underscore coach at yandex dot kz full stop",
            Kind.EMAIL,
            "bek underscore coach at yandex dot kz",
        ),
        (
            "his tiktok is at sardor underscore boxing underscore nine nine full stop",
            Kind.HANDLE,
            "at sardor underscore boxing underscore nine nine",
        ),
        ("she follows dil underscore rabo comma I asked her to stop", Kind.HANDLE, "dil underscore rabo"),
        (
            "ID card number colon AN one one four seven two two nine full stop",
            Kind.DOCUMENT,
            "AN one one four seven two two nine",
        ),
        (
            "his brother's number is nine one seven triple five two four six eight",
            Kind.PHONE,
            "nine one seven triple five two four six eight",
        ),
        (
            "date of birth comma twelfth of May two thousand and eight full stop",
            Kind.BIRTHDATE,
            "twelfth of May two thousand and eight",
        ),
        (
            "he was born on June the fifth two thousand six comma in Kulob",
            Kind.BIRTHDATE,
            "June the fifth two thousand six",
        ),
        (
            "записал Тимура дата рождения третье ноября две тысячи седьмого мама просила",
            Kind.BIRTHDATE,
            "третье ноября две тысячи седьмого",
        ),
        (
            "он родился двадцать первого мая тысяча девятьсот девяносто девятого года в Оше",
            Kind.BIRTHDATE,
            "двадцать первого мая тысяча девятьсот девяносто девятого года",
        ),
        (
            "отвёз его домой улица Абая дом сорок семь квартира двенадцать там мать вышла",
            Kind.ADDRESS,
            "улица Абая дом сорок семь квартира двенадцать",
        ),
        (
            "за нами ехала машина сто двадцать три кей эм эн семнадцать белая приора",
            Kind.PLATE,
            "сто двадцать три кей эм эн семнадцать",
        ),
        (
            "живут они в микрорайоне Самал дом сто три запиши",
            Kind.ADDRESS,
            "микрорайоне Самал дом сто три",
        ),
        # Russian dictation: a handle after "собака", a day as a cardinal, an ID's first digits said
        (
            "ее тикток собака дана нижнее подчёркивание ош ноль два она там пишет",
            Kind.HANDLE,
            "собака дана нижнее подчёркивание ош ноль два",
        ),
        (
            "записать что Болот родился двадцать три марта две тысячи шестого года",
            Kind.BIRTHDATE,
            "двадцать три марта две тысячи шестого года",
        ),
        ("для визы паспорт ID два 4471902 запятая срок до мая", Kind.DOCUMENT, "ID два 4471902"),
        ("удостоверение ноль три 5510287 потерял", Kind.DOCUMENT, "ноль три 5510287"),
    ],
)
def test_an_identifier_said_in_words(text: str, kind: Kind, part: str) -> None:
    assert part in found(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "we met at school at nine full stop the dot on the map is our centre",
        "group one two three four five six seven comma the rest outside",
        "the boys were born in different towns comma three in March comma two in May",
        "I want to underscore this point comma the dot on the map is the centre",
        "день рождения отмечали пятого числа всей группой торт был большой",
        "на улице холодно дом далеко два часа ехали",
        "дом двадцать три на улице Абая снесли давно",
        "в группе пять эс ти два и ещё эм эн",
        "собака соседа лаяла, нижнее подчеркивание в тетради не видно",
        "в ID три 2024 года сменили форму",
    ],
)
def test_a_sentence_with_those_words_stays(text: str) -> None:
    assert [s for s in Anonymizer((), use_ner=False).detect(text) if s.source == "spoken"] == []

"""A role or job whose holder the note names in brackets beside it is the title of a professional
the facilitator deals with ("позвонил завучу школы №3 (Айгуль Сериковна)"): the name is removed,
the title stays; a participant described by kin, "the only" or a title he won stays a description.
A capitalised word that a dash and "there" speak of is a place ("Байылдыр — там 40 дворов").
Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import covered, removed, touched


def described(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.QUASI]


@pytest.mark.parametrize(
    ("text", "kept", "name"),
    [
        (
            "Вчера позвонил завучу школы №3 Шиели (Айгуль Сериковна), она поможет.",
            "завучу школы №3 Шиели",
            "Айгуль Сериковна",
        ),
        (
            "Забрать ключи в ДК Каратау (Берик Оспанович, завхоз), до пятницы.",
            "Забрать ключи в ДК Каратау",
            "Берик Оспанович",
        ),
    ],
)
def test_the_title_of_a_named_professional_stays(text: str, kept: str, name: str) -> None:
    assert not touched(text, kept), removed(text)
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Пришёл сын директора школы №5 (Ерлан) из Жанатаса.",
        "The boy who won the district chess championship last year (Aibek) spoke first.",
    ],
)
def test_a_participant_described_beside_his_name_is_still_described(text: str) -> None:
    assert described(text), removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Можно ли писать название? Например Жоламан — там всего 30 домов.",
        "Kelesi apta Qumtobe — onda 20 úı ǵana.",
    ],
)
def test_a_word_a_dash_and_there_speak_of_is_a_place(text: str) -> None:
    word = text.split("—")[0].split()[-1]
    assert not touched(text, word), removed(text)


def test_a_person_before_a_dash_and_there_is_still_removed() -> None:
    text = "Бекарыс — там был, всё видел."
    assert covered(text, "Бекарыс"), removed(text)

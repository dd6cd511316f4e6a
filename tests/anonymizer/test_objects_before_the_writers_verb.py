"""A word no list knows opening a sentence of Kazakh, Kyrgyz, Uzbek or Tajik right before the
writer's own verb (first person: "Тамос гирифтем", "Кеңеш бердик", "Mashq qildik") or before a bare
verbal noun and a word of need ("Xat yozish kerak", "Хабар додан лозим", "Кат жазуу керек") is that
verb's object, no person: a person there would take a case ending ("Шахризодага айттым" is told to
someone), and a verbal noun with a subject takes a possessive ("Зарифбек келиши керак")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Тамос гирифтем бо падараш.", "Тамос"),
        ("Мусоҳиба мекунем пагоҳ.", "Мусоҳиба"),
        ("Шарҳнома навиштам барои мактаб.", "Шарҳнома"),
        ("Кеңешме өткөрдүк мектепте.", "Кеңешме"),
        ("Mashg'ulot o'tkazdik maktabda.", "Mashg'ulot"),
        ("Xatcho'p yozish kerak ertaga.", "Xatcho'p"),
        ("Ҳисобот додан лозим то ҷумъа.", "Ҳисобот"),
        ("Баяндама жазуу керек эртеңге.", "Баяндама"),
        ("Туптуура жооп бердим, ал ыраазы болду.", "Туптуура"),
    ],
)
def test_the_object_of_the_writers_verb_stays(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in removed_texts(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Шахризодага айттым, ал макул болду.", "Шахризодага"),
        ("Зарифбекка бердим китепти.", "Зарифбекка"),
        ("Зайырбек экөөбүз бардык.", "Зайырбек"),
        ("Zaiyrbek men bardyq.", "Zaiyrbek"),
        ("Зайырбек байкеге чалдым, эртең келет.", "Зайырбек"),
    ],
)
def test_a_name_told_something_is_still_removed(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert any(name in found or found in name for found in removed_texts(anonymizer, text))


def test_the_name_model_does_not_overrule_it() -> None:
    with_ner = Anonymizer()
    text = "Ташриф овардан лозим:\n1. Фарид Каримов — 92 777 88 99"
    assert "Ташриф" not in removed_texts(with_ner, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Жолугушуу болбойт дедим.", "Жолугушуу"),
        ("Тыюу салынат дедим.", "Тыюу"),
    ],
)
def test_i_said_is_the_writers_verb_too(text: str, word: str) -> None:
    # "дедим", "dedik" (I said, we said): the writer's verb on a stem of two letters; the name
    # model may not overrule the object before it either
    assert word not in removed_texts(Anonymizer(), text)

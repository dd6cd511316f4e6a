"""A home's word opening a sentence, with its possessive ending, tells whose home it is: what follows
is that home, as after a person's name ("Үйі: …", "Үйү Ак-Жардын четинде, …", "Дом — за баней, …").
Set off by a colon or a dash, or naming a landmark, a described house, a village or a street. A home
defined ("Дом — это …") or a home said of with no place in it stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as, found_whole


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # Kazakh, no mark: a landmark and a described house follow
        (
            "Ерасыл екі аптадан бері жоқ. Үйі Шілікті жақта, наубайхананың артындағы ақ үй.",
            "Шілікті жақта, наубайхананың артындағы ақ үй",
        ),
        # Kyrgyz, a colon: a village
        (
            "Бектур ыйлап кетти. Үйү: Ак-Жар айылы, эски клубдун жанында, Орозбек атанын короосу.",
            "Ак-Жар айылы, эски клубдун жанында, Орозбек атанын короосу",
        ),
        # Russian, a dash: a generic word made someone's by the landmark
        (
            "Навестила Даниила. Дом — за баней на окраине, калитка без замка, во дворе «Нива».",
            "за баней на окраине, калитка без замка, во дворе «Нива»",
        ),
        # Tajik, a colon: a landmark
        (
            "Фаридун боз наомад. Хонааш: паси нонвойхонаи кӯҳна, дари оҳании кабуд. Модараш бемор.",
            "паси нонвойхонаи кӯҳна, дари оҳании кабуд",
        ),
    ],
)
def test_a_home_told_after_its_word_opening_a_sentence_is_an_address(text: str, home: str) -> None:
    assert found_whole(text, home, Kind.ADDRESS)


@pytest.mark.parametrize(
    "text",
    [
        "Тема сессии. Дом — это место, где тебя ждут, сказал Рустам.",
        "Дом: шумно, младшие мешают делать уроки. Поговорили об этом.",
        "Үйі жылы, тамағы бар, бәрі жақсы дейді.",
        "Home: the boys said it is where the mother decides everything.",
    ],
)
def test_a_home_defined_or_said_of_with_no_place_stays(text: str) -> None:
    assert found_as(text, Kind.ADDRESS) == []

"""Quoted names of things: after an organisation's word in any case ("кафе «Айгерим»", "лагеря
«Нұрлан»", "из группы «Мадина»"), after "на" of going somewhere ("Список на «Айдана»"), and before a
titled thing's word with a verbal noun between ("«Апама кат» жазуу көнүгүүсү") or a series'
("«Айгүл жана Бакыт» сериалы"), a tournament's or a festival's title ("Турнир «Кубок Алмаза»"). A
person beside the same words is still one ("к Айгерим в кафе"). And an IIN before a list's next
number ("ИИН 060214500321 2) …") is removed."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False)


@pytest.mark.parametrize(
    "text",
    [
        "Записались в кафе «Айгерим» на субботу.",
        "Вожатые лагеря «Нұрлан» звонили.",
        "Парни из группы «Мадина» спорили.",
        "Список на «Айдана» готов.",
        "Кечээ «Айгүл жана Бакыт» сериалы талкууланды.",
        "Эртең «Апама кат» жазуу көнүгүүсү болот.",
        'Турнир "Кубок Алмаза" в субботу, сбор в 9.',
        "Едем на фестиваль «Айжан» в июле.",
    ],
)
def test_a_quoted_name_of_a_thing_stays(anonymizer: Anonymizer, text: str) -> None:
    assert not anonymizer.detect(text)


def test_a_person_beside_the_word_is_still_one(anonymizer: Anonymizer) -> None:
    text = "Ходили к Айгерим в кафе."
    assert [text[s.start : s.end] for s in anonymizer.detect(text)] == ["Айгерим"]


def test_an_iin_before_a_lists_next_number_is_removed(anonymizer: Anonymizer) -> None:
    text = "1) Сериков Ерлан, ИИН 071115600234 2) Ахметов Болат"
    assert any(
        s.kind is Kind.IIN and text[s.start : s.end] == "071115600234" for s in anonymizer.detect(text)
    )

"""A nickname the facilitator explains by equating it to a person of the note ("Boss = Meder", "Нема
это Неъматулло"), where the note uses the word elsewhere too (a quotation: "Boss says …"): the word is
that person each time it stands, under the person's key. Written from how facilitators annotate who
a nickname is, not from any note. A relative named ("Мама = Айгуль"), a pronoun ("Они это Тимур и
Дима", "They = Timur and Dima") and a word said once stay."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def _found(text: str, roster: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    spans = Anonymizer(roster, use_ner=False).detect(text)
    return [(text[s.start : s.end], s.key) for s in spans if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "nick", "name"),
    [
        (
            'Argen: "Boss says women can\'t be drivers" - Boss = Meder, he drives a marshrutka.',
            "Boss",
            "Meder",
        ),
        (
            "Олим: «Нема ҳамеша мегӯяд, ки зан бояд хомӯш бошад» – Нема это Неъматулло. Он не отрицал.",
            "Нема",
            "Неъматулло",
        ),
        ("Шеф опять опоздал. Шеф — это Рустам, он повар.", "Шеф", "Рустам"),
        # a word for a young person is a nickname too once the note equates it to a name
        ("Бала сегодня опять один сидел. Бала — это Ернур, его так все зовут.", "Бала", "Ернур"),
        ("Бала: агай, можно я брата возьму?\nБала — это Әлібек, его так в классе зовут.", "Бала", "Әлібек"),
    ],
)
def test_a_nickname_equated_to_a_person_is_that_person_each_time(text: str, nick: str, name: str) -> None:
    found = _found(text)
    keys = {key for word, key in found if word == name}
    nick_keys = [key for word, key in found if word == nick]
    assert len(nick_keys) == text.count(nick), found
    assert set(nick_keys) == keys, found


@pytest.mark.parametrize(
    ("text", "nick", "name"),
    [
        (
            "Nicknames, so I don't mix them up: Bauka = Bauırjan, Prof = Alihan, Kök = Temirlan.",
            "Prof",
            "Alihan",
        ),
        (
            "Nicknames, so I don't mix them up: Bauka = Bauırjan, Prof = Alihan, Kök = Temirlan.",
            "Kök",
            "Temirlan",
        ),
        ("Лақап аттар: Торт = Ержан, Шкаф = Руслан, Бала = Әлібек.", "Шкаф", "Руслан"),
    ],
)
def test_each_nickname_of_a_list_of_equations_is_its_person(text: str, nick: str, name: str) -> None:
    found = _found(text)
    keys = {key for word, key in found if word == name}
    assert {key for word, key in found if word == nick} == keys, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Мама = Айгуль, мама звонила. Мама снова звонила.", "Мама"),
        ("Брат — это Нурлан. Брат сидел два года.", "Брат"),
        ("Они это Тимур и Дима. Они молчали.", "Они"),
        ("They = Timur and Dima. They were quiet.", "They"),
        ("Лидер = Тимур, так решила группа.", "Лидер"),
        # roles in a list of equations
        ("Лидер = Тимур, Секретарь = Алия.", "Секретарь"),
        ("Leader = Timur, Secretary = Aliya, Captain = Bek.", "Captain"),
    ],
)
def test_a_relative_a_pronoun_or_a_word_said_once_stays(text: str, word: str) -> None:
    assert word not in [w for w, _key in _found(text)]

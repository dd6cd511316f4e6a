"""A kin or familiar word said before a first name as how a person is called ("тётя Роза", "у тёти
Розы", "дядя Коля", "бро Арсен", "Братан Лёха") is part of the name's span when the two words are in
the same case, as an apposition is; "братан" after a name is an honorific as "бро" is ("Ақжол братан").

Written from general knowledge of Russian grammar, not from any notes. Counter-examples: another
person's relative, in the genitive after a nominative ("тётя Бориса звонила", "бабушка Егора
против"), the word alone ("Тётя сказала"), a name with no case to agree in ("бабушка Nurlan"), and a
name the filters of places and public things keep ("деда Момуна" in a talk about a novel).
"""

from __future__ import annotations

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Мурат иногда ночует у тёти Розы, там спокойно.", "тёти Розы"),
        ("нет, это номер его тёти Сауле, перепутала.", "тёти Сауле"),
        ("дядя Коля пришёл за ним после занятия", "дядя Коля"),
        ("бро Арсен сегодня прям соведущий", "бро Арсен"),
        ("у деда Серика дома строгие правила", "деда Серика"),
        ("Ақжол братан (его так все зовут) сказал", "Ақжол братан"),
    ],
)
def test_a_kin_word_said_with_a_name_is_in_its_span(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("тётя Бориса звонила вечером", "Бориса"),
        ("бабушка Егора против того, чтобы он ходил", "Егора"),
        ("Galina Ivanovna — это бабушка Nurlan, она приходила", "Nurlan"),
    ],
)
def test_another_persons_relative_stays_outside_the_name(text: str, name: str) -> None:
    names = names_in(text)
    assert name in names, names  # the name alone, without the relative before it


@pytest.mark.parametrize(
    "text",
    [
        "Тётя сказала что всё нормально",
        "братан сказал что придёт",
        "Айтматов, «Белый пароход»: говорили про деда Момуна и про то, почему мужчины молчат.",
    ],
)
def test_the_kin_word_alone_stays(text: str) -> None:
    assert names_in(text) == []

"""A name that is also a word, opening a Russian sentence where the Russian model says nothing:
a person where a verb of his follows ("Даня гордится"), or where a name-word of a language of the
region only stands before the Russian "в" ("Даулет в панике"); a word where the dictionary reads
one first or the name is an abstract one. And a name the address before it took in part, and a
name before a job after a comma. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_called_nicknames import session_removed
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Пришли все. Даня гордится своей мамой.", "Даня"),
        ("Звонила мама Аружан. Даулет в панике, просит перезвонить.", "Даулет"),
        ("Бакыт в больнице с пятницы.", "Бакыт"),
        ("Contact there: Raushan, manager of the centre.", "Raushan"),
        # the address ends in the addressee's surname; the given name after it is still his
        ("Почтой: Ташкент, 4-квартал, дом 22, кв. 15, Хамидову Даврону. Индекс 100084.", "Даврону"),
    ],
)
def test_the_person_goes(text: str, part: str) -> None:
    assert covered(text, part, use_ner=True), removed(text, use_ner=True)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Надежда есть всегда.", "Надежда"),  # an abstract name
        ("Роман вышел в 2019 году.", "Роман"),  # the dictionary reads the novel first
        ("Вера помогает людям.", "Вера"),
        ("Бақыт в семье — главное.", "Бақыт"),  # written with a Kazakh letter: the word
    ],
)
def test_the_word_stays(text: str, part: str) -> None:
    assert not touched(text, part, use_ner=True), removed(text, use_ner=True)


def test_another_form_of_a_name_before_an_age_is_the_person() -> None:
    # "Жеке" is a Kazakh word (personal) too; before an age it is Жека's dative, in the session
    text = "Жека отчислен. Приказ от 02.12. Жеке 17. Дала контакты."
    assert "Жеке" in session_removed(text), session_removed(text)
    assert "жеке" not in session_removed("Жека пришёл. Бүгін жеке 15 минут сөйлестік.")


@pytest.mark.parametrize("age", ["17 y.o.", "17-лет, дала контакты.", "16 жаста."])
def test_an_age_in_any_writing_after_another_form_of_a_name(age: str) -> None:
    text = f"Жека отчислен. Приказ от 02.12. Жеке {age}"
    assert "Жеке" in session_removed(text), session_removed(text)


@pytest.mark.parametrize("text", ["Turkiston, 20-mart, 15:00. Bolalar soni 14.", "Ular Olmaotaga ketdi."])
def test_big_cities_in_uzbek_spelling_stay(text: str) -> None:
    assert removed(text, use_ner=True) == []

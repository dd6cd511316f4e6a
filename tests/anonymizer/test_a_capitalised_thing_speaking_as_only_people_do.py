"""A capitalised word opening a sentence that the Russian dictionary reads only as a thing's or a
beast's, before a verb no thing nor beast does ("Бульдозер ухмыльнулся", "Утюг неожиданно
признался"), is what a boy is called, as the same word in small letters is: removed though the
name model is silent, and reviewed first. A body of people speaking ("Группа согласилась", "Центр
ответил") stays. Sentences written for this test
from how facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import model_session_names_in

SPEAKING = [
    ("Бульдозер ухмыльнулся, но промолчал. Потом подошёл сам.", "Бульдозер"),
    ("Тема: деньги в семье. Утюг неожиданно признался, что отдаёт зарплату отцу.", "Утюг"),
    ("Шли по кругу. Компот пообещал прийти в субботу с братом.", "Компот"),
    ("После упражнения Дамир молчал. Кактус рассказал про отчима.", "Кактус"),
]


@pytest.mark.parametrize(("text", "word"), SPEAKING)
def test_a_capitalised_thing_that_speaks_is_removed(text: str, word: str) -> None:
    assert word in model_session_names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Обсудили правила круга. Группа согласилась не перебивать.", "Группа"),
        ("Писали в кризисный центр в понедельник. Центр ответил через неделю.", "Центр"),
        ("Плакат: «мы вместе». Лозунг: «нет насилию».", "Плакат"),
    ],
)
def test_a_body_of_people_speaking_and_a_headings_word_stay(text: str, word: str) -> None:
    assert word not in model_session_names_in(text)

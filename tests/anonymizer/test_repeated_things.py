"""A word the Russian dictionary reads only as a thing or a beast, capitalised twice or more in one
note, never in small letters there, once inside a sentence or before a verb of speech: what the group
calls a boy, each time. A sentence's first word each time, a word in small letters too, a word in
quotes and a family name of a person found stay. Sentences written for this test."""

import pytest

from tests.helpers.found_names import model_session_names_in


@pytest.mark.parametrize(
    ("text", "nickname", "count"),
    [
        ("Пончик и Самса опоздали. Пончик потом весь день молчал, а Пончик обычно шутит.", "Пончик", 3),
        ("Пары: Утюг и Батон, Танк и Пряник. Утюг не смог показать грусть.", "Утюг", 2),
        ("Сегодня Карась опять опоздал. Карась сказал, что проспал.", "Карась", 2),
    ],
)
def test_a_things_name_capitalised_again_is_a_nickname(text: str, nickname: str, count: int) -> None:
    assert model_session_names_in(text).count(nickname) == count


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Вопрос был: что такое согласие. Вопрос от группы про брак.", "Вопрос"),
        ("Кирилл Зима пришёл без куртки в минус 25. Зима у нас суровая.", "Зима"),
        ("Упражнение «Снежный ком». Потом «Снежный ком» повторили.", "Снежный"),
        ("Батон с маслом на завтрак. Купили батон и Батон съели.", "Батон"),
    ],
)
def test_a_heading_a_family_name_a_title_or_a_word_in_small_letters_stays(text: str, word: str) -> None:
    assert word not in model_session_names_in(text)

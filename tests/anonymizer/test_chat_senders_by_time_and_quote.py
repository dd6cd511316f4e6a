"""A chat's lines pasted into a note: a word and a colon after the chat's time in brackets is the
line's sender ("[21:14] Кирпич: …"), whatever word it is; quoted lines that each open with a word and
a colon, one of them a name, are a chat's too («Профессор: …» «Улан: …»). A relative, a role or a
heading's word is no sender. Sentences written for this test."""

import pytest

from tests.helpers.found_names import names_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Скрин из чата: [20:02] Кирпич: кто завтра идёт / [20:05] Малыш: я иду", "Кирпич"),
        ("Скрин из чата: [20:02] Кирпич: кто завтра идёт / [20:05] Малыш: я иду", "Малыш"),
        ("Переписка: «Профессор: где вы?» «Улан: на базе, скоро буду». Поговорить с обоими.", "Профессор"),
    ],
)
def test_a_chats_sender_is_removed(text: str, word: str) -> None:
    assert word in names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Из чата родителей: [19:40] Мама: мы придём / [19:41] Тренер: хорошо", "Мама"),
        ("Из чата родителей: [19:40] Мама: мы придём / [19:41] Тренер: хорошо", "Тренер"),
        ("На доске: «Тема: ревность» «Итог: обсудили». Нурлан ушёл раньше.", "Тема"),
    ],
)
def test_a_relative_a_role_or_a_heading_is_no_sender(text: str, word: str) -> None:
    assert word not in names_in(text)

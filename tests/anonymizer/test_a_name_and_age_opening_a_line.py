"""A listed first name opening a line with an age right after it and no comma between ("Ислом 15,
…", "- Азамат 16 лет, …") introduces a boy, though the name is a word too. A numbered heading stays
("Сессия 14, …"). Read as the export reads, with the name model, whose silence on a name that is a
word would otherwise drop it. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_session_names_in as removed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Эмир 14, Ак-Суу р-н, ул. Садовая 7. мама в Москве, живет с дедом.", "Эмир"),
        ("Ислам 16, мкр Восток, д. 4. отчим пьёт, мама молчит.", "Ислам"),
    ],
)
def test_a_listed_name_and_an_age_open_a_line(text: str, name: str) -> None:
    assert name in removed(text), removed(text)


@pytest.mark.parametrize("text", ["Сессия 14, 16 человек, тема: семья.", "Модуль 12, упражнение «Коробка»."])
def test_a_numbered_heading_stays(text: str) -> None:
    assert removed(text) == []

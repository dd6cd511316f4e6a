"""A name-word that a word of naming and a work's word after it make a title, unquoted ("Арман
деген фильмді көрдік": the film called Арман) stays, also beside a participant of that name in the
same note; a person so called ("Арман деген бала") is removed."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import session_spans


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in session_spans(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Кеше Арман деген фильмді көрдік. Арманның әкесі келді.", "Арман деген"),
        ("Sabaqta Baqyt degen kitapty oqydyq. Baqyttyń anasy keldi.", "Baqyt degen"),
    ],
)
def test_a_work_called_so_stays(text: str, title: str) -> None:
    at = text.index(title)
    assert not any(s.start <= at < s.end for s in session_spans(text))


def test_a_person_called_so_is_removed() -> None:
    assert "Арман" in removed("Кеше Арман деген бала келді, сөйледі.")


# -- the word of a work that is a name too, opening a sentence before a quoted title --------------
@pytest.mark.parametrize(
    "text",
    [
        "Роман «Қан мен тер» туралы айттық, жігіттерге ұнады.",
        "Роман «Кто виноват» обсуждали целый час.",
    ],
)
def test_a_work_before_its_quoted_title_stays(text: str) -> None:
    assert not any("Роман" in part for part in removed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Роман «Нет» сказал и ушёл из зала.",
        "Вчера Роман «Абай жолы» читал вслух, все слушали.",
    ],
)
def test_a_person_before_a_quotation_is_removed(text: str) -> None:
    assert any("Роман" in part for part in removed(text))

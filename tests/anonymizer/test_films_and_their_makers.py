"""A film and its maker named in a note (general knowledge of how notes cite a work, not from any
notes): a quoted title after a film's or a book's word stays the title in the session layer too,
though a person of the session bears the name ("фильм «Нурлан»" beside "Нурлан Ерланович"); a
name in brackets after a quoted title, after "реж.", "режиссёр", "dir.", is the work's maker, no
participant ("«Шал» (режиссёр Ермек Турсунов)"). A person in brackets with no such word stays one."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_names_in, session_names


def test_a_film_named_like_a_person_of_the_session_is_the_film() -> None:
    texts = [
        "Его отец, Сейтов Нурлан Ерланович, не пришёл.",
        "Смотрели отрывок из фильма «Нурлан», обсудили.",
    ]
    assert not any("Нурлан" in name for name in session_names(texts)[1])


@pytest.mark.parametrize(
    "text",
    [
        "Смотрели «Шал» (режиссёр Ермек Турсунов), спорили долго.",
        "Показала отрывок «Последняя остановка» (реж. Серик Апрымов).",
        "We watched 'The Road Home' (dir. Zhang Yimou) and talked.",
    ],
)
def test_a_maker_in_brackets_after_a_title_is_no_participant(text: str) -> None:
    assert model_names_in(text) == []


def test_a_person_in_brackets_after_a_quotation_stays_a_person() -> None:
    assert "Ерлан" in model_names_in("Асель: «сама не знаю» (Ерлан сказал то же).")

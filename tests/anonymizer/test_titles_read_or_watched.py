"""The quoted words right after a verb of reading or watching ("прочитал «…»", "watched '…'"), or
right before one in the Turkic order ("«…» оқыдық"), are a work's title (a novel, a film named
like a girl), no person; the reader is. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import touched_in


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("ru", "Вчера ребята посмотрели «Айгерим», потом спорили.", "Айгерим"),
        ("ru", "Я прочитала «Асель» за вечер, всем советую.", "Асель"),
        ("kk", "Біз «Ақбілекті» оқыдық, жігіттерге ұнады.", "Ақбілекті"),
    ],
)
def test_a_title_read_or_watched_stays(language: str, text: str, title: str) -> None:
    assert not touched_in(text, title, language)


def test_the_reader_goes() -> None:
    assert touched_in("Потом Тимур прочитал «Асель» вслух.", "Тимур", "ru")

"""Public services and public figures whose names begin with given names stay: the Red Crescent as
the region writes it ("Ҳилоли Аҳмар", "Hilol Ahmar"), Tajikistan's committee for women and the
family, the poet Pavel Vasilyev, the rapper Skriptonit in Latin letters. Sentences written for this
test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import session_spans


@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("Модараш гуфт, ки аз Ҳилоли Аҳмар кӯмак гирифтаанд.", "Ҳилоли Аҳмар"),
        ("Onasi Hilol Ahmar orqali kiyim oldi, Sardor ham keldi.", "Hilol Ahmar"),
        ("Ба Кумитаи кор бо занон ва оила муроҷиат кардем.", "Кумитаи кор бо занон ва оила"),
        ("Прочитали отрывок: Павел Васильев, стихи о степи.", "Павел Васильев"),
        ("Jigitter Skriptonit tyńdaıdy, Arman da.", "Skriptonit"),
    ],
)
def test_a_public_service_or_figure_stays(text: str, public: str) -> None:
    at = text.index(public)
    assert not any(s.start < at + len(public) and at < s.end for s in session_spans(text))

"""Thanks in the region's languages ("рахмат", "рақмет", "rahmat") written in lower case in a copied
chat or a reply, from general knowledge, not from any notes: the word, though Рахмат is a given
name; the name before a verb of a person or a surname stays a name."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_names_in


@pytest.mark.parametrize(
    "text",
    [
        "[12.03, 09:10] Я: рахмат, пусть выздоравливает\nуже второй раз болеет. хм",
        "мама написала что он заболел. я: рахмат, ждём в четверг. ок",
        "men: rahmat, keyin gaplashamiz. u kelmadi, kasal",
    ],
)
def test_thanks_in_lower_case_stays(text: str) -> None:
    assert not any(name.casefold() in ("рахмат", "rahmat") for name in model_names_in(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("рахмат сказал что устал", "рахмат"),
        ("вчера рахмат опять опоздал", "рахмат"),
        ("Рахмат Алиев сказал, что устал.", "Рахмат Алиев"),
    ],
)
def test_the_name_where_a_person_stands_is_still_one(text: str, name: str) -> None:
    assert name in model_names_in(text)

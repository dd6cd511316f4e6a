"""A word the note says is a nickname: before Uzbek "laqabli" and a young person ("Choynak laqabli
yigit"), before "degen laqap at" ("Tūiaq degen laqap at — ol …"), or in quotes in a bracket after a
name before a verb of saying ("Нұрсұлтан (топта «Сұлтан» дейді)"); a capitalised word opening a
bracket after a name before a dash that says why ("Асан Беков (Борода — у него борода)"). Not a
relative or a city so placed. Sentences written for this test."""

import pytest

from tests.helpers.found_names import names_in, session_touches


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Choynak laqabli yigit bugun kelmadi, onasi qo'ng'iroq qildi.", "Choynak"),
        ("«Tulki» laqabli bola yana kechikdi.", "Tulki"),
        ("Tūiaq degen laqap at — ol Jaqsylyqov Ersultan, 16 jasta.", "Tūiaq"),
        ("Жандос (бәрі «Арыстан» дейді) бүгін ерте кетті.", "Арыстан"),
    ],
)
def test_a_word_named_a_nickname_is_removed(text: str, word: str) -> None:
    assert session_touches(text, word)


def test_a_bracketed_word_before_a_dash_after_a_name_is_his_nickname() -> None:
    assert "Борода" in names_in("Асан Беков (Борода — у него борода с девятого класса) пришёл.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Тимур Ахметов (Мама — против поездки) пришёл один.", "Мама"),
        ("Азамат Сейтов (Алматы — переехал весной) пропустил занятие.", "Алматы"),
    ],
)
def test_a_relative_or_a_city_before_a_dash_in_brackets_stays(text: str, word: str) -> None:
    assert not session_touches(text, word)

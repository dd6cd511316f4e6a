"""Nicknames said with a verb of calling in the region's languages, where the verb is not right
after a pronoun: a word opening a bracket after a name, then "they call him so" ("айбек (чымчык деп
коюшат, бойу кичине)", "daler (chumchuq deb chaqirishadi)"); a quoted word after a dash and a name
("нурлан — «мышык» деп аташат"); a list of nicknames under a heading with a remark in brackets,
nickname and name joined by a dash. Not what is said of him in a bracket ("(жақсы дейді)"), nor a
word they tease him with ("аны «бала» деп шылдыңдашат": an insult). Sentences written for this
test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import session_spans


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in session_spans(text)]


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("айбек (чымчык деп коюшат, бойу кичине) бүгүн биринчи келди. чымчыкка сөз бердим.", "чымчык"),
        ("daler (chumchuq deb chaqirishadi) savol berdi.", "chumchuq"),
        ("нурлан — «мышык» деп аташат, ылдам чуркайт.", "мышык"),
    ],
)
def test_a_word_called_so_is_a_nickname(text: str, nickname: str) -> None:
    assert nickname in removed(text), removed(text)


def test_a_list_of_nicknames_with_a_remark_in_the_heading() -> None:
    text = "лакап аттары (өзүм үчүн): торгой — азамат, кулан — бекжан, мышык — нурлан."
    assert {"торгой", "кулан", "мышык"} <= set(removed(text)), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ерлан (жақсы дейді, бірақ келмейді) бүгін жоқ.", "жақсы"),
        ("Азамат (эң улуусу, 17 жаш) келди.", "эң"),
        ("Балдар аны «бала» деп шылдыңдашат, ал ыйлады.", "бала"),
    ],
)
def test_what_is_said_of_him_in_a_bracket_stays(text: str, word: str) -> None:
    assert word not in removed(text), removed(text)


def test_a_name_without_him_in_kazakh() -> None:
    text = "Серіктің анасы қоңырау шалды. Сериксіз топ әлсіз."
    assert "Сериксіз" in removed(text), removed(text)

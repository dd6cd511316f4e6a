"""A hurried writer's register in small letters: the first name after a family name is a name,
though it is a word too ("жумабаев тилек менен осмонов азамат": Tilek, Azamat); a nickname in
small letters is explained by a full name in small letters in brackets ("бүркүт (нурлан асанов)");
after a verb of calling, every quoted nickname of a list ("его называют «Танк» и «Шкаф»"). Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import session_spans
from tests.helpers.found_names import session_touches as touched


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in session_spans(text)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("жумабаев тилек менен осмонов азамат кечээ урушуп калышты.", "тилек"),
        ("тизмеде: садыков адилет, 15 жаш, телефону жок.", "адилет"),
        ("сейтказиев арман берді, бүгін келмеді.", "арман"),
    ],
)
def test_a_first_name_after_a_family_name_in_small_letters(text: str, first: str) -> None:
    assert touched(text, first), removed(text)


def test_a_word_after_no_family_name_in_small_letters_stays() -> None:
    text = "готов тилек жазып берди."  # "ready": no family name
    assert not touched(text, "тилек"), removed(text)


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("бүркүт (нурлан асанов) бүгүн эрте келди.", "бүркүт"),
        ("шмель (артём шмелёв) опоздал на 20 минут.", "шмель"),
    ],
)
def test_a_small_word_explained_by_a_small_full_name(text: str, nickname: str) -> None:
    assert nickname in removed(text), removed(text)


def test_every_quoted_nickname_after_a_verb_of_calling() -> None:
    text = "Говорит, что его называют «Танк» и «Шкаф», ему обидно."
    assert {"Танк", "Шкаф"} <= set(removed(text)), removed(text)

"""A word opening a sentence or a clause before a dash (or "=") and a person, the word said elsewhere
in the note too, is what the note calls that person ("Kalla — bu Jahongir", "пончик = Фаррух
Саидов"); everywhere the note says it, it goes. Not a participant's code ("P12 = Arman")
nor a word the note also writes in small letters ("Kelisim — Aıdana …, kelisim berdi"). Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import every_place_removed, model_anonymizer, model_session_names_in


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        (
            "Kalla bugun darsga kech qoldi, lekin uzr so'radi. Kalla — bu Jahongir, aqlli bo'lgani uchun"
            " shunday deyishadi.",
            "Kalla",
        ),
        ("у «пончика» опять синяк под глазом. пончик = Фаррух Саидов, 13 лет, младший в группе.", "пончик"),
    ],
)
def test_a_word_a_dash_gives_a_person_is_his_nickname(text: str, nickname: str) -> None:
    assert every_place_removed(text, nickname, model_anonymizer())  # "пончика" too


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Для формы: участник P12 (17 лет). P12 = Arman, согласие родителей ждём.", "P12"),
        ("Psıhologqa kelisim kerek. Kelisim — Aıdana Seıitqyzy berdi.", "Kelisim"),
    ],
)
def test_a_code_or_a_word_in_small_letters_elsewhere_stays(text: str, word: str) -> None:
    assert word not in model_session_names_in(text)

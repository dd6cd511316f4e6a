"""How a school's papers write a pupil without the name: a family name cut to its first letter and
its ending, then initials ("К-ко А.А.", "у Р-вой М."), and one initial with the age in brackets
after it ("М. (9 «Б», 15 л.)"). Answer options ("А. (да)") and a word with a hyphen before an
initial ("Юго-Восток А.") are none."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import fully_removed


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False, language="ru")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Беседа с К-ко А.А. прошла спокойно.", "К-ко А.А."),
        ("Синяки заметили у Р-вой М. на руке.", "Р-вой М."),
        ("С-н Д. опять опоздал на час.", "С-н Д."),
        ("Мама Т-вой Л.Б. просила перезвонить.", "Т-вой Л.Б."),
    ],
)
def test_a_cut_family_name_with_initials_is_a_person(anonymizer: Anonymizer, text: str, person: str) -> None:
    assert fully_removed(anonymizer, text, person)


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Консультация: М. (9 «Б», 15 л.), запрос от мамы.", "М."),
        ("Referral: S. (15 y.o.) from the school nurse.", "S."),
        ("Раскрытие: Т. (16) сказал после занятия, что дядя его бьёт.", "Т."),
        ("Disclosure after the session: D. (15) says his stepfather hits his mother.", "D."),
        ("По второму случаю (Н., 16 л.) — работа с семьёй.", "Н."),
        ("Қабылдау: Б., 17 жас, әкесі ұрады.", "Б."),
    ],
)
def test_one_initial_with_an_age_after_it_is_a_person(
    anonymizer: Anonymizer, text: str, initial: str
) -> None:
    assert fully_removed(anonymizer, text, initial)


@pytest.mark.parametrize(
    "text",
    [
        "Вариант А. (да) или Б. (нет)",
        "Юго-Восток А. улица",
        "см. п. (3 года назад)",
        "Вариант Б. (3) верный.",
        "См. приложение А. (2026) к договору.",
    ],
)
def test_options_and_hyphened_words_are_no_person(anonymizer: Anonymizer, text: str) -> None:
    assert not anonymizer.detect(text)

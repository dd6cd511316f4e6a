"""How registers and lists of the region write people (the notes_ac round, 2026-12-04), in lines
written for this test: a family name in capitals either side of a first name, with its case ending;
an elder called by a relative's word after the name (Uzbek "ota", "buva", "xola"; Tajik "хола");
an IIN at a line's end with a numbered line after it.
"""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("2. САЙФУЛЛАЕВА Дилноза (Жамшиднинг онаси) — келди.", "САЙФУЛЛАЕВА Дилноза"),
        ("Поговорить с НАЗАРОВЫМ Фарходом после урока.", "НАЗАРОВЫМ Фарходом"),
        ("Список: Бекзод ХОЛМАТОВ, 9-класс.", "Бекзод ХОЛМАТОВ"),
    ],
)
def test_a_family_name_in_capitals_beside_a_first_name_is_removed(text: str, part: str) -> None:
    assert covered(text, part)


def test_a_word_in_capitals_beside_a_name_that_is_no_surname_stays() -> None:
    assert not touched("ВАЖНО Дилноза придёт завтра.", "ВАЖНО")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Маҳаллада Қодир ота ҳаммага маслаҳат беради.", "Қодир ота"),
        ("Karim buva bilan gaplashdim.", "Karim buva"),
        ("Модараш Зарина хола ба мо ёрӣ дод.", "Зарина хола"),
    ],
)
def test_an_elder_called_by_a_relatives_word_is_removed_with_it(text: str, part: str) -> None:
    assert covered(text, part)


def test_an_iin_before_a_numbered_line_is_removed() -> None:
    text = "1. Omarov Aıdos — JSN 070312500417\n2. Seıtov Nurlan — 2008 j.t."
    assert covered(text, "070312500417")


@pytest.mark.parametrize(
    ("text", "part"), [("Сабақ 10Б сыныбында өтті.", "10Б"), ("Мирзо (8В) келмади.", "8В")]
)
def test_a_class_letter_glued_to_its_year_stays(text: str, part: str) -> None:
    assert not touched(text, part)


@pytest.mark.parametrize(
    ("text", "word"),
    [("Адам құқықтары туралы сөйлестік.", "Адам"), ("Adam qandaı bolýy kerek? Bári oılandy.", "Adam")],
)
def test_the_kazakh_word_for_a_person_opening_a_sentence_stays(text: str, word: str) -> None:
    assert not touched(text, word)


def test_adam_before_an_english_verb_is_still_a_person() -> None:
    assert covered("Adam said he would come.", "Adam")


@pytest.mark.parametrize(
    ("text", "word"),
    [("Ба бачаҳо сурудҳои Манижа писанд омад.", "Манижа"), ("Мы слушали песни Манижа на уроке.", "Манижа")],
)
def test_a_singer_beside_her_songs_stays(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize("text", ["Азамат уулу Нурислам бүгүн келди.", "Азамат тоже пришёл, сел у окна."])
def test_a_word_for_a_person_that_is_a_name_of_the_region_is_still_a_person(text: str) -> None:
    assert covered(text, "Азамат")

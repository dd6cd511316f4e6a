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

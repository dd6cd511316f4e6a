"""A record's number after the words a note gives it: a register a boy is on ("на учёте ПДН №
19-114/23"), a case card ("карточку № К-0318"), a referral in Kyrgyz and Tajik ("жолдомо: №ЖА-117",
"равона № ХР-112/24"), a case's number and year ("case 14/221-07"),
and each number of the same shape listed after the first ("Студенческие билеты: 21-04417,
22-01892"). A count or a year after the same words stays. Sentences written for this test from how
facilitators type, not taken from any corpus note."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Тимур на учёте ПДН № 27-305/24 (кража телефона, март).", "27-305/24"),
        ("Закрываем карточку № Б-0442, инспектор доволен.", "Б-0442"),
        ("Кризистик борборго жолдомо: №КЦ-208. Апасы макул.", "КЦ-208"),
        ("писарро ба равоншинос фиристодам, равона № ДШ-041/25. модараш розӣ", "ДШ-041/25"),
        ("Risks: Daler (violence at home, case 12/318-24, staying with uncle).", "12/318-24"),
        ("Студенческие билеты: 23-05512, 23-05590, 24-00117. Отдать в деканат.", "23-05590"),
        ("Студенческие билеты: 23-05512, 23-05590, 24-00117. Отдать в деканат.", "24-00117"),
    ],
)
def test_a_records_number_is_a_document(text: str, number: str) -> None:
    assert number in found_as(text, Kind.DOCUMENT)


@pytest.mark.parametrize(
    "text",
    [
        "На учёте в ПДН № 3 отдела стоят двое из группы.",
        "Студенческие билеты: 12 штук, 2023 года выпуска.",
    ],
)
def test_a_count_or_a_year_after_the_same_words_stays(text: str) -> None:
    assert found_as(text, Kind.DOCUMENT) == []

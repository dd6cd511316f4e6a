"""After a tax or personal number's name and a colon, each number of 9 to 14 digits written whole in
the list that follows, to the sentence's end, is a person's number ("РМА (ИНН) лозим: Далер –
520148736, Ҷамшед – 520177401"). A number after the sentence's end is not the list's. Sentences
written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Барои лагер РМА (ИНН) лозим: Далер – 520148736, Ҷамшед – 520177401.", "520148736"),
        ("Барои лагер РМА (ИНН) лозим: Далер – 520148736, Ҷамшед – 520177401.", "520177401"),
        ("Для справки ИНН нужны: Фаррух 410527338; Сино 410733902", "410733902"),
    ],
)
def test_each_number_of_the_list_is_an_id(text: str, number: str) -> None:
    assert number in found_as(text, Kind.IIN)


def test_a_number_after_the_sentence_is_not_the_lists() -> None:
    text = "ИНН нужен: Далер 520148736. Заказ 3000 шт. 123456789 — номер накладной."
    assert "123456789" not in found_as(text, Kind.IIN)

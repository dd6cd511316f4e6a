"""What stands in a house's yard or in front of it, said in a segment after the house's address or
description, tells that house too and goes with it ("…, көк дарбазалуу үй, короосунда чоң жаңгак
бар", "…, во дворе большой тут", "…, oldida tut daraxti bor"); a yard said in a sentence of its own,
or a segment that is no yard's, stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_whole

KY_HOUSE = "Бакыт Кара-Ойдо турат: мечиттин артындагы көк дарбазалуу үй, короосунда чоң жаңгак бар."
KY_CHAIN = (
    "Эрмек Кең-Суу айылында жашайт, эски клубдун каршысында, темир дарбаза, короодо кызыл трактор турат."
)
RU_STREET = "Живут на Гагарина 14, синие ворота, во дворе большой тут. Мама дома."
UZ_FRONT = "Azizbek yashaydi: bozor orqasidagi ko'k darvozali uy, oldida tut daraxti bor."
UZ_HOUSE = (
    "Azizbek Bog'ishamol mahallasida yashaydi, masjid yonidagi oq darvozali uy, hovlisida tut daraxti bor."
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (KY_HOUSE, "чоң жаңгак"),
        (KY_CHAIN, "кызыл трактор"),
        (RU_STREET, "большой тут"),
        (UZ_HOUSE, "tut daraxti"),
        (UZ_FRONT, "tut daraxti"),
    ],
)
def test_what_is_in_its_yard_goes_with_the_house(text: str, part: str) -> None:
    assert found_whole(text, part, Kind.ADDRESS)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Живут на Гагарина 14, синие ворота. Во дворе играли дети до вечера.", "играли дети"),
        ("Бакыт Кара-Ойдо турат: мечиттин артындагы көк дарбазалуу үй, апасы ооруп жатат.", "апасы ооруп"),
    ],
)
def test_a_yard_in_a_sentence_of_its_own_or_no_yard_stays(text: str, part: str) -> None:
    assert not found_whole(text, part, Kind.ADDRESS)

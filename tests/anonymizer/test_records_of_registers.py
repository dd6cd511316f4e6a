"""A record's number after the register it stands in: a referral log ("журнал направлений, № 3/02"),
a Kyrgyz registration ("каттоо № 7/115") or personal file ("жеке делосу № 0211-4"), a Tajik ID card
("ID-корт 0419733"), a certificate's series with a hyphen ("II-TOS № 448120"). An office's three
capitals before the sign are no series ("дело ПДН № 19-114/23": the number alone), unless they are the
register itself ("КУИ № 5508"). Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("Внесла его в журнал направлений, № 3/02, психолог примет в среду.", "3/02"),
        ("Бекзатты ИДН каттоого алыптыр, каттоо № 7/115, мугалим билбейт.", "7/115"),
        ("Нурбектин жеке делосу № 0211-4 мектепте сакталат.", "0211-4"),
        ("Барои сафар: Раҳимзода Фирӯз, ID-корт 0419733, модараш розӣ.", "0419733"),
        ("tug'ilganlik haqida guvohnoma II-TOS № 448120, onasi olib keldi.", "II-TOS № 448120"),
        ("Зарегистрировано в КУИ № 5508, участковый в курсе.", "КУИ № 5508"),
    ],
)
def test_a_records_number_after_its_register_is_removed(text: str, document: str) -> None:
    assert document in found_as(text, Kind.DOCUMENT)


def test_an_offices_letters_before_the_sign_stay() -> None:
    text = "Справка: 16 лет, дело ПДН № 19-114/23, инспектор просил характеристику."
    assert found_as(text, Kind.DOCUMENT) == ["19-114/23"]

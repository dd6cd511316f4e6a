"""A person's home, then a colon or a dash and how to find it, is an address to the sentence's end
(or a dash, or a bracket), though no street or number is in it: "Айдостың үйі — ауылдың
шетінде, шатыры қызыл, …", "Хонаи Фаррух: охирин дар кӯча, дари оҳанин, …", "Дом Эрлана в Кара-Суу:
за мечетью, синие ворота, …". A big city opening it stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_addresses_region import address_touched
from tests.helpers.found_names import found_as


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Айдостың үйі — ауылдың шетінде, шатыры қызыл, ауласында ескі машина тұр. Әкесі ішеді.",
            "ауылдың шетінде, шатыры қызыл, ауласында ескі машина тұр",
        ),
        (
            "Хонаи Фаррух: охирин дар кӯча, дари оҳанин, дар ҳавлӣ ду дарахти тут. Модараш кор мекунад.",
            "охирин дар кӯча, дари оҳанин, дар ҳавлӣ ду дарахти тут",
        ),
        (
            "Дом Эрлана в Кара-Суу: за мечетью, синие ворота, собака во дворе. Отец пьёт.",
            "за мечетью, синие ворота, собака во дворе",
        ),
        (
            "Бекзоддинг уйи: охирги кўча, темир дарвоза, ҳовлида эски машина. Онаси касал.",
            "охирги кўча, темир дарвоза, ҳовлида эски машина",
        ),
    ],
)
def test_a_home_told_after_its_word_is_an_address(text: str, home: str) -> None:
    assert home in found_as(text, Kind.ADDRESS)


def test_what_is_said_after_a_dash_and_a_big_city_opening_it_stay() -> None:
    text = "Нурбектің үйі: Алматы, диірменнің жанындағы ақ үй — әкесімен кездесу керек."
    assert found_as(text, Kind.ADDRESS) == ["диірменнің жанындағы ақ үй"]
    assert not address_touched(text, "Алматы")

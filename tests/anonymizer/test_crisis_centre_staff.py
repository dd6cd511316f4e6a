"""The crisis centre Sezim (a girl's name too) before a word for its staff in the Turkic possessive
("Сезимдин кызматкери": an employee of Sezim; "Sezim xodimi") is the organisation; a girl named
Sezim, before her relative or after her job, is a person. Sentences written for this test from
general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Эртең Сезимдин кызматкери менен үйүнө барабыз.", "Сезимдин"),
        ("Ertaga Sezim xodimi bilan uchrashamiz.", "Sezim"),
    ],
)
def test_the_centre_before_its_staff_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Сезимдин апасы мектепке келди.", "Сезимдин"),
        ("Психолог Сезим приходила вчера.", "Сезим"),
    ],
)
def test_a_girl_named_sezim_is_a_person(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

"""A small place of the region (region_places.txt) that no given name reads is no name on the first
look either, so the word before it is not joined to it as a first name and a surname ("U Qo'qonda
yashaydi": he lives in Kokand; "Akasi Buvaydadan keldi"); the Fergana valley's districts and the
south of Kyrgyzstan's villages are listed ("Izboskandan", "Таш-Көмүрдөн"). A surname made from a
place ("Rishtonov") and a word before an honorific ("Күлән апа", no village Кулан) are people.
Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("U Qo'qonda yashaydi, bozorda ishlaydi.", "Qo'qonda"),
        ("U Buvaydadan kelgan, 17 yoshda.", "Buvaydadan"),
        ("Yangi yigit keldi, Izboskandan.", "Izboskandan"),
        ("Агасы Таш-Көмүрдөн келген.", "Таш-Көмүрдөн"),
        ("У Марҳаматда тоғаси бор.", "Марҳаматда"),
    ],
)
def test_a_small_place_of_the_valley_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Bugun Rishtonov ham keldi.", "Rishtonov"),
        ("Men Rushan bilan gaplashdim.", "Rushan"),
        ("Қоңсысы Күлән апа 0555 123 456 номерин берди.", "Күлән апа"),
    ],
)
def test_surnames_and_given_names_stay_people(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

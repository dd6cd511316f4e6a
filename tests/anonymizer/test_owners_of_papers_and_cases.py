"""A Kazakh name in the genitive opening a sentence before a person's papers or legal case ("X-тың
жеке куәлігі", "X-nyń isin qaraımyz") is a person's name, as before a relative or a phone; a common
word in the genitive before the same words stays ("Мектептің жеке бөлмесі", "Соттың ісі"). Sentences
written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ǵabdollanyń jeke kýáligi joq, kóshirmesin suradym.", "Ǵabdollanyń"),
        ("Нұрдәулеттің ісін ертең сотта қарайды.", "Нұрдәулеттің"),
        ("Ábdiqaıymnyń qujattary mektepte qaldy.", "Ábdiqaıymnyń"),
    ],
)
def test_a_name_owning_papers_or_a_case_is_removed(text: str, part: str) -> None:
    assert touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Мектептің жеке бөлмесі бар.", "Мектептің"),
        ("Mekteptiń jeke bólmesi bar.", "Mekteptiń"),
        ("Соттың ісі ұзаққа созылды.", "Соттың"),
    ],
)
def test_a_common_word_owning_them_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

"""Everyday words of the region's languages typed in Latin or Tajik letters that the name lists match
by spelling (`data/name_words.txt`): "tema" (topic), "temasy", "eriktı"
(volunteer), "шахсии" (personal) stay in lower case; the same spelling capitalised beside a surname
is still a person. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Bugunku tema: uy-bulodogu zomboluk. Talant aitty.", "tema"),
        ("Jumushsuzduk temasy kiyin. Nurbek keldi.", "temasy"),
        ("Ol eriktı bolyp kómektesedi, Serik keldi.", "eriktı"),
        ("Рақами шахсии ман не, Фарҳод гуфт.", "шахсии"),
    ],
)
def test_an_everyday_word_in_lower_case_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_the_same_spelling_beside_a_surname_is_a_person() -> None:
    assert touched("Vadim Kim keldi, Sana Akhmedova ham.", "Sana Akhmedova")

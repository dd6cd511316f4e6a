"""A listed place of two or three letters ("Ош") in a Turkic case form ("Ошто", "Оштон", "Ошко",
"Oshda": in, from, to Osh) is the place, though ``base_of`` inflects only longer names; a name that
begins with the place's letters ("Ошбек") or a listed name's form ("Асаны", not the river Аса) stays
a name. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Иниси эртең Ошко келет, жумуш издейт.", "Ошко"),
        ("Агасы Ошто таксист болуп иштейт.", "Ошто"),
        ("Кечээ Оштон эки жигит келди.", "Оштон"),
        ("Akasi hozir Oshda ishlaydi.", "Oshda"),
    ],
)
def test_a_short_place_in_a_case_form_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ошбек бүгүн сабакка келди.", "Ошбек"),
        ("Кечээ Асаны мектептен көрдүм.", "Асаны"),
    ],
)
def test_names_that_begin_like_it_go(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

"""The Kyrgyz akyn Toktogul beside his songs, tunes and komuz ("Токтогулдун ырын угуп"), and the
Uzbek singer Sherali Jo'rayev by his full name with an ending ("Sherali Jo'rayevning qo'shig'i"),
are public and stay; a boy named Токтогул, or a Sherali with another surname, is a person.
Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Сабакты Токтогулдун ырын угуу менен баштадык.", "Токтогулдун"),
        ("Балдар Токтогулдун күүсүн комузда ойношту.", "Токтогулдун"),
        ("Sherali Jo'rayevning qo'shig'ini eshitib, ota haqida gaplashdik.", "Sherali Jo'rayevning"),
        ("Шерали Жўраевнинг қўшиғи ҳақида гаплашдик.", "Шерали Жўраевнинг"),
    ],
)
def test_the_akyn_and_the_singer_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Токтогулдун апасы бүгүн мектепке келди.", "Токтогулдун"),
        ("Sherali Karimov bugun kech qoldi.", "Sherali Karimov"),
        ("Sherali qo'shiq aytib berdi.", "Sherali"),
    ],
)
def test_namesakes_are_people(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

"""A home told by a landmark in Kazakh's 2021 Latin letters ("meşıttıñ artyndağy kök qaqpaly üi":
the house with the blue gate behind the mosque), as in the 2018 letters and in Cyrillic; a bathhouse
is a landmark too ("ескі моншаның жанындағы үй"). The landmark with no house stays ("моншаның жанында
ойнадық"). Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "dıas endı nağaşysynda: meşıttıñ artyndağy kök qaqpaly üi, iti bar.",
            "meşıttıñ artyndağy kök qaqpaly üi",
        ),
        (
            "ол енді әжесінде тұрады: ескі моншаның жанындағы сары қақпалы үй.",
            "ескі моншаның жанындағы сары қақпалы үй",
        ),
    ],
)
def test_a_home_told_by_a_landmark_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_a_landmark_with_no_home_stays() -> None:
    assert not touched("Бүгін моншаның жанында футбол ойнадық, 12 жігіт.", "моншаның")

"""English written the British way (as the region's NGOs write it: "Crisis Centre", "organisation",
"counselling") is English: a capitalised British spelling is no name, as its American spelling is
not. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("He went to the Youth Crisis Centre yesterday.", "Centre"),
        ("We visited the Family Support Centre in Taraz.", "Centre"),
        ("The partner Organisation sent the leaflets.", "Organisation"),
        ("Counselling sessions start on Monday.", "Counselling"),
    ],
)
def test_a_british_spelling_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

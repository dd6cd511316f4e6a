"""An Uzbek address word is found whichever apostrophe it is typed with ("ro'parasidagi",
"ro‘parasidagi", "roʻparasidagi"): the profiles write one, phones and keyboards give others.
Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize("apostrophe", ["'", "‘", "ʻ", "’"])
def test_a_landmark_home_with_any_apostrophe(apostrophe: str) -> None:
    text = f"U masjid ro{apostrophe}parasidagi yashil darvozali uyda yashaydi, onasi bilan."
    assert covered(text, f"masjid ro{apostrophe}parasidagi yashil darvozali uy"), removed(text)

"""Words of the region that read like a listed name and are no one: the Uzbek months ("Fevral
boshida": no Fevra, "yanvar" no Anvar), God's name in a Kazakh or Uzbek wish ("Alla saqtasyn",
"Alloh asrasin": not the Russian name Alla), and the Kyrgyz grandparents' "Чоң ата", "чоң эне"."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Keyingi uchrashuv: Yanvar boshida, 3 kishi.", "Yanvar"),
        ("Trening (dekabr) — Oktyabr oxirida tasdiqlash.", "Oktyabr"),
        ("Sheshesi aýrýhanada. Alla saqtasyn.", "Alla"),
        ("Ertesi kúni kelemin, Alla qalasa.", "Alla"),
        ("Чоң ата баланы мектепке алып барат.", "Чоң ата"),
    ],
)
def test_the_word_stays(text: str, kept: str) -> None:
    assert not any(kept in removed or removed in kept for removed in removed_texts(Anonymizer([]), text))


def test_a_person_called_alla_is_still_a_person() -> None:
    text = "Alla Petrovna came late and said nothing."
    assert any("Alla" in removed for removed in removed_texts(Anonymizer([]), text))

"""The label before an address ("Mekenjaıy:", "Manzil:", "Мекенжайы:") is a word, never a name no
list holds (``person_words._cue_words``), though it opens the note with a capital; a capitalised
unknown word before a colon that is no label is still judged a name. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind

ANONYMIZER = Anonymizer((), use_ner=False)


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ANONYMIZER.detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mekenjaıy: Qonaev kóshesi 33, páter 17. Anasymen kezdesý.", "Mekenjaıy"),
        ("Manzil: Navoiy ko'chasi 18-uy, onasi bilan gaplashish.", "Manzil"),
    ],
)
def test_an_address_label_is_no_name(text: str, label: str) -> None:
    assert not any(label in name for name in names(text))


def test_a_speaker_before_a_colon_is_still_a_name() -> None:
    assert any("Nurjigit" in name for name in names("Nurjigit: «men kelmeımin, ákem ruqsat bermeıdi»"))

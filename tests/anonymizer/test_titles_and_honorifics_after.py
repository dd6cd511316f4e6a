"""Titles and honorifics beside a name: an English title makes the capitalised word after it a
surname, known to the lists or not ("Ms. Holm"); the Kazakh "қажы" (one who made the hajj) after a
name and "ustaz", "imam" before it are part of the name's span, as the other honorifics are; an
honorific ending in "-ı"/"-й" takes the accusative "-dy" ("apaıdy"), no past tense."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import fully_removed, removed_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Report for Mrs. Haugen, translated.", "Mrs. Haugen"),
        ("Please forward this to Dr Berg before the meeting.", "Dr Berg"),
        ("Mr. Okonkwo-Baptiste called twice about the room.", "Mr. Okonkwo-Baptiste"),
    ],
)
def test_a_capitalised_word_after_an_english_title_is_a_surname(text: str, name: str) -> None:
    assert fully_removed(Anonymizer([]), text, name)


@pytest.mark.parametrize(
    "text",
    ["The WHO report (Dr. WHO) was read aloud.", "We asked Mrs. about it; ms. next time."],
)
def test_a_title_before_no_capitalised_word_finds_nobody(text: str) -> None:
    assert removed_texts(Anonymizer([]), text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ертең Ерболат қажы мешітте сөйлейді.", "Ерболат қажы"),
        ("Taksı aqshasyn Serik qajyǵa berdim.", "Serik qajyǵa"),
        ("Ustaz Dáýlet sabaqqa keshikti.", "Ustaz Dáýlet"),
        ("Búgin Imam Serik qajy keldi.", "Imam Serik qajy"),
        ("Ertesi kúni Gúlnar apaıdy shaqyrdyq.", "Gúlnar apaıdy"),
    ],
)
def test_kazakh_honorifics_go_with_the_name(text: str, name: str) -> None:
    assert fully_removed(Anonymizer([]), text, name)


def test_a_past_tense_after_a_name_stays() -> None:
    text = "Ол баланы Серік атады."
    assert "атады" not in " ".join(removed_texts(Anonymizer([]), text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("КИЙИНКИ ЖУМА: ден соолук. Медайым Айпери эже келет (ооруканадан) 14:00.", "Айпери эже"),
    ],
)
def test_an_honorific_goes_with_a_name_the_model_found(text: str, name: str) -> None:
    """The name model reads "Медайым Айпери" (the nurse's word with the name) as one person: the
    honorific after it joins that span, as it joins the names the rules find."""
    assert fully_removed(Anonymizer([]), text, name)

"""A capitalised word before Tajik "ba" (to) and an institution's words is someone taken there, not
the first word of the institution's name ("Farhodro ba markazi javonon burdem"); a name in the
Turkic order without it still opens an institution's name. Sentences written for this test."""

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


def test_the_one_taken_to_a_centre_is_removed() -> None:
    found = removed_texts(ANONYMIZER, "Shahriyorro ba markazi javonon burdem, hama ok.")
    assert "Shahriyorro" in found, found


def test_an_institutions_name_in_turkic_order_stays() -> None:
    assert removed_texts(ANONYMIZER, "Bugun Tashqi mehnat agentligi xat yubordi.") == []

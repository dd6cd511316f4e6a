"""A name typed while the keyboard was on the other layout ("nbveh" is "тимур" typed on the English
layout, "ьфвш" is "madi" typed on the Russian one) is removed, as the person it reads back to: anyone
who reads the note can read the name. Latin stretches that read back to no name, words as typed,
addresses and handles stay as they are. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.name_rules.other_layout import OTHER_LAYOUT, other_layout_names
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("сегодня nbveh опять опоздал, мама звонила", "nbveh"),  # тимур
        ("после сессии Nbveh остался помочь", "Nbveh"),  # Тимур, the capital typed with Shift
        ("поговорить с fctkm завтра", "fctkm"),  # асель
        ("позвонить ;fyljce по поводу справки", ";fyljce"),  # жандосу: ж is the ; key
        ("забрал вещи у fhctyf", "fhctyf"),  # арсена
        ("ьфвш came late again, sat alone", "ьфвш"),  # madi, typed on the Russian layout
    ],
)
def test_a_name_typed_on_the_other_layout_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_the_full_stop_after_it_stays_out_of_the_name() -> None:
    text = "Надо ещё раз поговорить с fctkm. Она не пришла."
    found = [(text[s:e], key) for s, e, key in other_layout_names(text)]
    assert found == [("fctkm", "asel")]


def test_it_is_the_person_it_reads_back_to() -> None:
    """The same key as the name typed right, so the review and the PDF give both one pseudonym."""
    spans = Anonymizer(use_ner=False).detect("Тимур пришёл первым. потом nbveh ушёл раньше всех")
    keys = {s.key for s in spans}
    assert [s.source for s in spans if s.source == OTHER_LAYOUT] == [OTHER_LAYOUT]
    assert keys == {"timur"}


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ghbdtn всем, сессия в 5", "ghbdtn"),  # привет: a word, no name
        ("Hello everyone, the trener came late", "trener"),  # Russian typed in Latin letters
        ("the rfr exercise went well", "rfr"),  # reads back to no name
        ("Call Timur tomorrow about the forms", "Call"),
    ],
)
def test_stretches_that_read_back_to_no_name_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_name_as_typed_is_not_read_back() -> None:
    """A name typed right ("Timur") is found as itself, never read back as another name."""
    assert list(other_layout_names("Timur came and Aidana left")) == []


@pytest.mark.parametrize("text", ["see site.kz/fctkm for it", "mail fctkm@mail.ru", "#nbveh_team"])
def test_stretches_inside_links_and_handles_are_not_read_back(text: str) -> None:
    assert list(other_layout_names(text)) == []

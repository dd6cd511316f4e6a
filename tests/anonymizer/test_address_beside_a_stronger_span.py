"""An address that a phone, a document or an e-mail overlaps in part keeps the part outside it: the
last digits of a phone typed with dashes before "үйі" (his home) read as a house's number and
opened the address, the phone won the overlap, and the street after it was printed. Sentences
written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind, Span, resolve

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "әкесі хабарласты тел +7-701-225-67-14 үйі сарыағаш қаласы жібек жолы көшесі 41",
            "жібек жолы көшесі 41",
        ),
        ("Әкесі хабарласты, тел +7-701-225-67-14 үйі Жібек жолы көшесі 41, кешке.", "Жібек жолы көшесі 41"),
    ],
)
def test_the_street_after_a_dashed_phone_is_removed(text: str, street: str) -> None:
    found = ANONYMIZER.detect(text)
    removed = [text[s.start : s.end] for s in found]
    assert any(street in part for part in removed), removed
    assert any(s.kind is Kind.PHONE and text[s.start : s.end] == "+7-701-225-67-14" for s in found)


def test_what_is_left_of_an_address_is_trimmed_and_must_hold_a_word() -> None:
    text = "тел 8-701-225-67-14, кв 5"
    phone = Span(4, 19, Kind.PHONE, "pattern")
    address = Span(18, 25, Kind.ADDRESS, "pattern")  # "14, кв 5": nothing of four letters is left
    assert resolve([phone, address], text) == [phone]
    longer = "тел 8-701-225-67-14 үйі Абай көшесі 41"
    address = Span(18, len(longer), Kind.ADDRESS, "pattern")
    kept = resolve([phone, address], longer)
    assert [longer[s.start : s.end] for s in kept] == ["8-701-225-67-14", "үйі Абай көшесі 41"]


def test_a_name_overlapped_in_part_is_still_dropped_whole() -> None:
    """Only an address keeps its rest: a name a stronger span overlaps is one reading lost to
    another (an e-mail's local part is no person beside it)."""
    text = "ерлан.ахметов@mail.kz ахметов"
    email = Span(0, 21, Kind.EMAIL, "pattern")
    name = Span(6, 29, Kind.NAME, "names-list", "ahmetov")
    assert resolve([email, name], text) == [email]


def test_a_name_a_longer_name_overlaps_in_part_keeps_its_own_word() -> None:
    """Two names that share a word ("akaning", read as a name's case and as the start of "aka's
    son Sherzod"): the longer wins the overlap, and the shorter's own word is still removed."""
    text = "Bekzod akaning o'g'li Sherzod gapirdi."
    father = Span(0, 14, Kind.NAME, "names-list", "bekzod")
    son = Span(7, 29, Kind.NAME, "names-list", "sherzod")
    kept = resolve([father, son], text)
    assert [text[s.start : s.end] for s in kept] == ["Bekzod", "akaning o'g'li Sherzod"]
    assert kept[0].key == "bekzod"
    one_letter = "A akaning o'g'li Sherzod"
    assert resolve([Span(0, 9, Kind.NAME, "x"), Span(2, 24, Kind.NAME, "y")], one_letter) == [
        Span(2, 24, Kind.NAME, "y")
    ]

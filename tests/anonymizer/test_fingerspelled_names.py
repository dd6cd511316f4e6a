"""A name spelled letter by letter, as a sign-language interpreter writes a fingerspelled name or a
facilitator a name spelled out on the phone ("A-I-D-A-N-A", "Д-И-А-С", "n.u.r.l.a.n"), is removed
when its letters make a listed name; letters that make no name ("A-B-C-D", "N-A-T-O") stay.
Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("He spelled it for us: A-I-D-A-N-A, and showed her sign name.", "A-I-D-A-N-A"),
        ("Есімін саусақпен көрсетті: Н-У-Р-Л-А-Н, 17 жаста.", "Н-У-Р-Л-А-Н"),
        ("spelled on the phone as n.u.r.l.a.n - writing it down", "n.u.r.l.a.n"),
        ("Atyn saýsaqpen aıtty: D - I - A - S, jańa keldi.", "D - I - A - S"),
    ],
)
def test_a_name_spelled_letter_by_letter_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize("text", ["Check A-B-C-D first, then N-A-T-O rules.", "Mark the boxes A-B-C-D-E."])
def test_letters_that_make_no_name_stay(text: str) -> None:
    assert not touched(text, "-"), removed(text)

"""A name with one letter of the family name and no dot, where a list goes on ("азамат б, азамат к,
ринат", "Aibek S and Nurlan"): how a group writes two boys of one name. The letter is the name's;
a ruler's number ("Пётр I,") and a lower-case letter after a capitalised name stay. Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("итог: азамат б, азамат к, ринат ходят стабильно", "азамат б"),
        ("итог: азамат б, азамат к, ринат ходят стабильно", "азамат к"),
        ("бүгін келгендер: ильяс т, ерсін, дамир", "ильяс т"),
        ("Aibek S, Aibek T and Nurlan came late.", "Aibek T"),
        ("today: aibek s, aibek t, nurlan", "aibek s"),
        ("keldi: Jasur M va Bobur", "Jasur M"),
        ("топта екі Азамат бар (Азамат Б)", "Азамат Б"),
    ],
)
def test_the_letter_after_a_name_in_a_list_is_removed_with_it(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Говорили про реформы, как у Петра I, и про армию.", "I,"),
        ("Варианты ответа Нурлана: a, b или c.", "a,"),
        ("Nurlan a, b and c were the options.", "a,"),
    ],
)
def test_a_number_or_an_option_letter_stays(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)

"""A name that is also a word, then words asking what it is and a question mark ("Максат эмне?",
"Orzu nima?", "Орзуи шумо чист?", "бақытты отбасы деген не?"): the facilitator's question to the
group about the word, no person (profiles' ``what_is``). A verb before the mark asks what someone
said ("Азамат эмне деди?"): that is a person. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Максат эмне? — деп сурадым. Ар кимдин максаты ар башка.", "Максат"),
        ("Orzu nima? — deb so'radim. Ko'pchilik «mashina» dedi.", "Orzu"),
        ("Орзу чист? — пурсидам. Бисёриҳо «мошин» гуфтанд.", "Орзу"),
        ("Орзуи шумо чист? — пурсидам.", "Орзуи"),
        ("бақытты отбасы деген не? Жігіттер: ақша, үй, көлік.", "бақытты"),
    ],
)
def test_the_word_asked_about_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Азамат эмне деди? Мен уккан жокмун.", "Азамат"),
        ("Бүгін Азамат келді, сұрақ қойды.", "Азамат"),
    ],
)
def test_a_person_asked_about_is_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)

"""Kazakh typed on a Russian keyboard has no Kazakh letters, so the Russian model reads it, and may
take a name-word with the cue after it ("Арман деген") for a person: the cue is trimmed off the
model's span, and the word said as a word stays (``Anonymizer._ner_trimmed``). A name-word before
"деген" and a person's noun is still a person. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import removed


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Арман деген создин магынасы туралы сойлестик, армансыз адам жок деди бари", "Арман"),
        ("Бакыт деген соз туралы айттык, жигиттер кызыкты деди", "Бакыт"),
    ],
)
def test_a_word_with_its_cue_stays(text: str, word: str) -> None:
    assert not any(word in part for part in removed(text, use_ner=True))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Арман деген бала келди, 15 жаста", "Арман"),
        ("Вчера Арман деген парень пришёл на занятие.", "Арман"),
    ],
)
def test_a_person_so_called_is_removed(text: str, word: str) -> None:
    assert any(word in part for part in removed(text, use_ner=True))

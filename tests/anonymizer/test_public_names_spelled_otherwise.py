"""Public names as notes write them besides the data's own spelling: a name of several words right
before a monument's word ("the … statue", "the … memorial"); a Tajik phrase without its izafe
("Исмоил Сомонӣ" for "Исмоили Сомонӣ"); a poet beside words of poetry; a currency after an amount; a
hyphened place typed with a space ("Kara Balta").
The same names where a person stands are still removed. Written for this test, not from any
corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@cache
def _anonymizer(language: str) -> Anonymizer:
    return Anonymizer([], language=language, use_ner=False)


def _touched(text: str, part: str, language: str) -> bool:
    at = text.index(part)
    return any(s.start < at + len(part) and at < s.end for s in _anonymizer(language).detect(text))


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "We laid flowers at the Askar Omarov memorial in the park.", "Askar Omarov"),
        ("en", "After the break we walked to the Erlan Nurov statue together.", "Erlan Nurov"),
        ("en", "The group met in front of the Bakyt Sadyrov complex on Monday.", "Bakyt Sadyrov"),
        ("tg", "Баъд дар бораи Исмоил Сомонӣ сӯҳбат кардем.", "Исмоил Сомонӣ"),
        ("en", "At the end we read two poems of Firdavsiy, then tea.", "Firdavsiy"),
        ("en", "He said a real man pays, then borrowed 50 somoni from me.", "somoni"),
        ("tg", "Падараш ҳар моҳ 300 сомонӣ мефиристад.", "сомонӣ"),
        # a hyphened place typed with a space
        ("en", "next month the camp is in kara balta near the river", "kara balta"),
        ("en", "The training moved to Cholpon Ata this year.", "Cholpon Ata"),
    ],
)
def test_a_public_name_stays(language: str, text: str, kept: str) -> None:
    assert not _touched(text, kept, language)


@pytest.mark.parametrize(
    ("language", "text", "gone"),
    [
        ("en", "Askar Omarov came late, then we went to the memorial.", "Askar Omarov"),
        ("en", "Firdavsiy came late again and sat at the back.", "Firdavsiy"),
    ],
)
def test_the_same_names_where_a_person_stands_go(language: str, text: str, gone: str) -> None:
    assert _touched(text, gone, language)

"""Public names as notes write them besides the data's own spelling: a name of several words right
before a monument's word ("the … statue", "the … memorial"; never across a dash: "у мавзолея —
Ахмет, 16 лет" is a boy); a Tajik phrase without its izafe ("Исмоил Сомонӣ" for "Исмоили
Сомонӣ"); a poet beside words of poetry; a currency after an amount; a hyphened place typed with a
space ("Kara Balta").
The same names where a person stands are still removed. Written for this test, not from any
corpus."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import touched_in


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
    assert not touched_in(text, kept, language)


@pytest.mark.parametrize(
    ("language", "text", "gone"),
    [
        ("en", "Askar Omarov came late, then we went to the memorial.", "Askar Omarov"),
        ("en", "Firdavsiy came late again and sat at the back.", "Firdavsiy"),
        # a dash between the monument's word and a name: a boy described, then named
        ("ru", "хромой мальчик который продаёт фотки у мавзолея — Ахмет, 16 лет.", "Ахмет"),
    ],
)
def test_the_same_names_where_a_person_stands_go(language: str, text: str, gone: str) -> None:
    assert touched_in(text, gone, language)

"""Two readings of a word with no list behind it. A word in small letters no dictionary knows that
ends with the second part of a compound given name ("quvonchbek", "некрӯз", "sanjarbekning") is a
name wherever it stands; "падарашон" (their father) or "футболда" are not. A Russian noun for a
being that opens a sentence before a verb of speech is the boy called so ("Медведь сказал, что …",
"Крот сказал"), not a person's word ("Врач сказал", "Мама сказала", "Водитель сказал"). Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("quvonchbek uyiga bordim, onasi bilan gaplashdim.", "quvonchbek"),
        ("некрӯз ва ду бародараш омаданд.", "некрӯз"),
        ("пагох некрӯзро мебинам.", "некрӯзро"),
        ("Тема: эмоции. Медведь сказал, что первый раз слышит, что злость это нормально.", "Медведь"),
        ("После игры Крот сказал, что его дядя всё решит.", "Крот"),
        # a thing that speaks a quotation at a line's start is a boy called so
        ("21:40 разговор про драки.\nПельмень: «если батя бьёт — значит, заслужили».", "Пельмень"),
    ],
)
def test_the_word_is_a_name(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("некрӯз ва ду бародараш омаданд, падарашон мухочир.", "падарашон"),
        ("футболда ойнадык, баклажан алдык.", "футболда"),
        ("Врач сказал, что всё хорошо.", "Врач"),
        ("Мама сказала, что он дома.", "Мама"),
        ("Водитель сказал, что ждать не будет.", "Водитель"),
        ("Инспектор сказал, что поставит на учёт.", "Инспектор"),
        ("Правило: «не перебивать друг друга».", "Правило"),
        ("Плакат: «Нет насилию в семье».", "Плакат"),
        ("Тренер: «завтра в шесть».", "Тренер"),
        # the animal, though the development notes name a boy so: the word model is not asked
        ("Медведь приснился ему ночью, и он проснулся.", "Медведь"),
    ],
)
def test_the_word_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

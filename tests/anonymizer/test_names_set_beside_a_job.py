"""A name that is also a word, opening its sentence before a comma or a bracket and a job, a role or
a word for a person ("Динара, бухгалтер …", "Слава (русский парень из …)") is a person; the same
words before a list of words or a gloss that names no person stay. Sentences written for this test
from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Динара, бухгалтер фонда, просит сдать чеки до пятницы.", "Динара"),
        ("Слава (новый парень из Кара-Балты) сегодня молчал.", "Слава"),
        ("Надежда, завуч школы, дала нам актовый зал.", "Надежда"),
        ("Роза (продавец на рынке) обещала помочь с водой.", "Роза"),
    ],
)
def test_a_name_set_beside_a_job_or_a_person(text: str, name: str) -> None:
    assert covered(text, name, use_ner=True), removed(text, use_ner=True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Вера, надежда и любовь — темы этого урока.", "Вера"),
        ("Надежда (на лучшее будущее) — главное слово урока.", "Надежда"),
        ("Слава, деньги, сила — что важнее для мужчины?", "Слава"),
    ],
)
def test_a_word_set_beside_words_stays(text: str, word: str) -> None:
    assert not touched(text, word, use_ner=True), removed(text, use_ner=True)

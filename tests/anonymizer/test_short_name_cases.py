"""A lower-case Russian case form of a listed name with a short stem ("вики" of Вика, "лену" of Лена,
"диасу" of Диас), where a person stands in a Russian sentence; removed as unsure.

Written from general knowledge of Russian declension, not from any notes: after a person's
preposition, a relative or a thing a person owns ("у вики", "сестру лену", "номер димы"), before a
verb of telling or of what is done to a person ("жеке позвонила", "диасу понравилось"). Counter-examples:
the same shapes as words ("девушка сама выбирает", "жила на улице", "с пятью детьми", "с жильём"),
a name-word ("про розу"), no place of a person ("статья из вики", "на лене").
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.name_rules.name_sources import UNSURE_SOURCES
from tests.helpers.found_names import name_spans_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("расходы на чай, чеки у вики. отчёт до пятницы", "вики"),
        ("он рассказал что его сестру лену никуда не отпускают", "лену"),
        ("номер димы взяла у куратора", "димы"),
        ("ушли на перерыве. жеке позвонила, не ответил", "жеке"),
        ("разобрали текст. диасу понравилось, привёл пример", "диасу"),
    ],
)
def test_a_short_names_case_form_where_a_person_stands_is_removed_unsure(text: str, name: str) -> None:
    found = name_spans_in(text)
    assert name in found, found
    assert found[name].source in UNSURE_SOURCES


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("у нас если девушка сама выбирает, это позор", "сама"),
        ("девушка жила на улице у вокзала", "жила"),
        ("мать одна с пятью детьми", "пятью"),
        ("надо помочь с жильём после выпуска", "жильём"),
        ("взяли статью из вики для примера", "вики"),
        ("про розу спорили долго", "розу"),
        # the dictionary reads "зале" as "зал" (a hall) far more often than as "Зала"
        ("в зале было 25 человек, окна открыли", "зале"),
    ],
)
def test_the_same_shapes_as_words_stay(text: str, word: str) -> None:
    found = name_spans_in(text)
    assert not any(word in w for w in found), found

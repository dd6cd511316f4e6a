"""A listed name with a Russian case ending that is also a case of a town ("Алмату": Алмат's dative,
and Алматы's colloquial accusative) is the person right after a verb of giving with no preposition
("вернуть Алмату 3 тыс", "скинь Алмату фотки": the ru profile's ``person_before``); after a
preposition of place it is the town. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, touched


@pytest.mark.parametrize(
    "text",
    [
        "Нужно вернуть Алмату 2 тыс за такси, он заплатил.",
        "Скинь Алмату фотки с тренинга, он просил.",
        "Отдала Алмату ключи от зала.",
    ],
)
def test_the_one_given_to_is_removed(text: str) -> None:
    assert covered(text, "Алмату")


@pytest.mark.parametrize(
    "text",
    [
        "Завтра едем в Алмату на тренинг.",
        "Вернулись из Алматы поздно, все устали.",
        "Ребята вернулись в Алмату после лагеря.",
    ],
)
def test_the_town_stays(text: str) -> None:
    assert not touched(text, "Алмат")

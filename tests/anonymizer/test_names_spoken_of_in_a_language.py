"""A name-word spoken of as the word with the language named between it and its meaning ("Нурлан
по-казахски означает «светлый»", "Umid in Uzbek means hope"), or opening a sentence before "— так
называлась …" (the name of a thing: a game, a team), is no person; the same name acting is. Read
with the name model too, which must not overrule it. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Нурлан по-казахски означает «светлый», сказала я ребятам.", "Нурлан"),
        ("Жанар на казахском означает «огонь в глазах».", "Жанар"),
        ("Umid in Uzbek means hope, so we wrote it on the board.", "Umid"),
        ("Надежда — так называлась наша команда в прошлом году.", "Надежда"),
        ("Умед — так назывался наш проект, все смеялись.", "Умед"),
    ],
)
@pytest.mark.parametrize("use_ner", [False, True])
def test_a_name_word_spoken_of_stays(text: str, part: str, use_ner: bool) -> None:
    assert not touched(text, part, use_ner=use_ner), removed(text, use_ner=use_ner)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Рустам по-русски говорит плохо, но старается.", "Рустам"),
        ("Сабина — так зовут мою сестру, сказал Тимур.", "Сабина"),
    ],
)
def test_a_person_is_still_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

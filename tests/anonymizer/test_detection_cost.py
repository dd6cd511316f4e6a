"""Work the name rules need not do, left undone without changing what they find (benchmarks/README.md,
"twelfth pass"): a word checked against a piece's spans by bisection, not a pass over all of them;
and the public figures asked about only for a word the name lists took (asking reads the
dictionary's forms of the word)."""

from __future__ import annotations

import random

import pytest

from facilitator.anonymizer.names import NameFinder
from facilitator.anonymizer.spans import Cover


def _stretches(rng: random.Random, count: int, reach: int) -> list[tuple[int, int]]:
    found = []
    for _ in range(count):
        start = rng.randrange(reach)
        found.append((start, start + rng.choice((0, 1, 2, 5, 30, 200))))
    return found


@pytest.mark.parametrize("seed", range(40))
def test_a_cover_holds_a_position_exactly_when_a_stretch_does(seed: int) -> None:
    """Nested, overlapping, touching, empty and repeated stretches, in any order."""
    rng = random.Random(seed)
    stretches = _stretches(rng, rng.choice((0, 1, 3, 20, 80)), 400)
    cover = Cover(stretches)
    for at in range(-2, 640):
        assert (at in cover) == any(s <= at < e for s, e in stretches), (at, sorted(stretches))


@pytest.mark.parametrize("seed", range(40))
def test_a_cover_holds_a_stretch_exactly_when_one_of_its_stretches_does(seed: int) -> None:
    """``Cover.holds``: some stretch holds the whole of ``[start, end)`` (a table's cell inside a
    name span), for nested, overlapping, touching, empty and repeated stretches."""
    rng = random.Random(seed)
    stretches = _stretches(rng, rng.choice((0, 1, 3, 20, 80)), 400)
    cover = Cover(stretches)
    for start in range(-2, 640, 3):
        for end in (start, start + 1, start + 4, start + 40, start + 300):
            expected = any(s <= start and end <= e for s, e in stretches)
            assert cover.holds(start, end) == expected, (start, end, sorted(stretches))
    assert Cover([(0, 9), (2, 3)]).holds(4, 9) and not Cover([(0, 9), (2, 30)]).holds(1, 31)


def test_a_cover_of_nothing_holds_nothing() -> None:
    assert 0 not in Cover([])
    assert 5 not in Cover([(5, 5)])  # an empty stretch holds no position
    assert 4 in Cover([(0, 9), (2, 3)])  # inside the long one, after the short one nested in it


class _Counting(NameFinder):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def is_public(self, token, before, after, text=""):  # type: ignore[no-untyped-def]
        self.asked.append(token.text)
        return super().is_public(token, before, after, text)


def test_the_public_figures_are_asked_about_only_for_a_word_the_lists_took() -> None:
    """A capitalised common word opening a sentence reaches the name rules (it may be a name); the
    lists do not take it, so whether it names a public figure is not asked."""
    finder = _Counting()
    assert finder.find("Погода была хорошая. Занятие прошло спокойно.") == []
    assert finder.asked == []


def test_a_public_figure_the_lists_take_is_still_kept() -> None:
    """ "Абай" is a listed first name too: the lists take it, then the public figure keeps it."""
    finder = _Counting()
    text = "Сегодня читали Абая, потом пришёл Ерлан."
    found = [text[s.start : s.end] for s in finder.find(text)]
    assert "Абая" in finder.asked
    assert found == ["Ерлан"]


def _base_by_the_letter(word: str, bases: frozenset[str], min_inflected: int = 4) -> str | None:
    """``base_of`` as it was written before its candidates were listed once a word (thirteenth pass)."""
    from facilitator.anonymizer.name_rules.word_bases import _is_latin
    from facilitator.anonymizer.profiles import endings_for
    from facilitator.anonymizer.skeleton import skeleton

    shape = skeleton(word)
    if shape in bases:
        return shape
    endings = endings_for(_is_latin(word))
    for cut in range(len(shape) - 1, min_inflected - 1, -1):
        stem, ending = shape[:cut], shape[cut:]
        if ending in endings or stem[-1:] + ending in endings:
            if stem in bases:
                return stem
            voiceless = stem[:-1] + {"g": "k", "b": "p"}.get(stem[-1:], stem[-1:])
            if voiceless in bases:
                return voiceless
            for vowel in ("a", "e", "i"):
                if stem + vowel in bases:
                    return stem + vowel
            if stem.endswith("nk") and stem + "o" in bases:
                return stem + "o"
    return None


def test_a_words_bases_found_once_give_the_same_base_for_every_set() -> None:
    """``base_of`` works out a word's candidates once and looks each set up: the same answer as
    trying the set letter by letter, for inflected, voiced, vowel-less, "-нко" and Latin forms, the
    name lists and sets of one base, with both reaches of an ending."""
    from facilitator.anonymizer.name_rules.name_lists import list_names
    from facilitator.anonymizer.name_rules.word_bases import base_of
    from facilitator.anonymizer.skeleton import skeleton

    words = [
        "Ерланнан",
        "Жақсылығы",
        "Дильнозы",
        "Алиге",
        "Ткаченкам",
        "Шевченкой",
        "Jalǵastyń",
        "Арманға",
        "арманым",
        "Ли",
        "Лиза",
        "Nurǵa",
        "Айгерімнің",
        "Madinaga",
        "Sultanov",
        "Асель",
        "кошеси",
    ]
    lists = list_names()
    sets = [lists, frozenset(), *(frozenset({skeleton(w)[:n]}) for w in words for n in (3, 4, 5, 6))]
    sets += [frozenset({skeleton("Жақсылық"), skeleton("Ткаченко"), skeleton("Дильноза"), skeleton("Али")})]
    for bases in sets:
        for word in words:
            for reach in (3, 4):
                assert base_of(word, bases, reach) == _base_by_the_letter(word, bases, reach), (word, reach)

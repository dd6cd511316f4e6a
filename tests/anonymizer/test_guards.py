"""The look-ahead guards (anonymizer/guards.py) and the public phrases' look-ups change no match: each
guarded pattern finds what the pattern without its guard finds, and the public phrases found with
the word index are those a search for every phrase finds."""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path

import pytest

from facilitator.anonymizer import address_chains, anonymizer, guards, lexicon, patterns, quasi
from facilitator.anonymizer.guards import guarded, unguarded
from facilitator.anonymizer.normalize import fold

ROOT = Path(__file__).resolve().parent.parent.parent


def _guarded_patterns() -> dict[str, re.Pattern[str]]:
    found = {}
    for module in (patterns, quasi, address_chains, anonymizer):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and unguarded(value) is not value:
                found[f"{module.__name__}.{name}"] = value
    return found


GUARDED = _guarded_patterns()


def test_the_hot_patterns_are_guarded() -> None:
    names = {name.rsplit(".", 1)[1] for name in GUARDED}
    assert {"JOB", "ROLE", "_PLACE_ENDING", "_SCHOOL_WORD", "_ADDRESS", "_ADDRESS_WORD"} <= names


@cache
def _texts() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from fresh_note import fresh_note

    from tests.anonymizer.evaluate import SETS, load

    notes = [str(note["text"]) for note in load(SETS["dev"])]
    rng = random.Random(7)
    alphabet = "аәбвгғдеёжзиіийкқлмнңоөпрстуұүфхһцчшщъыьэюяabcdefghijklmnopqrstuvwxyzıǵńóúýşğ"
    alphabet += alphabet.upper() + "0123456789 .,-№/:;'’\n()İẞſK"
    noise = "".join(rng.choice(alphabet) for _ in range(60_000))
    return ("\n".join(notes), fresh_note(150_000, seed=11), noise)


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guarded_pattern_finds_what_the_pattern_finds(name: str) -> None:
    fast = GUARDED[name]
    slow = unguarded(fast)
    for text in _texts():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
        words = [m.start() for m in re.finditer(r"\b", text[:20_000])]
        assert [_span(fast.match(text, at)) for at in words] == [_span(slow.match(text, at)) for at in words]


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


@cache
def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guards_class_takes_every_character_its_letters_match(name: str) -> None:
    """A letter under IGNORECASE and the same letter in a class match the same characters (``re``'s
    own case equivalences, such as "K" and the Kelvin sign, included), so the look-ahead's first
    classes turn away no character a match can begin with; and each class of the case-sensitive
    pairs holds every character that matches one of its letters under IGNORECASE."""
    pattern = GUARDED[name]
    slow = unguarded(pattern)
    guard = pattern.pattern[: len(pattern.pattern) - len(slow.pattern) - len("(?:)")]
    first, _sep, pairs = guard.partition(")(?=(?-i:")
    everything = _every_character()
    flags = slow.flags

    def matching(letter: str, form: str) -> set[int]:
        return {m.start() for m in re.finditer(form.format(re.escape(letter)), everything, flags)}

    for letter in {chr(int(code, 16)) for code in re.findall(r"\\U([0-9a-f]{8})", first)}:
        assert matching(letter, "{}") <= matching(letter, "[{}]"), letter
    for members in re.findall(r"\[((?:\\U[0-9a-f]{8})+)\]", pairs):
        letters = {chr(int(code, 16)) for code in re.findall(r"\\U([0-9a-f]{8})", members)}
        held = {ord(c) for c in letters}
        for letter in letters:
            taken = {ord(everything[i]) for i in matching(letter, "{}")}
            assert taken <= held, (letter, sorted(taken - held))


def test_the_odd_case_pairs_are_every_one_of_unicode() -> None:
    """guards._ODD_CASES: every character whose lower case (as ``re`` folds it) is a letter of which
    it is neither the upper nor the title case."""
    import _sre  # type: ignore[import-not-found]

    odd = []
    for code in range(0x110000):
        lower = _sre.unicode_tolower(code)
        if lower != code and chr(code) not in {chr(lower).upper(), chr(lower).title()}:
            odd.append(chr(code))
    assert tuple(odd) == guards._ODD_CASES


@pytest.mark.parametrize(
    "source",
    [
        r"(?<!\w)(?:ab|cd\w*|e)f",
        r"(?:x)?(?:yz|(?-i:Q)w)",
        r"(?P<v>v\.)?(?:(?(v)a|(?!))|b)c",
        r"\b\d{1,2}\s*(?:лет|жас)",
        r"(?:ул\.?|st(?=\s*\d))\s*\d",
        r"(?:a|b)+c",
        r"(?:ab)?",
    ],
)
def test_guarded_on_shapes_of_patterns(source: str) -> None:
    rng = random.Random(3)
    text = "".join(rng.choice("abcdefvxyzQqWw.12 лаетжсулST\n") for _ in range(20_000))
    for flags in (0, re.IGNORECASE):
        slow = re.compile(source, flags)
        fast = guarded(slow)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_an_optional_pattern_is_left_as_it_is() -> None:
    pattern = re.compile(r"(?:ab)?c*")
    assert guarded(pattern) is pattern


def _public_every_phrase(text: str) -> list[tuple[int, int]]:
    """The public phrases as found before the word index: every phrase searched for in full."""
    lowered = fold(text)
    found = []
    for phrase in lexicon.public_phrases():
        at = lowered.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not lowered[at - 1].isalnum()) and (
                end == len(lowered) or not lowered[end].isalnum()
            ):
                found.append((at, end))
            at = lowered.find(phrase, at + 1)
    phrases = anonymizer._phrase_skeletons()
    words = [(m.start(), m.end(), m.group()) for m in anonymizer._WORD.finditer(text)]
    for index, (start, _end, word) in enumerate(words):
        for parts in phrases.get(anonymizer.skeleton(word)[: anonymizer._PREFIX], ()):
            last = index + len(parts) - 1
            if last < len(words) and all(
                anonymizer._phrase_word(words[index + k][2], part) for k, part in enumerate(parts)
            ):
                found.append((start, words[last][1]))
    return found


def test_public_phrases_are_those_every_phrase_searched_for_finds() -> None:
    public = anonymizer.PublicPhrases()
    phrases = [p for p in lexicon.public_phrases()][:200]
    rng = random.Random(5)
    # the phrases themselves in running text, in other letter cases, glued to words and digits
    planted = " ".join(
        rng.choice([p, p.upper(), p.title(), "x" + p, p + "1", p + "ның", f"({p})"]) for p in phrases
    )
    total = 0
    for text in (*_texts(), planted):
        for start in range(0, len(text), 3000):
            piece = text[start : start + 3000]
            found = public.find(piece)
            assert found == _public_every_phrase(piece)
            total += len(found)
    assert total > 100


@pytest.mark.parametrize("at", [False, True])
@pytest.mark.parametrize("underscore", [False, True])
def test_the_handle_pattern_without_the_branches_a_text_cannot_match(at: bool, underscore: bool) -> None:
    text = "\n".join(_texts()[:2])
    text += " @aigerim_k insta: maksat_top_boy tg @x.y jenis.art_kz telegram - nur_01"
    if not at:
        text = text.replace("@", " ")
    if not underscore:
        text = text.replace("_", " ")
    fast = patterns._handle("@" in text, "_" in text)
    found = [m.span() for m in fast.finditer(text)]
    assert found == [m.span() for m in patterns.HANDLE.finditer(text)]
    assert found

"""A long note read the strict way removes each run of words that do not stay, joined over short
gaps within a line, and nothing else: checked against a word-by-word reading of notes built from
known words and gaps, a zero-width character inside some words (the 10 MB note's removals are
worked out on arrays and its words cut a run of letters at a time; they must be these)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.anonymizer.long_notes import StrictReading
from facilitator.anonymizer.spans import Kind

WORDS = ["дом", "бала", "кел\u200bді", "water", "жаңа", "o'g'il", "кок-арт", "ер\u200bлан", "мен", "ушла"]
GAPS = [" ", ", ", " — ", "\n", " \n ", "    ", ": «", "» ", ". "]


def _reference(words: list[str], gaps: list[str], kept: set[str]) -> list[tuple[int, int]]:
    """Word by word: a removed word after a removed one, the gap between them at most three
    characters and no line end, continues its removal; any other removed word opens one."""
    removals: list[tuple[int, int]] = []
    at = len(gaps[0])
    previous_removed = False
    for index, word in enumerate(words):
        if index:
            at += len(gaps[index])
        removed = word not in kept
        gap = gaps[index]
        if removed and previous_removed and len(gap) <= 3 and "\n" not in gap:
            removals[-1] = (removals[-1][0], at + len(word))
        elif removed:
            removals.append((at, at + len(word)))
        previous_removed = removed
        at += len(word)
    return removals


@settings(max_examples=300, deadline=None)
@given(
    data=st.lists(st.tuples(st.sampled_from(GAPS), st.sampled_from(WORDS)), min_size=1, max_size=40),
    kept=st.sets(st.sampled_from(WORDS)),
    opening=st.sampled_from(["", " ", "\n"]),
)
def test_the_removals_are_the_runs_of_words_that_do_not_stay(
    data: list[tuple[str, str]], kept: set[str], opening: str
) -> None:
    gaps = [opening] + [gap for gap, _word in data[1:]]
    words = [word for _gap, word in data]
    text = "".join(gap + word for gap, word in zip(gaps, words, strict=True)) + " "
    spans = StrictReading(text).spans(kept)
    assert [(s.start, s.end) for s in spans] == _reference(words, gaps, kept)
    assert {s.kind for s in spans} <= {Kind.QUASI}


def test_every_word_kept_removes_nothing_and_none_kept_removes_each_line() -> None:
    text = "дом бала\nwater мен\n\nушла"
    assert StrictReading(text).spans({"дом", "бала", "water", "мен", "ушла"}) == []
    removed = [text[s.start : s.end] for s in StrictReading(text).spans(set())]
    assert removed == ["дом бала", "water мен", "ушла"]

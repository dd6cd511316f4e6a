"""Detection and replacement of a long note take time in proportion to its length: a note eight
times as long costs about eight times the CPU, not sixty-four (a 1 MB note once took 287 s because a
check ran over every pair of spans). CPU time of this process, so a busy machine does not fail it."""

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind, Span
from tests.helpers.dev_notes import mixed_note


@contextmanager
def _no_collector() -> Iterator[None]:
    """Python's cycle collector held while a step is timed: in the whole suite's process its full
    passes cost the heap's size, which the step's own work does not (CI once measured a 3 ms table
    at 17.6 times its eighth)."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _cpu_seconds(anonymizer: Anonymizer, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        anonymizer.apply(text, anonymizer._detect(text, workers=1))
        best = min(best, time.process_time() - started)
    return best


def test_eight_times_the_text_costs_about_eight_times_the_time() -> None:
    anonymizer = Anonymizer(["Ерлан Сапаров", "Aibek"], use_ner=False)
    anonymizer.detect(mixed_note(60_000, seed=1))  # the dictionaries loaded, the common words judged
    short, long = mixed_note(30_000, seed=2), mixed_note(240_000, seed=3)
    ratio = _cpu_seconds(anonymizer, long) / _cpu_seconds(anonymizer, short)
    assert ratio < 16, f"8x the text took {ratio:.1f}x the time: something is quadratic"


def test_address_words_are_read_where_words_start_and_give_what_the_full_scan_gives() -> None:
    """patterns._address_words searches the address words behind a look-ahead of their first
    letters (guards.py), and each window of ADDRESS is read word start by word start: both give what
    the plain pattern's full scan gives."""
    from facilitator.anonymizer import patterns
    from facilitator.anonymizer.guards import unguarded

    plain = unguarded(patterns._ADDRESS_WORD)
    assert plain is not patterns._ADDRESS_WORD  # guarded
    text = mixed_note(200_000, seed=4) + " ул.Абая 5, кв 3; 12мкр 4; х ш.а. Самал"
    fast = [m.span() for m in patterns._address_words(text)]
    assert fast == [m.span() for m in plain.finditer(text)]
    assert len(fast) > 20
    for word in plain.finditer(text):
        begin, stop = max(0, word.start() - 120), min(len(text), word.end() + 120)
        read = [m.span() for m in patterns._addresses_from(text, begin, stop, word.start())]
        full = [m.span() for m in patterns.ADDRESS.finditer(text, begin, stop)]
        assert read == [span for span in full if span[0] <= word.start()]


def _listed_note(repeats: int) -> tuple[str, list[Span]]:
    """A note of many short lists of people ("Пришли Ерлан, Асхат, бөрі.") and lists of things,
    with its name spans, as detection gives them."""
    text = "Ерлан сказал что отец пьет, Асхат молчал. маркеры, флипчарт, чай. Пришли Ерлан, Асхат, бөрі. "
    text *= repeats
    spans = [
        Span(at, at + 5, Kind.NAME, "roster", name.casefold())
        for name in ("Ерлан", "Асхат")
        for at in range(len(text))
        if text.startswith(name, at)
    ]
    return text, sorted(spans, key=lambda s: s.start)


def test_the_session_layer_reads_lists_of_people_in_time_in_proportion_to_the_note() -> None:
    """Members of enumerations of people (``coreference._listed_words``) are found word by word
    with a bisection into the note's names and brackets, not by a pass over all of them per word
    (a 370 KB note of such lists once took 30 s)."""
    from facilitator.anonymizer.coreference import cued_nicknames

    def cpu(repeats: int) -> float:
        text, spans = _listed_note(repeats)
        started = time.process_time()
        found = cued_nicknames([text], [spans])
        assert len(found[0]) >= repeats  # every "бөрі" is the nickname of the list
        return time.process_time() - started

    cpu(50)  # the word lists loaded
    # the least of three runs each: a loaded machine's pauses land in one run, not in all three
    ratio = min(cpu(4000) for _ in range(3)) / min(cpu(500) for _ in range(3))
    assert ratio < 16, f"8x the text took {ratio:.1f}x the time: something is quadratic"


def test_the_session_layer_adds_a_long_notes_nicknames_in_time_in_proportion_to_it() -> None:
    """A nickname's forms found across a note are kept clear of the note's spans and of each other
    by bisection (``coreference._clear_of``), not by a pass over every span per form: a note with
    thousands of both once cost their product."""
    from facilitator.anonymizer.coreference import coreferent_spans

    def cpu(repeats: int) -> float:
        text = "Клички: кореш, генерал. " + "Ерлан и кореш пришли, Асхат позвонил. " * repeats
        spans = sorted(
            (
                Span(at, at + 5, Kind.NAME, "roster", name.casefold())
                for name in ("Ерлан", "Асхат")
                for at in range(len(text))
                if text.startswith(name, at)
            ),
            key=lambda s: s.start,
        )
        started = time.process_time()
        added = coreferent_spans([text], [spans], frozenset(), lambda words: frozenset())
        assert sum(text[s.start : s.end] == "кореш" for s in added[0]) == repeats + 1  # every one
        return time.process_time() - started

    cpu(50)  # the word lists loaded
    # the least of three runs each: a loaded machine's pauses land in one run, not in all three
    ratio = min(cpu(4000) for _ in range(3)) / min(cpu(500) for _ in range(3))
    assert ratio < 16, f"8x the text took {ratio:.1f}x the time: something is quadratic"


def test_the_session_layer_reads_a_long_table_of_people_in_time_in_proportion_to_it() -> None:
    """Each cell of a table that holds a person is checked against the note's name spans by
    bisection (``Cover.holds``), not by a pass over all of them per cell: a long note's tables once
    cost cells times names."""
    from facilitator.anonymizer.coreference import _tabled

    def cpu(repeats: int) -> float:
        text = "| имя | кличка | пришёл |\n|---|---|---|\n" + "| Ерлан Асханов | Медведь | да |\n" * repeats
        spans = [
            Span(at, at + 13, Kind.NAME, "roster", "ерлан")
            for at in range(len(text))
            if text.startswith("Ерлан Асханов", at)
        ]
        found: list[list[Span]] = [[]]
        with _no_collector():
            started = time.process_time()
            capitalised = _tabled([text], [spans], found)
            spent = time.process_time() - started
        assert len(found[0]) == repeats and capitalised  # every nickname's cell
        return spent

    cpu(50)  # the word lists loaded
    # the least of three runs each: a loaded machine's pauses land in one run, not in all three; the
    # short table takes some milliseconds, so it is long enough that a pause does not make the ratio
    ratio = min(cpu(4800) for _ in range(3)) / min(cpu(600) for _ in range(3))
    assert ratio < 16, f"8x the text took {ratio:.1f}x the time: something is quadratic"

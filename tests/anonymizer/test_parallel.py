"""A very long note read by worker processes gives exactly the spans the single process gives."""

import os
import random
import sys

import pytest

from facilitator.anonymizer import anonymizer as anonymizer_module
from facilitator.anonymizer import workers
from facilitator.anonymizer.anonymizer import Anonymizer
from tests.anonymizer.evaluate import SETS, load

ROSTER = ["Ерлан Сапаров", "Айгерим", "Aibek"]


@pytest.fixture(scope="module")
def long_note() -> str:
    notes = [str(note["text"]) for note in load(SETS["dev"])]
    random.Random(4).shuffle(notes)
    return "\n".join(notes + notes[:200])  # ≈ 120,000 characters, names, numbers, addresses


@pytest.fixture
def parallel_from_small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anonymizer_module, "PARALLEL_FROM", 10_000)
    monkeypatch.setattr(anonymizer_module, "NER_LIMIT", 20_000)  # some pieces stay here, with NER


def _rows(spans: list) -> list[tuple]:
    return [(s.start, s.end, s.kind, s.source, s.key) for s in spans]


def test_workers_find_the_same_spans_and_pseudonyms(long_note: str, parallel_from_small: None) -> None:
    alone, shared = Anonymizer(ROSTER), Anonymizer(ROSTER)
    single = alone._detect(long_note, workers=1)
    parallel = shared._detect(long_note, workers=2)
    assert len(single) > 1000
    assert _rows(parallel) == _rows(single)
    assert shared.apply(long_note, parallel) == alone.apply(long_note, single)


def test_a_failing_worker_leaves_its_pieces_to_the_caller(
    long_note: str, parallel_from_small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    single = Anonymizer(ROSTER)._detect(long_note, workers=1)
    monkeypatch.setattr(workers, "_load", sys.exit)  # each worker exits as it starts
    assert _rows(Anonymizer(ROSTER)._detect(long_note, workers=2)) == _rows(single)


def test_a_short_note_is_read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a worker was started for a short note")

    monkeypatch.setattr(anonymizer_module, "read_pieces", refuse)
    assert Anonymizer()._detect("Ерлан позвонил +7 701 234 56 78.", workers=2)


def test_batches_cover_every_piece_once_and_the_name_models_pieces_go_together() -> None:
    jobs = [("x" * 4000, index < 50) for index in range(1000)]  # a long note: NER reads its start
    runs = workers.batches(jobs, 2)
    assert sorted(i for run in runs for i in run) == list(range(1000))
    assert runs[0] == list(range(50))  # one batch, one worker loads the model
    assert workers.BATCHES_A_WORKER < len(runs) - 1 <= 2 * workers.BATCHES_A_WORKER
    sizes = [len(run) for run in runs[1:]]
    assert max(sizes) - min(sizes) <= 1  # the rest in runs of equal cost
    everything = [("x" * 4000, True) for _ in range(100)]  # many short notes, all read by NER
    assert len(workers.batches(everything, 2)) == 2  # a fair share each: both load the model
    assert workers.batches([], 2) == [[]]  # no piece: one empty batch (the roster keys still come back)


def _read_and_say_who(jobs: list[tuple[str, bool]]) -> tuple[frozenset[str], list[list[tuple]]]:
    """In a worker (a stand-in for workers._read): which process read each piece, and how many
    times that process had loaded the Russian dictionary by then."""
    from facilitator.anonymizer import lexicon

    keys, rows = workers._read(jobs)
    loads = lexicon._morph.cache_info().misses
    return keys, [[(os.getpid(), loads, "name", "who", "")] for _row in rows]


def test_each_worker_loads_the_dictionaries_once_for_all_its_batches(
    long_note: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pieces = [(piece, False) for piece in long_note.split("\n")[:600] if piece]
    assert len(workers.batches(pieces, 2)) == 2 * workers.BATCHES_A_WORKER
    monkeypatch.setattr(workers, "_read", _read_and_say_who)
    found, keys = workers.read_pieces((tuple(ROSTER), True, "ru"), pieces, 2)
    assert keys is not None and all(spans is not None for spans in found)
    readers = {spans[0].start for spans in found if spans}
    loads = {spans[0].end for spans in found if spans}
    assert 1 <= len(readers) <= 2  # at most one process a core, each reading several batches
    assert loads == {1}  # and each loaded the dictionary once, however many batches it read


def test_the_work_done_while_the_workers_read_changes_nothing_they_find(
    long_note: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``Readers.read``'s ``meanwhile`` (the export finds the notes' words there) runs once, after
    the pieces are handed out and before their answers are collected; the spans are those read
    without it. If the workers die as they start, every piece comes back unread (the export then says
    the name finder stopped), and it runs at most once (not at all if the pool broke before the
    pieces were handed out)."""
    pieces = [(piece, False) for piece in long_note.split("\n")[:300] if piece]
    setup = (tuple(ROSTER), True, "ru")
    alone, _keys = workers.read_pieces(setup, pieces, 2)
    called: list[int] = []
    with workers.Readers(setup, 2) as readers:
        found, keys = readers.read(pieces, lambda: called.append(len(called)))
    assert called == [0] and keys is not None
    assert [_rows(s or []) for s in found] == [_rows(s or []) for s in alone]
    monkeypatch.setattr(workers, "_load", sys.exit)  # each worker exits as it starts
    called.clear()
    with workers.Readers(setup, 2) as readers:
        found, keys = readers.read(pieces, lambda: called.append(len(called)))
    assert keys is None and all(spans is None for spans in found)
    assert called in ([], [0])  # never run twice; not at all if the pool broke before it

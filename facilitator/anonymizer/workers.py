"""Reading notes in worker processes: the one way detection runs away from the app's process.

The pieces of the notes (anonymizer.plan: normalised, cut at line or sentence ends) are handed to a
pool of worker processes, one a core for a long text, one otherwise. Each worker is a fresh Python
(multiprocessing's spawn: it shares nothing with the app's memory, and it works in the packaged app,
whose launcher calls ``freeze_support``) that loads the dictionaries, and the name model when a
piece asks for it, once, then reads batch after batch of pieces; the pool exits when all are read
and the memory goes back to the laptop. Pieces and spans travel through the pool's pipes, never
through a file, and a worker's error output is discarded (a traceback must not print a note).

A batch whose worker failed comes back as ``None`` for each of its pieces, with no message: the
caller reads them itself or says that detection stopped.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.anonymizer.spans import Kind, Span

if TYPE_CHECKING:
    from concurrent.futures import Future

    from facilitator.anonymizer.anonymizer import Anonymizer
    from facilitator.anonymizer.long_notes import Key

Setup = tuple[tuple[str, ...], bool, str]
"""What a worker builds its anonymizer from: the roster, whether to use the name lists, the language."""
Job = tuple[str, bool]
"""A piece of a note (normalised) and whether the neural name finder may read it."""
Row = tuple[int, int, str, str, str]
FALLBACK = "fallback"
"""The source of the one span a note is reduced to when it cannot be read (a pathological text, a
fault of ours): removed whole, and reviewed."""
_log = logging.getLogger(__name__)
_PACKAGE = Path(__file__).resolve().parents[1]


def log_fault(error: BaseException) -> None:
    """Say that a note could not be read, and where in our code: the error's type, file and line,
    never its message, which may quote the note."""
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(_PACKAGE)] or frames
    at = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    _log.error("a note could not be read (%s%s): it is removed whole", type(error).__name__, at)


BATCHES_A_WORKER = 24
"""Batches each worker reads, in turn, as it gets free: a worker slowed by the name model or by the
machine's other work reads fewer of them, and they all finish at about the same time."""
NER_WEIGHT = 2
"""A piece the name model reads costs about this many times a piece it does not."""


def cores() -> int:
    """Processes to read a long text with: one a core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def batches(jobs: Sequence[Job], processes: int) -> list[list[int]]:
    """The jobs' indexes in runs of about equal cost, about BATCHES_A_WORKER a process, in order;
    at least one run, even for no jobs. The pieces the name model reads come first, together, in as
    few runs as a fair share of the work allows (one, for a long note: its first 200,000
    characters), so one worker loads the model, not every one."""
    costs = [len(piece) * (NER_WEIGHT if ner else 1) for piece, ner in jobs]
    total = max(1, sum(costs))
    model = [index for index, (_piece, ner) in enumerate(jobs) if ner]
    rules = [index for index, (_piece, ner) in enumerate(jobs) if not ner]
    model_cost = sum(costs[i] for i in model)
    shares = max(1, processes)
    return [
        *_runs(model, costs, max(1, -(-model_cost * shares // total))),  # a share of the work each
        *_runs(rules, costs, max(1, shares * BATCHES_A_WORKER * (total - model_cost) // total)),
    ] or [[]]


def _runs(indexes: Sequence[int], costs: Sequence[int], count: int) -> list[list[int]]:
    """``indexes`` cut into at most ``count`` runs of about equal cost, in order."""
    total = max(1, sum(costs[i] for i in indexes))
    runs: list[list[int]] = [[] for _ in range(count)]
    done = 0
    for index in indexes:
        runs[min(count - 1, done * count // total)].append(index)
        done += costs[index]
    return [run for run in runs if run]


def read_pieces(
    setup: Setup, jobs: Sequence[Job], processes: int
) -> tuple[list[list[Span] | None], frozenset[str] | None]:
    """The spans of each job's piece (offsets into the piece), read by ``processes`` worker processes,
    and the anonymizer's roster keys; ``None`` for a piece whose worker failed (and for the roster
    keys if every worker did). Returns when every worker has exited."""
    with Readers(setup, min(processes, len(batches(jobs, processes)))) as readers:
        return readers.read(jobs)


class Readers:
    """A pool of ``processes`` workers started at once, before the notes are cut (each loads the
    dictionaries while this process normalises and cuts them), that reads the pieces and then, its
    dictionaries still loaded, says which words are ordinary words (coreference.py); every worker
    has exited when ``close`` returns."""

    def __init__(self, setup: Setup, processes: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self._processes = max(1, processes)
        self._pool: ProcessPoolExecutor | None = None
        try:
            self._pool = ProcessPoolExecutor(
                max_workers=self._processes,
                # a fresh interpreter: none of the app's memory
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_load,
                initargs=(setup,),
            )
            for _ in range(self._processes):  # each submit starts a worker: all start loading now
                self._pool.submit(_ready)
        except Exception:  # no pool at all (no processes left, no memory): nothing will be read
            self.close()

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def read(
        self, jobs: Sequence[Job], meanwhile: Callable[[], object] | None = None
    ) -> tuple[list[list[Span] | None], frozenset[str] | None]:
        """The spans of each job's piece (offsets into the piece) and the anonymizer's roster keys;
        ``None`` for a piece whose worker failed (and for the roster keys if every worker did).
        ``meanwhile`` is called once the pieces are handed out, before their answers are waited
        for: work of this process that needs no span runs while the workers read."""
        distinct = list(dict.fromkeys(jobs))
        if len(distinct) < len(jobs):
            # a pasted text repeats itself: each distinct piece is read once (a piece reads the same
            # wherever it stands), and its spans are copied to every place it stands
            found, roster_keys = self._read(distinct, meanwhile)
            at = {job: index for index, job in enumerate(distinct)}
            return [None if (spans := found[at[job]]) is None else list(spans) for job in jobs], roster_keys
        return self._read(jobs, meanwhile)

    def _read(
        self, jobs: Sequence[Job], meanwhile: Callable[[], object] | None
    ) -> tuple[list[list[Span] | None], frozenset[str] | None]:
        runs = batches(jobs, self._processes)
        found: list[list[Span] | None] = [None] * len(jobs)
        roster_keys: frozenset[str] | None = None
        futures: list[Future[tuple[frozenset[str], list[list[Row]]]]] = []
        if self._pool is not None:
            try:
                futures = [self._pool.submit(_read, [jobs[i] for i in run]) for run in runs]
            except Exception:  # the pool broke (a worker killed as it started)
                futures = []
        if len(futures) != len(runs):
            return found, roster_keys
        if meanwhile is not None:
            meanwhile()
        for run, future in zip(runs, futures, strict=True):
            try:
                keys, rows = future.result()
            except Exception:  # a worker's fault (its message may quote a note) stays there
                continue
            roster_keys = keys
            if len(rows) != len(run):  # pragma: no cover - defensive
                continue
            for index, piece_rows in zip(run, rows, strict=True):
                found[index] = [Span(s, e, Kind(k), source, key) for s, e, k, source, key in piece_rows]
        return found, roster_keys

    def kept_words(self, words: Iterable[Key]) -> set[Key]:
        """``long_notes.kept_words`` of ``words``, shared out among the workers; the words of a
        worker that fails are not kept (fail safe: removed)."""
        words = list(words)
        if not words or self._pool is None:
            return set()
        shares = 2 * self._processes  # a worker that gets free takes the next
        try:
            futures = [self._pool.submit(_kept_words, words[at::shares]) for at in range(shares)]
        except Exception:  # the pool broke (a worker killed as it started)
            return set()
        kept: set[Key] = set()
        for future in futures:
            try:
                kept.update(future.result())
            except Exception:  # a worker's fault (its message may quote a note) stays there
                continue
        return kept

    def dictionary_words(self, words: frozenset[str]) -> frozenset[str]:
        """``coreference.dictionary_words`` of ``words``, read by a worker; if it fails, no word is
        called ordinary (fail safe: every part of a name found is removed)."""
        if not words or self._pool is None:
            return frozenset()
        try:
            return self._pool.submit(_dictionary_words, sorted(words)).result()
        except Exception:  # a worker's fault (its message may quote a note) stays there
            return frozenset()

    def close(self) -> None:
        """Every worker has exited on return."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


# -- in a worker ---------------------------------------------------------------------------------
_anonymizer: Anonymizer | None = None


def _load(setup: Setup) -> None:
    """In a new worker: its error output discarded, the anonymizer and its dictionaries loaded once."""
    global _anonymizer
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the worker's life
    from facilitator.anonymizer import lexicon
    from facilitator.anonymizer.anonymizer import Anonymizer

    roster, use_lists, language = setup
    _anonymizer = Anonymizer(roster, use_lists=use_lists, language=language)
    lexicon.warm_up()
    _quiet_collector()
    # once the pool lets it go (its last answer sent), the worker ends without tearing down what it
    # holds object by object (the dictionaries, a long note's caches: half a second and more); its
    # memory goes back to the laptop at once. atexit runs the last registered first: handlers
    # registered after this one still run; those registered before it are skipped (multiprocessing's
    # own, which the process ran itself on its way out; logging's, with nothing to flush here).
    atexit.register(os._exit, 0)


GC_THRESHOLD = (50_000, 20, 100)
"""The cyclic garbage collector's thresholds in a worker: reading a long note allocates millions of
small objects (tokens, spans, cache entries) and hardly any cycle; at Python's default (700, 10,
10) the collector ran so often it took about a fifth of a worker's time, going through the
dictionaries again and again. The worker exits when the note is read, and its memory with it."""


@contextmanager
def rare_collections() -> Iterator[None]:
    """The collector at GC_THRESHOLD while the app's process works through a long session's spans
    (tens of thousands of them for a pasted 10 MB note) or lays out its PDF, then as it was."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _quiet_collector() -> None:
    """In a worker, once the dictionaries are loaded: what is loaded is never collected again
    (``gc.freeze``: it lives as long as the worker), and the collector runs less often."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def _ready() -> None:
    """In a worker: nothing; submitted to start the worker (its initializer loads the dictionaries)."""


def _dictionary_words(words: list[str]) -> frozenset[str]:
    """In a worker, its dictionaries loaded: which of ``words`` are ordinary words."""
    from facilitator.anonymizer.coreference import dictionary_words

    return dictionary_words(words)


def _kept_words(words: list[Key]) -> list[Key]:
    """In a worker, its dictionaries loaded: which words of a long note stay (long_notes.py)."""
    from facilitator.anonymizer.long_notes import kept_words

    return kept_words(words)


def _read(jobs: list[Job]) -> tuple[frozenset[str], list[list[Row]]]:
    """In a worker: the spans of each piece, as rows; a piece that cannot be read (too deep, a
    fault of ours) gives the fallback row, which stands for its whole note (see anonymizer.assemble)."""
    anonymizer = _anonymizer
    assert anonymizer is not None
    rows: list[list[Row]] = []
    for piece, ner in jobs:
        try:
            spans = anonymizer.detect_piece(piece, ner)
        except Exception as error:  # never an export stopped: the note removed whole, reviewed
            log_fault(error)
            rows.append([(0, len(piece), Kind.QUASI.value, FALLBACK, "")])
            continue
        rows.append([(s.start, s.end, s.kind.value, s.source, s.key) for s in spans])
    return anonymizer.roster_keys, rows

"""Reading a very long note on every core: worker processes that each read some of its pieces.

Each worker is a fresh Python (``python -c``, not a fork of a process that may run Qt) started
with this package on its path; the pieces go to it through its standard input and the spans come
back through its standard output, pickled: raw text never touches the disk, and its error output
is discarded (a traceback must not print a note). A worker that fails leaves its pieces to the
caller, which reads them itself: the result is the same either way.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import facilitator
from facilitator.anonymizer.spans import Kind, Span

Setup = tuple[tuple[str, ...], bool, str]
"""What a worker builds its anonymizer from: the roster, whether to use the name lists, the language."""
Row = tuple[int, int, str, str, str]

_START = "from facilitator.anonymizer.workers import serve; serve()"


def cores() -> int:
    """Processes to read a long note with: one a core this process may use; one in the packaged
    app (its executable is the app, not a Python that would run ``-c``)."""
    if getattr(sys, "frozen", False):
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def read_elsewhere(setup: Setup, groups: Sequence[Sequence[str]]) -> list[list[list[Span]] | None]:
    """The spans of each piece of each group, one worker process a group, all started at once;
    ``None`` for a group whose worker failed. Returns when every worker is done."""
    results: list[list[list[Span]] | None] = [None] * len(groups)
    threads = [
        threading.Thread(target=_run, args=(setup, list(group), results, index), daemon=True)
        for index, group in enumerate(groups)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


class Elsewhere:
    """``read_elsewhere`` in a thread of its own, so the caller reads other pieces meanwhile."""

    def __init__(self, setup: Setup, groups: Sequence[Sequence[str]]) -> None:
        self._results: list[list[list[Span]] | None] = [None] * len(groups)
        self._thread = threading.Thread(target=self._read, args=(setup, groups), daemon=True)
        self._thread.start()

    def _read(self, setup: Setup, groups: Sequence[Sequence[str]]) -> None:
        self._results = read_elsewhere(setup, groups)

    def results(self) -> list[list[list[Span]] | None]:
        self._thread.join()
        return self._results


def _run(setup: Setup, pieces: list[str], results: list[list[list[Span]] | None], index: int) -> None:
    root = str(Path(facilitator.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    try:
        process = subprocess.Popen(
            [sys.executable, "-c", _START],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=root,
        )
        output, _ = process.communicate(pickle.dumps((setup, pieces), protocol=pickle.HIGHEST_PROTOCOL))
        if process.returncode != 0:
            return
        rows: list[list[Row]] = pickle.loads(output)
    except Exception:  # no worker: the caller reads these pieces itself
        return
    if len(rows) == len(pieces):
        results[index] = [
            [Span(s, e, Kind(k), source, key) for s, e, k, source, key in spans] for spans in rows
        ]


def serve() -> None:
    """In a worker: read (setup, pieces) from standard input, write each piece's spans to standard
    output."""
    from facilitator.anonymizer.anonymizer import Anonymizer

    setup, pieces = pickle.load(sys.stdin.buffer)
    roster, use_lists, language = setup
    anonymizer = Anonymizer(roster, use_ner=False, use_lists=use_lists, language=language)
    rows = [
        [(s.start, s.end, s.kind.value, s.source, s.key) for s in anonymizer.detect_piece(piece)]
        for piece in pieces
    ]
    sys.stdout.buffer.write(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()

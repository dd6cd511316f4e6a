"""Finding identifiers in a session's notes in a worker process that exits when it is done.

natasha's name model and the Russian dictionaries take about 200 MB. They are never loaded in the
app's own process: the review and the export hand the notes to one worker process (spawned, so it
shares nothing with the app's memory), which loads them, finds every identifier and exits, and
the memory goes back to the laptop. The notes travel through a pipe between the two processes,
never through a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.anonymizer.spans import Span


class DetectionFailed(Exception):
    """The worker could not finish (killed, out of memory). The message holds no note text."""


@dataclass(frozen=True)
class Detected:
    """What the worker found in each note: stands in for the anonymizer in ``Redaction``."""

    language: str
    roster_keys: frozenset[str]
    spans: dict[str, list[Span]]

    def detect(self, text: str) -> list[Span]:
        return self.spans[text]


def detect_in_worker(texts: Sequence[str], roster: Sequence[str], language: str) -> Detected:
    """Every identifier in each of ``texts``, found by a worker process that has exited on return."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")  # a fresh interpreter: none of the app's memory
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            return pool.submit(_detect, list(dict.fromkeys(texts)), list(roster), language).result()
    except (BrokenProcessPool, OSError) as exc:
        raise DetectionFailed(
            f"The name finder stopped before it finished ({type(exc).__name__}); nothing was exported."
        ) from None


def _detect(texts: list[str], roster: list[str], language: str) -> Detected:
    """In the worker: load the anonymizer (and with it the model), read every note."""
    from facilitator.anonymizer.anonymizer import Anonymizer

    anonymizer = Anonymizer(roster, language=language)
    return Detected(language, anonymizer.roster_keys, {text: anonymizer.detect(text) for text in texts})

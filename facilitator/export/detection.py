"""Finding identifiers in a session's notes in a worker process that exits when it is done.

natasha's name model and the Russian dictionaries take about 70 MB (a worker peaks at ≈ 95 MB:
anonymizer/ner_model.py). They are never loaded in the app's own process: the review and the export
cut the notes into pieces and hand them to worker processes (anonymizer/workers.py: spawned, so they
share nothing with the app's memory; one, or one a core for a very long text), which load them
once, find every identifier and exit, and the memory goes back to the laptop. The notes travel
through pipes between the processes, never through a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    common: frozenset[str] = frozenset()
    """The words of the notes that may be a part of a session's name and are ordinary words."""

    def detect(self, text: str) -> list[Span]:
        return self.spans[text]

    def common_words(self, words: frozenset[str]) -> frozenset[str]:
        return words & self.common


def detect_in_worker(texts: Sequence[str], roster: Sequence[str], language: str) -> Detected:
    """Every identifier in each of ``texts``, found by worker processes (one, or one a core for a
    long text: workers.py) that have all exited on return. The workers start first and load their
    dictionaries while the notes are cut into pieces here (no dictionary is needed for that); they
    read the pieces, then say which words of the session's names are ordinary words."""
    from facilitator.anonymizer.anonymizer import PARALLEL_FROM, assemble, plan
    from facilitator.anonymizer.workers import Readers, cores

    notes = list(dict.fromkeys(texts))
    # normalising only drops characters: a session shorter than PARALLEL_FROM as typed is short
    long = sum(len(text) for text in notes) >= PARALLEL_FROM
    with Readers((tuple(roster), True, language), cores() if long else 1) as readers:
        plans = [plan(text) for text in notes]
        jobs = [
            (piece, ner)
            for _normal, pieces, flags in plans
            for (_s, piece), ner in zip(pieces, flags, strict=True)
        ]
        found, roster_keys = readers.read(jobs)
        if roster_keys is None or any(spans is None for spans in found):
            raise DetectionFailed(_STOPPED)
        spans: dict[str, list[Span]] = {}
        at = 0
        for text, (normal, pieces, _flags) in zip(notes, plans, strict=True):
            by_piece = [spans or [] for spans in found[at : at + len(pieces)]]
            at += len(pieces)
            spans[text] = assemble(text, normal, pieces, by_piece)
        common = _common_words(notes, spans, roster_keys, readers.dictionary_words)
    return Detected(language, roster_keys, spans, common)


def _common_words(
    notes: Sequence[str],
    spans: dict[str, list[Span]],
    roster_keys: frozenset[str],
    ask: Callable[[frozenset[str]], frozenset[str]],
) -> frozenset[str]:
    """Which words that may be a part of a session's name are ordinary words (coreference.py),
    asked of a worker process (``ask``): the Russian dictionary never loads in the app's process."""
    from facilitator.anonymizer.coreference import coreferent_spans

    asked: set[str] = set()

    def remember(words: frozenset[str]) -> frozenset[str]:
        asked.update(words)
        return frozenset()

    coreferent_spans(notes, [spans[text] for text in notes], roster_keys, remember)
    return ask(frozenset(asked))


_STOPPED = "The name finder stopped before it finished; nothing was exported."
"""A worker was killed, ran out of memory or could not start (the message holds no note text)."""

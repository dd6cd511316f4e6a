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
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from facilitator.anonymizer.spans import Kind, Span

if TYPE_CHECKING:
    from facilitator.anonymizer.coreference import Prepared, Words


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
    coreference: Prepared | None = field(default=None, compare=False, repr=False)
    """The session's coreference worked out to find which words to ask about (``coreference.Prepared``),
    for the notes the Redaction will read (``detect_in_worker``'s ``notes``), if it knows them."""

    def detect(self, text: str) -> list[Span]:
        return self.spans[text]

    def common_words(self, words: frozenset[str]) -> frozenset[str]:
        return words & self.common


def detect_in_worker(
    texts: Sequence[str], roster: Sequence[str], language: str, notes: Sequence[str] | None = None
) -> Detected:
    """Every identifier in each of ``texts``, found by worker processes (one, or one a core for a
    long text: workers.py) that have all exited on return. The workers start first and load their
    dictionaries while the notes are cut into pieces here (no dictionary is needed for that); they
    read the pieces, then say which words of the session's names are ordinary words. ``notes``: the
    texts (of ``texts``) the session's coreference will be worked out for (its notes, not its town):
    what was worked out to ask the question is then kept for it (``Detected.coreference``)."""
    from facilitator.anonymizer.anonymizer import PARALLEL_FROM, assemble, plan
    from facilitator.anonymizer.long_notes import StrictReading, read_strictly
    from facilitator.anonymizer.workers import Readers, cores

    # a note read the strict way takes no part in the coreference (long_notes.py)
    session = [text for text in notes if not read_strictly(text)] if notes is not None else None
    notes = list(dict.fromkeys(texts))
    closely = [text for text in notes if not read_strictly(text)]
    # normalising only drops characters: a session shorter than PARALLEL_FROM as typed is short
    long = sum(len(text) for text in notes) >= PARALLEL_FROM
    with Readers((tuple(roster), True, language), cores() if long else 1) as readers:
        # a long note is cut into its words here while the workers load; they decide on each word
        strict = {text: StrictReading(text) for text in notes if read_strictly(text)}
        kept = readers.kept_words(set().union(*(r.words() for r in strict.values()))) if strict else set()
        plans = [plan(text) for text in closely]
        jobs = [
            (piece, ner)
            for _normal, pieces, flags in plans
            for (_s, piece), ner in zip(pieces, flags, strict=True)
        ]
        tokens: list[Words] = []
        # while the workers read: each note's words, and their skeletons (kept by skeleton's cache),
        # which the session's coreference needs and no span changes (a second of one core for a
        # 10 MB note, otherwise spent after the workers, the other core idle)
        found, roster_keys = readers.read(jobs, partial(_words_of, closely, tokens))
        if roster_keys is None or any(spans is None for spans in found):
            raise DetectionFailed(_STOPPED)
        spans: dict[str, list[Span]] = {text: reading.spans(kept) for text, reading in strict.items()}
        at = 0
        for text, (normal, pieces, _flags) in zip(closely, plans, strict=True):
            by_piece = [spans or [] for spans in found[at : at + len(pieces)]]
            at += len(pieces)
            spans[text] = assemble(text, normal, pieces, by_piece)
        common, prepared = _common_words(
            closely, spans, roster_keys, readers.dictionary_words, session, tokens or None
        )
    return Detected(language, roster_keys, spans, common, prepared)


def _words_of(notes: Sequence[str], tokens: list[Words]) -> None:
    """Each note's ``Words`` into ``tokens``, and the skeleton of each distinct word worked out
    (``skeleton`` keeps it): what the session's coreference reads first, found without a span."""
    from facilitator.anonymizer.coreference import Words
    from facilitator.anonymizer.name_rules.name_lists import list_names
    from facilitator.anonymizer.skeleton import skeleton

    list_names()
    for text in notes:
        words = Words(text)
        tokens.append(words)
        for word in words.distinct:
            skeleton(word)


def _common_words(
    notes: Sequence[str],
    spans: dict[str, list[Span]],
    roster_keys: frozenset[str],
    ask: Callable[[frozenset[str]], frozenset[str]],
    session: Sequence[str] | None = None,
    tokens: Sequence[Words] | None = None,
) -> tuple[frozenset[str], Prepared | None]:
    """Which words that may be a part of a session's name are ordinary words (coreference.py),
    asked of a worker process (``ask``): the Russian dictionary never loads in the app's process.
    The words asked about are those the session's coreference meets in ``notes`` when no word is
    called ordinary. With ``session`` (the notes the Redaction reads: ``notes`` less the town, or
    all of them), the session's coreference for those notes, prepared with the answer
    (``coreference.Prepared``), is returned too, when the question is the same for them: ``session``
    is ``notes``, or what ``notes`` holds after it (the town) names nobody (no name, e-mail or
    handle, no lower-case full name) and only adds its own words to the question. Otherwise
    ``None``, and the Redaction works it out itself. ``tokens``: each of ``notes``' ``Words``, if
    the caller has them (found while the workers read)."""
    from facilitator.anonymizer.coreference import (
        Words,
        candidates,
        lower_case_full_names,
        prepare,
        question,
        session_forms,
    )

    def nothing(_words: frozenset[str]) -> frozenset[str]:
        return frozenset()

    given = [spans[text] for text in notes]
    extra = len(notes) - len(session) if session is not None else -1
    if session is None or extra < 0 or list(session) != notes[: len(session)]:
        prepared = prepare(notes, given, roster_keys, nothing, tokens)
        return ask(prepared.lower_words | prepared.candidate_words), None
    rest = notes[len(session) :]
    rest_spans = given[len(session) :]
    # each note's words found once, for both steps
    tokens = list(tokens) if tokens is not None else [Words(text) for text in notes]
    names = (Kind.NAME, Kind.EMAIL, Kind.HANDLE)
    if any(s.kind in names for found in rest_spans for s in found) or any(
        lower_case_full_names(text, found, nothing, words)
        for text, found, words in zip(rest, rest_spans, tokens[len(session) :], strict=True)
    ):
        prepared = prepare(notes, given, roster_keys, nothing, tokens)
        return ask(prepared.lower_words | prepared.candidate_words), None
    mine, own = given[: len(session)], tokens[: len(session)]
    forms = session_forms(session, mine, own)  # the same for the question and with its answer
    asked, people = question(session, mine, roster_keys, own, forms)  # the words only, not every place
    # the rest names nobody: the people are the session's; its own candidates add their words
    more = frozenset(c.word.casefold() for c in candidates(rest, rest_spans, people, tokens[len(session) :]))
    common = ask(asked | more)
    return common, prepare(session, mine, roster_keys, lambda words: words & common, own, forms)


_STOPPED = "The name finder stopped before it finished; nothing was exported."
"""A worker was killed, ran out of memory or could not start (the message holds no note text)."""

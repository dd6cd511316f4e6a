"""One session's redaction: what is removed from each note, and what stands in its place.

The review window shows it and the PDF prints it, so what the facilitator reviewed is, by
construction, what the PDF prints: detection runs once per note version, the facilitator's
decisions are applied, and pseudonyms are given out in note order ("Participant A" is the first
roster person named in the session) in the report's language, with tags in that language too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from facilitator.anonymizer.anonymizer import Pseudonyms, after_title, non_overlapping, titled
from facilitator.anonymizer.coreference import COREFERENCE_UNSURE, People, Prepared, narrowed, prepare
from facilitator.anonymizer.long_notes import LONG, REMOVED, read_strictly
from facilitator.anonymizer.name_rules.name_sources import UNSURE_SOURCES
from facilitator.anonymizer.profiles import report_profile
from facilitator.anonymizer.spans import Kind, Span, spliced
from facilitator.export.detection import Detected
from facilitator.export.review import ReviewDecision, effective_spans, load_decisions, open_quasi
from facilitator.sessions.hidden_characters import without_direction_controls
from facilitator.sessions.store import Note, Store


class Finder(Protocol):
    """The anonymizer itself, or what a worker process found with it (``detection.Detected``)."""

    @property
    def language(self) -> str: ...

    @property
    def roster_keys(self) -> frozenset[str]: ...

    def detect(self, text: str) -> list[Span]: ...

    def common_words(self, words: frozenset[str]) -> frozenset[str]:
        """Those of ``words`` (lower case) that are ordinary words of a dictionary."""
        ...


@dataclass(frozen=True)
class Removal:
    """One candidate stretch of a note: removed or kept, and what the PDF prints instead."""

    span: Span
    removed: bool
    replacement: str
    unsure: bool
    """The anonymizer was not sure (a name that is also a word, a description): reviewed first."""


class Redaction:
    def __init__(
        self,
        notes: Sequence[Note],
        anonymizer: Finder,
        decisions: Sequence[ReviewDecision] = (),
        town: str | None = None,
    ) -> None:
        self.language = anonymizer.language
        self._anonymizer = anonymizer
        self._notes = list(notes)
        self._detected = {(n.id, n.updated_wall): anonymizer.detect(n.text) for n in self._notes}
        self._coreference()
        self._decisions = list(decisions)
        self._replacements: dict[tuple[int, int, int], str] = {}
        self._removed: dict[tuple[int, float], list[Span]] = {}
        """Each note's ``removed_spans``, worked out once per assignment of pseudonyms."""
        self._assign()
        self.town = self._place(town) if town else ""
        """The session's town as the PDF prints it: typed by hand after the session, it is read
        like a note ("Timur Bekov +7 701 …" typed in the wrong field prints "Person [phone]")."""

    @classmethod
    def for_session(cls, store: Store, session_id: str, anonymizer: Finder | None = None) -> Redaction:
        """The session's redaction; without ``anonymizer``, the notes are read by a worker process
        (see ``detection``), so the name model never loads in this one."""
        from facilitator.anonymizer.workers import rare_collections

        notes = store.notes(session_id)
        info = store.session(session_id)
        town = [info.town] if info.town else []
        with rare_collections():  # a long note's spans: millions of small objects, hardly a cycle
            if anonymizer is None:
                from facilitator.export.detection import detect_in_worker

                texts = [n.text for n in notes] + town
                anonymizer = detect_in_worker(
                    texts, store.roster(session_id), info.language, notes=[n.text for n in notes]
                )
            return cls(notes, anonymizer, load_decisions(store, session_id), info.town)

    # -- reading -------------------------------------------------------------------------------
    @property
    def notes(self) -> list[Note]:
        return list(self._notes)

    def note(self, note_id: int) -> Note:
        return next(n for n in self._notes if n.id == note_id)

    def detected(self, note: Note) -> list[Span]:
        return self._detected[(note.id, note.updated_wall)]

    def removed_spans(self, note: Note) -> list[Span]:
        """What the export replaces in ``note``, left to right, without overlaps."""
        known = self._removed.get((note.id, note.updated_wall))
        if known is not None:
            return list(known)
        return non_overlapping(effective_spans(note, self.detected(note), self._decisions))

    def read_strictly(self, note: Note) -> bool:
        """``note`` is too long to be read word by word: it was read the strict way (long_notes.py),
        and has no candidate to decide on one by one."""
        return read_strictly(note.text)

    def removals(self, note: Note) -> list[Removal]:
        """Every candidate of ``note``: unsure ones first, then in reading order; none for a note
        read the strict way (hundreds of thousands of stretches, none to decide on alone)."""
        if read_strictly(note.text):
            return []
        removed = {(s.start, s.end) for s in effective_spans(note, self.detected(note), self._decisions)}
        candidates = {(s.start, s.end): s for s in self.detected(note)}
        candidates.update(
            {(s.start, s.end): s for s in effective_spans(note, self.detected(note), self._decisions)}
        )
        rows = [
            Removal(
                span,
                (span.start, span.end) in removed,
                self.replacement(note, span),
                span.source in UNSURE_SOURCES
                or span.source == COREFERENCE_UNSURE
                or (span.kind is Kind.QUASI and span.source != LONG),
            )
            for span in candidates.values()
        ]
        return sorted(rows, key=lambda r: (not r.unsure, r.span.start))

    def replacement(self, note: Note, span: Span) -> str:
        """What the PDF prints for ``span`` (for a kept span: what it would print if removed)."""
        given = self._replacements.get((note.id, span.start, span.end))
        if given is not None:
            return given
        return self._tag(span, assign=False, note=note)

    def text(self, note: Note) -> str:
        """The note as the PDF prints it: a direction control left outside a name (a note saved
        before they were dropped at typing time) is left out too."""
        spans = self.removed_spans(note)
        text = spliced(note.text, spans, lambda span: self._replacements[(note.id, span.start, span.end)])
        return without_direction_controls(text)

    def unsure_count(self) -> int:
        return sum(1 for note in self._notes for r in self.removals(note) if r.unsure and r.removed)

    def strict_notes(self) -> int:
        """Notes too long to be read word by word, read the strict way (long_notes.py)."""
        return sum(1 for note in self._notes if self.read_strictly(note))

    def open_quasi(self) -> int:
        """Descriptions that single someone out, not yet decided on (removed meanwhile)."""
        return sum(len(open_quasi(note, self.detected(note), self._decisions)) for note in self._notes)

    # -- deciding ------------------------------------------------------------------------------
    def decide(self, decision: ReviewDecision) -> None:
        """Apply a decision the review has saved; pseudonyms are given out again in note order."""
        self._decisions = [
            d
            for d in self._decisions
            if (d.note_id, d.start, d.end) != (decision.note_id, decision.start, decision.end)
        ]
        self._decisions.append(decision)
        self._assign()

    def _coreference(self) -> None:
        """A name found in one note is removed in every note of the session (coreference.py)."""
        notes = [n for n in self._notes if not read_strictly(n.text)]  # the rest: all removed already
        texts = [n.text for n in notes]
        detected = [self.detected(n) for n in notes]
        roster_keys, common_words = self._anonymizer.roster_keys, self._anonymizer.common_words
        prepared = getattr(self._anonymizer, "coreference", None)  # worked out by detect_in_worker
        if not isinstance(prepared, Prepared) or not prepared.still_holds(
            texts, detected, roster_keys, common_words
        ):
            prepared = prepare(texts, detected, roster_keys, common_words)
        added = prepared.finish(common_words)
        if isinstance(self._anonymizer, Detected) and self._anonymizer.coreference is not None:
            # used: not held while the review is open (a long note's candidates, tens of MB)
            self._anonymizer = replace(self._anonymizer, coreference=None)
        for note, spans in zip(notes, added, strict=True):
            key = (note.id, note.updated_wall)
            found = sorted(self._detected[key] + spans, key=lambda s: s.start)
            starts = [s.start for s in found]
            self._detected[key] = [
                narrowed(note.text, s, found, starts) if s.kind is Kind.QUASI else s for s in found
            ]

    def _assign(self) -> None:
        words = report_profile(self.language)
        self._pseudonyms = Pseudonyms(self._anonymizer.roster_keys, (words.participant, words.person))
        self._replacements = {}
        self._removed = {}
        removed = [(note, self.removed_spans(note)) for note in self._notes]  # worked out once a note
        self._removed = {(note.id, note.updated_wall): spans for note, spans in removed}
        # whether each name follows the participant's word, asked once a span (a 10 MB note names
        # people tens of thousands of times)
        titled_at = {
            (note.id, s.start): after_title(note.text, s.start)
            for note, spans in removed
            for s in spans
            if s.kind is Kind.NAME
        }
        self._people = People(
            (
                (note.text[s.start : s.end], s.key)
                for note, spans in removed
                for s in spans
                if s.kind is Kind.NAME
            ),
            self._anonymizer.roster_keys,
        )
        # a person the notes call a participant ("участник Асель") is one, roster or not, from the
        # first mention on: "Участник C" everywhere, "участник C" after the word
        called = {
            self._people.key_for(note.text[s.start : s.end], s.key or "unknown")
            for note, spans in removed
            for s in spans
            if s.kind is Kind.NAME and titled_at[(note.id, s.start)]
        }
        self._pseudonyms = Pseudonyms(
            self._anonymizer.roster_keys | frozenset(called), (words.participant, words.person)
        )
        for note, spans in removed:
            for span in spans:
                title = titled_at.get((note.id, span.start), False)
                self._replacements[(note.id, span.start, span.end)] = self._tag(span, True, note, title)

    def _place(self, town: str) -> str:
        """``town`` with every identifier found in it replaced: a name by the word for a person
        (no pseudonym: it is nobody the notes name), anything else by its kind's tag."""
        words = report_profile(self.language)
        spans = non_overlapping(self._anonymizer.detect(town))
        text = spliced(
            town, spans, lambda s: words.person if s.kind is Kind.NAME else words.tags[s.kind.value]
        )
        return without_direction_controls(text)

    def _tag(self, span: Span, assign: bool, note: Note | None = None, title: bool | None = None) -> str:
        """``title``: whether the name follows the participant's word, if the caller knows."""
        words = report_profile(self.language)
        if span.source == LONG:  # a run of words of a long note: short, said once at the top
            return REMOVED
        if span.kind is Kind.NAME:
            key = span.key or "unknown"
            if note is not None:  # one person, one pseudonym: "Галиев" is "Ринат Галиев"
                key = self._people.key_for(note.text[span.start : span.end], key)
            pseudonym = (
                self._pseudonyms.for_key(key) if assign else self._pseudonyms.given(key) or words.person
            )
            if note is not None and (after_title(note.text, span.start) if title is None else title):
                return titled(pseudonym)  # "Участник Асель": "Участник A", not "Участник Участник A"
            return pseudonym
        return words.tags[span.kind.value]

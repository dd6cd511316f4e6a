"""The facilitator's review of what the anonymizer found, before anything is exported.

Each decision is about one stretch of one note: "remove" (a missed identifier marked by hand, or
a small-group combination to remove) or "keep" (a false positive unmarked). Decisions name the note's
version: when the note is edited afterwards, its old decisions no longer apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from facilitator.anonymizer.long_notes import LONG
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span
from facilitator.sessions.store import Note, Store

if TYPE_CHECKING:
    from pathlib import Path

    from facilitator.export.redaction import Finder, Redaction


class Decision(StrEnum):
    REMOVE = "remove"
    KEEP = "keep"


@dataclass(frozen=True)
class ReviewDecision:
    note_id: int
    note_updated: float
    start: int
    end: int
    kind: Kind
    decision: Decision


def save_decision(store: Store, session_id: str, decision: ReviewDecision) -> None:
    store.execute(
        "the review decision",
        "INSERT INTO review_decisions (session_id, note_id, note_updated, start, end, kind, decision)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(note_id, start, end) DO UPDATE SET"
        " kind = excluded.kind, decision = excluded.decision, note_updated = excluded.note_updated",
        (
            session_id,
            decision.note_id,
            decision.note_updated,
            decision.start,
            decision.end,
            decision.kind.value,
            decision.decision.value,
        ),
    )


def load_decisions(store: Store, session_id: str) -> list[ReviewDecision]:
    rows = store.query(
        "SELECT note_id, note_updated, start, end, kind, decision FROM review_decisions"
        " WHERE session_id = ? ORDER BY id",
        (session_id,),
    )
    return [
        ReviewDecision(int(str(n)), float(str(u)), int(str(s)), int(str(e)), Kind(str(k)), Decision(str(d)))
        for n, u, s, e, k, d in rows
    ]


class SessionReview:
    """One recorded session as the review and the export see it: its notes, its roster and
    language, the review decisions, and the report. The live console hands this out, so the
    windows never hold the store."""

    def __init__(self, store: Store, session_id: str) -> None:
        self._store = store
        self.session_id = session_id

    def notes(self) -> list[Note]:
        return self._store.notes(self.session_id)

    def roster(self) -> list[str]:
        return self._store.roster(self.session_id)

    def language(self) -> str:
        return self._store.session(self.session_id).language

    def decisions(self) -> list[ReviewDecision]:
        return load_decisions(self._store, self.session_id)

    def decide(self, decision: ReviewDecision) -> None:
        save_decision(self._store, self.session_id, decision)

    def redaction(self, anonymizer: Finder | None = None) -> Redaction:
        """What the export removes from each note; without ``anonymizer`` the names are found by
        a worker process, so the name model never loads in the app's own process."""
        from facilitator.export.redaction import Redaction

        return Redaction.for_session(self._store, self.session_id, anonymizer)

    def write_report(self, path: Path, redaction: Redaction | None = None) -> None:
        """Build the anonymized report and write it to ``path`` (slow: off the UI thread). Given
        ``redaction``, the one the review window shows, the report says the notes were reviewed."""
        from facilitator.export.pdf import render_pdf
        from facilitator.export.report import build_report

        reviewed = redaction is not None
        render_pdf(build_report(self._store, self.session_id, redaction, reviewed), path)


def effective_spans(note: Note, detected: Sequence[Span], decisions: Sequence[ReviewDecision]) -> list[Span]:
    """What is removed from ``note``: detected spans not kept, plus stretches marked by hand.

    Small-group combinations are removed unless the facilitator decided to keep them (fail safe).
    """
    current = [d for d in decisions if d.note_id == note.id and d.note_updated == note.updated_wall]
    keep = {(d.start, d.end) for d in current if d.decision is Decision.KEEP}
    spans = [span for span in detected if (span.start, span.end) not in keep]
    for decision in current:
        if decision.decision is not Decision.REMOVE or not 0 <= decision.start < decision.end <= len(
            note.text
        ):
            continue
        if any(s.start == decision.start and s.end == decision.end for s in spans):
            continue
        key = (
            skeleton(note.text[decision.start : decision.end].split()[0])
            if decision.kind is Kind.NAME
            else ""
        )
        spans.append(Span(decision.start, decision.end, decision.kind, "review", key))
    return sorted(spans, key=lambda s: s.start)


def open_quasi(note: Note, detected: Sequence[Span], decisions: Sequence[ReviewDecision]) -> list[Span]:
    """Small-group combinations still waiting for the facilitator's decision (removed meanwhile)."""
    decided = {
        (d.start, d.end) for d in decisions if d.note_id == note.id and d.note_updated == note.updated_wall
    }
    # a long note's removals are not decided one by one (long_notes.py)
    return [
        s for s in detected if s.kind is Kind.QUASI and s.source != LONG and (s.start, s.end) not in decided
    ]

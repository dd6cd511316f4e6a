"""Everything the anonymized session report shows, gathered without Qt and without raw names.

Note text is anonymized here, with the facilitator's review decisions applied; nothing else in
the report comes from what was typed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from facilitator.aids.cue_set import load_cue_set
from facilitator.aids.moments import ResistanceMoment, referrals_offered, resistance_moments
from facilitator.aids.referrals import ServiceKind
from facilitator.export.redaction import Redaction
from facilitator.export.report_words import words_for
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.engine import Engine
from facilitator.sessions.plan import Step
from facilitator.sessions.plan_loader import parse_stored_plan
from facilitator.sessions.state import RowStatus
from facilitator.sessions.store import Store
from facilitator.sessions.tallies import MIN_THRESHOLD, counts_for, distribution


@dataclass(frozen=True)
class AgendaLine:
    title: str
    planned: float
    actual: float
    status: RowStatus


@dataclass(frozen=True)
class ReportNote:
    time: str
    tags: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class RoomAnswers:
    """How the room answered one statement (counts typed by the facilitator, never who)."""

    statement: str
    answers: tuple[tuple[str, int], ...]
    """Per answer, its label in the plan's language and its count."""
    total: int
    threshold: int
    shown: bool
    """Whether the counts may be printed: as on the projector, only from the threshold up, so that
    no one's answer can be read off a small count."""


@dataclass(frozen=True)
class Figures:
    """The first page: the session at a glance."""

    steps_run: int
    steps_planned: int
    time_used: float
    time_planned: float


@dataclass
class Report:
    title: str
    language: str
    date: str
    town: str
    participants: int | None
    agenda: list[AgendaLine]
    notes_by_step: list[tuple[str, list[ReportNote]]]
    resistance: list[ResistanceMoment]
    referrals: Counter[ServiceKind]
    follow_ups: list[tuple[str, str]]
    """Notes marked for follow-up: (step title, the note as printed)."""
    figures: Figures = Figures(0, 0, 0.0, 0.0)
    age_band: str | None = None
    open_quasi: int = 0
    """Small-group combinations the facilitator has not decided on (kept out of the text)."""
    strict_notes: int = 0
    """Notes too long to be read word by word, read the strict way (anonymizer/long_notes.py)."""
    step_titles: list[str] = field(default_factory=list)
    driver_titles: dict[str, str] = field(default_factory=dict)
    form_titles: dict[str, str] = field(default_factory=dict)
    room_answers: list[RoomAnswers] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    """Notes that could not be read (damaged on disk), left out: (step title, time written)."""
    reviewed: bool = False
    """The facilitator had the review open for this export (the command line has none)."""


def build_report(
    store: Store, session_id: str, redaction: Redaction | None = None, reviewed: bool = False
) -> Report:
    """The report of ``session_id``; its notes as ``redaction`` (the one the review showed) prints
    them. ``reviewed``: the facilitator had that review open (the PDF says so, or that it was not)."""
    info = store.session(session_id)
    source = store.plan_source(session_id).encode("utf-8")
    plan = parse_stored_plan(source, info.plan_name, store.path, session_id).plan
    events = store.events(session_id)
    # a session exported before it ended (still open, or a crash): its time runs to what was last
    # recorded, a note typed after the last step change included
    redaction = redaction or Redaction.for_session(store, session_id)  # the notes, read once
    notes = redaction.notes
    last = max([info.created_wall, *(e.wall for e in events[-1:]), *(n.updated_wall for n in notes)])
    engine = Engine.replay(plan, events, FakeClock(wall=last, monotonic=last))
    agenda = [AgendaLine(row.title, row.planned, row.actual, row.status) for row in engine.agenda()]
    figures = Figures(
        steps_run=sum(1 for line in agenda if line.status in (RowStatus.DONE, RowStatus.CURRENT)),
        steps_planned=len(agenda),
        time_used=engine.state().session_elapsed,
        time_planned=float(plan.total_with_buffer),  # the session's length, its buffer in it
    )
    titles = [step.title for step in plan.steps]
    cues = load_cue_set().library(plan.language)
    by_step: dict[int, list[ReportNote]] = {}
    follow_ups: list[tuple[str, str]] = []
    for note in notes:
        text = redaction.text(note)
        time = datetime.fromtimestamp(note.created_wall).strftime("%H:%M")
        by_step.setdefault(note.step, []).append(ReportNote(time, note.tags, text))
        if "follow-up" in note.tags:
            follow_ups.append((titles[note.step], text))
    return Report(
        title=plan.title,
        language=plan.language,
        date=datetime.fromtimestamp(info.created_wall).strftime(words_for(plan.language)["date_format"]),
        town=redaction.town,  # read like a note: it was typed by hand
        participants=info.participants,
        agenda=agenda,
        notes_by_step=[(titles[index], notes) for index, notes in sorted(by_step.items())],
        resistance=resistance_moments(store, session_id),
        referrals=Counter(offered.kind for offered in referrals_offered(store, session_id)),
        follow_ups=follow_ups,
        figures=figures,
        age_band=info.age_band,
        open_quasi=redaction.open_quasi(),
        strict_notes=redaction.strict_notes(),
        driver_titles={d.id: d.title for d in cues.drivers},
        form_titles={f.id: f.title for f in cues.forms},
        step_titles=titles,
        room_answers=_room_answers(store, session_id, plan.steps),
        unreadable=[
            (
                titles[lost.step] if 0 <= lost.step < len(titles) else str(lost.step + 1),
                _hour(lost.created_wall),
            )
            for lost in store.unreadable_notes(session_id)
        ],
        reviewed=reviewed,
    )


def _hour(wall: float) -> str:
    return datetime.fromtimestamp(wall).strftime("%H:%M")


def _room_answers(store: Store, session_id: str, steps: tuple[Step, ...]) -> list[RoomAnswers]:
    """Each statement the room answered, in the plan's order (a statement asked twice, twice)."""
    stored = store.tallies(session_id)
    found: list[RoomAnswers] = []
    for index, step in enumerate(steps):
        for tally in step.audience.tallies:
            question = tally.question()
            counts = counts_for(stored, index, question.id)
            if not counts:
                continue
            room = distribution(question, counts)
            labels = [(answer.label, dict(room.counts)[answer.id]) for answer in question.answers]
            found.append(
                RoomAnswers(
                    question.statement,
                    tuple(labels),
                    room.total,
                    max(room.threshold, MIN_THRESHOLD),
                    room.shown,
                )
            )
    return found

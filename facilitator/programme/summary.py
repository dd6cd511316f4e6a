"""The session summary: what a programme adds up, in counts and codes, with no free text.

Built from the store without reading a single note's text (only the tags column, to count
follow-ups). Every field is documented in docs/programme-data.md.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from facilitator.aids.moments import referrals_offered, resistance_moments
from facilitator.programme.identity import Sender, instance_id
from facilitator.programme.vocabulary import DRIVERS, FORMS, OUTCOMES, REFERRAL_KINDS, known
from facilitator.programme.weeks import iso_week
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.engine import Engine
from facilitator.sessions.plan_loader import parse_stored_plan
from facilitator.sessions.state import RowStatus
from facilitator.sessions.store import Store

SCHEMA = "facilitator-programme-summary"
SCHEMA_VERSION = 2
READABLE_VERSIONS = (1, 2)
"""Version 1 had no ``missing`` list; its files are still read (with nothing named missing)."""


@dataclass(frozen=True)
class TallyRound:
    """The room's answers to one statement, the ``round``-th time the plan asks it (1: before,
    2: after when a series opens and closes with it)."""

    question: str
    round: int
    counts: dict[str, int]


@dataclass(frozen=True)
class Summary:
    instance_id: str
    programme: str
    facilitator: str
    region: str
    week: str
    plan_id: str
    plan_version: str
    session_number: int
    series_length: int
    language: str
    participants: int | None
    age_band: str | None
    minutes_planned: int
    minutes_actual: int
    steps_planned: int
    steps_delivered: int
    steps_skipped: int
    follow_ups: int
    resistance_by_driver: dict[str, int] = field(default_factory=dict)
    resistance_by_form: dict[str, int] = field(default_factory=dict)
    resistance_by_outcome: dict[str, int] = field(default_factory=dict)
    referrals_by_kind: dict[str, int] = field(default_factory=dict)
    tallies: tuple[TallyRound, ...] = ()
    missing: tuple[str, ...] = ()
    """What the summary cannot say, by name, so no reader guesses from a zero or an absent entry:
    ``participants`` and ``age_band`` when not given, and ``tally:<question>:<round>`` for each time
    the plan asks a statement whose counts are not all recorded (the step was skipped, nothing
    was typed, or the counts could not be saved). Written to the file."""
    missing_counts: tuple[tuple[int, str], ...] = ()
    """(step, question) of counts the room gave that could not be saved (a full disk): left out of
    ``tallies``, and said wherever the summary is shown. Never written to the summary file (their
    rounds are in ``missing``)."""

    @property
    def resistance_total(self) -> int:
        return sum(self.resistance_by_driver.values())

    @property
    def referrals_total(self) -> int:
        return sum(self.referrals_by_kind.values())


def build_summary(
    store: Store,
    session_id: str,
    sender: Sender,
    session_number: int = 1,
    series_length: int = 1,
    unsaved: Iterable[tuple[int, str]] = (),
) -> Summary:
    """The summary of ``session_id`` as ``sender`` sends it (session ``session_number`` of
    ``series_length``; 1 of 1 for a single plan). ``unsaved``: (step, question) of counts typed
    but not on disk: the summary names them as missing instead of leaving them out silently."""
    info = store.session(session_id)
    source = store.plan_source(session_id)
    plan = parse_stored_plan(source.encode("utf-8"), info.plan_name, store.path, session_id).plan
    events = store.events(session_id)
    last = events[-1].wall if events else info.created_wall
    engine = Engine.replay(plan, events, FakeClock(wall=last, monotonic=last))
    statuses = [row.status for row in engine.agenda()]
    moments = resistance_moments(store, session_id)
    kinds = Counter(offered.kind.value for offered in referrals_offered(store, session_id))
    unsaved = tuple(sorted(set(unsaved)))
    tallies, tallies_missing = _tally_rounds(store, session_id, plan.steps, unsaved)
    figures_missing = [
        name
        for name, value in (("participants", info.participants), ("age_band", info.age_band))
        if value is None
    ]
    return Summary(
        instance_id=instance_id(store, session_id),
        programme=sender.programme,
        facilitator=sender.facilitator,
        region=sender.region,
        week=iso_week(info.created_wall),
        plan_id=plan.id,
        plan_version=hashlib.sha256(source.encode("utf-8")).hexdigest()[:12],
        session_number=session_number,
        series_length=series_length,
        language=plan.language,
        participants=info.participants,
        age_band=info.age_band,
        minutes_planned=round(plan.total_with_buffer / 60),  # the session's length, buffer in it
        minutes_actual=round(engine.state().session_elapsed / 60),
        steps_planned=len(statuses),
        steps_delivered=sum(1 for s in statuses if s in (RowStatus.DONE, RowStatus.CURRENT)),
        steps_skipped=sum(1 for s in statuses if s is RowStatus.SKIPPED),
        follow_ups=_follow_ups(store, session_id),
        resistance_by_driver=_counted((known(m.driver, DRIVERS) for m in moments), DRIVERS),
        resistance_by_form=_counted((known(m.form, FORMS) for m in moments), FORMS),
        resistance_by_outcome=_counted((m.outcome.value for m in moments), OUTCOMES),
        referrals_by_kind={kind: kinds[kind] for kind in REFERRAL_KINDS if kinds[kind]},
        tallies=tallies,
        missing=(*figures_missing, *tallies_missing),
        missing_counts=unsaved,
    )


def _counted(values: object, order: tuple[str, ...]) -> dict[str, int]:
    counts = Counter(values)  # type: ignore[call-overload]
    return {key: counts[key] for key in order if counts[key]}


def _follow_ups(store: Store, session_id: str) -> int:
    """Notes marked for follow-up, counted from their tags (their text is never read)."""
    rows = store.query("SELECT tags FROM notes WHERE session_id = ?", (session_id,))
    return sum(1 for (tags,) in rows if "follow-up" in json.loads(str(tags)))


def _tally_rounds(
    store: Store, session_id: str, steps: tuple[object, ...], unsaved: tuple[tuple[int, str], ...]
) -> tuple[tuple[TallyRound, ...], list[str]]:
    """Per question asked in the plan, in order: round 1 the first step that asks it, 2 the next.
    Only the plan's own answer ids are counted (a stray id in the table is left out). With them,
    ``tally:<question>:<round>`` of each round with no count on disk, or with counts unsaved."""
    stored = store.tallies(session_id)
    rounds: list[TallyRound] = []
    missing: list[str] = []
    asked: Counter[str] = Counter()
    for index, step in enumerate(steps):
        for block in getattr(getattr(step, "audience", None), "tallies", ()):
            asked[block.id] += 1
            counts = {
                answer.id: tally.count
                for answer in block.answers
                for tally in stored
                if tally.step == index and tally.question == block.id and tally.answer == answer.id
            }
            if counts:
                rounds.append(TallyRound(block.id, asked[block.id], counts))
            if not counts or (index, block.id) in unsaved:
                missing.append(f"tally:{block.id}:{asked[block.id]}")
    return tuple(rounds), missing

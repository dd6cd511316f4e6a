"""A session that did not end properly, found at start-up: what to tell the facilitator about it,
and the two answers: go on with it, or close it for good (its notes stay for review and export)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.sessions.clock import Clock
from facilitator.sessions.events import Event, EventKind
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store


@dataclass(frozen=True)
class ResumeOffer:
    live: LiveSession
    """The session rebuilt from its record, in its own plan and language, ready to go on."""
    plan_title: str
    plan_id: str
    """The workshop's id: a session of the plan being opened is offered plainly; one of another
    plan is named as such, with the choice to keep it for later."""
    language: str
    """The content language the session was run in (its plan's)."""
    step_number: int
    """1-based number of the step it was at."""
    step_count: int
    step_title: str
    idle_seconds: float
    """Time since the last thing recorded (an event or a note)."""


def latest_unfinished(store: Store, clock: Clock, plan_id: str | None = None) -> ResumeOffer | None:
    """The most recent unfinished session of ``plan_id`` (the plan being opened), else the most
    recent of any plan, rebuilt; None when every session has ended.

    Raises ``StoreError`` or ``ValueError`` when its record cannot be read back.
    """
    unfinished = store.unfinished()
    if not unfinished:
        return None
    same = [info for info in unfinished if info.plan_id == plan_id]
    info = (same or unfinished)[-1]
    live = LiveSession.resume(store, info.id, clock)
    plan = live.loaded.plan
    index = live.engine.index
    return ResumeOffer(
        live=live,
        plan_title=plan.title,
        plan_id=plan.id,
        language=plan.language,
        step_number=index + 1,
        step_count=len(plan.steps),
        step_title=plan.steps[index].title,
        idle_seconds=max(0.0, clock.wall() - store.last_activity(info.id)),
    )


def close_for_good(offer: ResumeOffer) -> None:
    """End the session at the last moment anything was recorded, so it is never offered again.

    Ended then, not now: the time the laptop was off is not counted as workshop time. Its notes,
    events and moments are kept for review and export.
    """
    live = offer.live
    last = live.store.last_activity(live.id)
    live.store.record_event(live.id, Event(EventKind.END, last, live.engine.index))

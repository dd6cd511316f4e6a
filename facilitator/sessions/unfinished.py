"""A session that did not end properly, found at start-up: what to tell the facilitator about it,
and the two answers: go on with it, or close it for good (its notes stay for review and export)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.sessions.clock import Clock
from facilitator.sessions.errors import InvalidFile, StoreError
from facilitator.sessions.events import Event, EventKind
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import LoadedPlan, parse_plan
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
    companion: LoadedPlan | None = None
    """The room's second language the session ran with (``--language kk+ru``), if any."""
    companion_first: bool = False
    left_open: bool = False
    """The facilitator closed the app on purpose with it open (not a crash)."""

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the room saw, in the projector's order (one, or a pair)."""
        if self.companion is None:
            return (self.language,)
        pair = (self.language, self.companion.plan.language)
        return pair[::-1] if self.companion_first else pair


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
    companion, companion_first = stored_companion(store, info.id)
    return ResumeOffer(
        live=live,
        plan_title=plan.title,
        plan_id=plan.id,
        language=plan.language,
        step_number=index + 1,
        step_count=len(plan.steps),
        step_title=plan.steps[index].title,
        idle_seconds=max(0.0, clock.wall() - store.last_activity(info.id)),
        companion=companion,
        companion_first=companion_first,
        left_open=store.left_open(info.id),
    )


def stored_companion(store: Store, session_id: str) -> tuple[LoadedPlan | None, bool]:
    """The room's second language a session was started with (None if it had none, or if its
    text cannot be read or checked any more: the session then resumes in its own language)."""
    try:
        stored = store.companion(session_id)
        if stored is None:
            return None, False
        return parse_plan(stored[0].encode("utf-8"), "the second language's plan"), stored[1]
    except (StoreError, InvalidFile):
        return None, False


def close_for_good(offer: ResumeOffer) -> None:
    """End the session at the last moment anything was recorded, so it is never offered again.

    Ended then, not now: the time the laptop was off is not counted as workshop time. Its notes,
    events and moments are kept for review and export.
    """
    live = offer.live
    last = live.store.last_activity(live.id)
    live.store.record_event(live.id, Event(EventKind.END, last, live.engine.index))

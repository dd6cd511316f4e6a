"""What the private aids record in a session, with no one's identity: kinds and outcomes only."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.aids.referrals import ServiceKind
from facilitator.sessions.store import Store


class Outcome(StrEnum):
    DEFUSED = "defused"
    CONTINUED = "continued"
    TAKEN_OUTSIDE = "taken-outside"


@dataclass(frozen=True)
class ResistanceMoment:
    step: int
    cue: str
    driver: str
    form: str
    move: str
    outcome: Outcome
    wall: float


@dataclass(frozen=True)
class ReferralOffered:
    step: int
    kind: ServiceKind
    wall: float


def log_resistance(store: Store, session_id: str, moment: ResistanceMoment) -> None:
    store.execute(
        "the resistance moment",
        "INSERT INTO resistance_moments (session_id, step, cue, driver, form, move, outcome, wall)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id,
            moment.step,
            moment.cue,
            moment.driver,
            moment.form,
            moment.move,
            moment.outcome.value,
            moment.wall,
        ),
    )


def resistance_moments(store: Store, session_id: str) -> list[ResistanceMoment]:
    rows = store.query(
        "SELECT step, cue, driver, form, move, outcome, wall FROM resistance_moments"
        " WHERE session_id = ? ORDER BY id",
        (session_id,),
    )
    return [
        ResistanceMoment(
            int(str(step)),
            str(cue),
            str(driver),
            str(form),
            str(move),
            Outcome(str(outcome)),
            float(str(wall)),
        )
        for step, cue, driver, form, move, outcome, wall in rows
    ]


def offer_referral(store: Store, session_id: str, offered: ReferralOffered) -> None:
    """Record that a referral of this kind was offered: never to whom."""
    store.execute(
        "the referral",
        "INSERT INTO referrals_offered (session_id, step, kind, wall) VALUES (?, ?, ?, ?)",
        (session_id, offered.step, offered.kind.value, offered.wall),
    )


def referrals_offered(store: Store, session_id: str) -> list[ReferralOffered]:
    rows = store.query(
        "SELECT step, kind, wall FROM referrals_offered WHERE session_id = ? ORDER BY id", (session_id,)
    )
    return [
        ReferralOffered(int(str(step)), ServiceKind(str(kind)), float(str(wall))) for step, kind, wall in rows
    ]

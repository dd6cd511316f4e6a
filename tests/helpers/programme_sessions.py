"""Sessions for the programme-data tests: a plan that asks the same statement first and last,
with notes, names, a town and an exact time planted as markers that must never leave."""

from __future__ import annotations

import random
import uuid

from facilitator.aids.moments import (
    Outcome,
    ReferralOffered,
    ResistanceMoment,
    log_resistance,
    offer_referral,
)
from facilitator.aids.referrals import ServiceKind
from facilitator.programme.identity import Sender
from facilitator.programme.summary import Summary, TallyRound
from facilitator.programme.vocabulary import DRIVERS, FORMS, OUTCOMES, REFERRAL_KINDS
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan, tally

MARKERS = {
    "note": "ZQXNOTEMARKER",
    "name": "Zqxaigerim",
    "town": "Zqxtownville",
    "cue": "zqx-cue-marker",
    "move": "zqx-move-marker",
    "answer": "Zqxnotsure",
}
SENDER = Sender("KZ-YM-2027", "F017", "KZ-15")
CLOCK_START = 1_795_000_000.0
"""Thursday 19 November 2026, 08:26:40 UTC: ISO week 2026W47."""


def asked() -> dict[str, object]:
    """The statement the planted session asks, its answers labelled with markers (the plan's own
    words: they never leave; the merge prints its own words for the answer ids)."""
    block = tally()
    block["answers"] = [
        {"id": "agree", "label": "Zqxagree"},
        {"id": "not-sure", "label": MARKERS["answer"]},
        {"id": "disagree", "label": "Zqxdisagree"},
    ]
    return block


def planted_session(store: Store, clock: FakeClock | None = None, buffer: int = 0) -> str:
    """An ended session: 4 steps (the statement asked at steps 0 and 3), one skipped, counts typed,
    resistance and referrals logged, figures with the planted town, notes and a roster of names;
    ``buffer``: the plan's buffer in minutes."""
    clock = clock or FakeClock(wall=CLOCK_START)
    loaded = loaded_plan([10, 10, 10, 10], tallies={0: asked(), 3: asked()}, buffer=buffer)
    live = LiveSession.new(store, loaded, "plan.yaml", clock)
    store.update_session(live.id, participants=14, town=MARKERS["town"], age_band="18-24")
    store.set_roster(live.id, [MARKERS["name"], "Zqxerlan"])
    engine = live.engine
    engine.start()
    live.add_note(f"{MARKERS['name']} from {MARKERS['town']} said {MARKERS['note']}", ["quote"])
    live.add_note(f"call back {MARKERS['note']} at 19.11.2026 08:27", ["follow-up"])
    for answer, count in (("agree", 9), ("not-sure", 3), ("disagree", 2)):
        store.set_tally(live.id, 0, "enough-rights", answer, count, clock.wall())
    log_resistance(
        store,
        live.id,
        ResistanceMoment(
            0, MARKERS["cue"], "personal-beliefs", "ridicule", MARKERS["move"], Outcome.DEFUSED, 1.0
        ),
    )
    log_resistance(store, live.id, ResistanceMoment(0, "", "zqx-user-driver", "", "", Outcome.CONTINUED, 2.0))
    offer_referral(store, live.id, ReferralOffered(0, ServiceKind.CRISIS_HELPLINE, clock.wall()))
    clock.advance(600)
    engine.jump(2)  # step 1 skipped
    clock.advance(300)
    engine.jump(3)
    for answer, count in (("agree", 5), ("not-sure", 4), ("disagree", 5)):
        store.set_tally(live.id, 3, "enough-rights", answer, count, clock.wall())
    clock.advance(600)
    engine.end()
    return live.id


def random_summary(rng: random.Random, regions: tuple[str, ...], weeks: tuple[str, ...]) -> Summary:
    """A made-up facilitator's summary, as the merge tests add them up."""

    def some(keys: tuple[str, ...]) -> dict[str, int]:
        return {key: rng.randint(1, 6) for key in rng.sample(keys, rng.randint(0, 3))}

    drivers = some(DRIVERS)
    total = sum(drivers.values())
    forms = dict.fromkeys(FORMS[-1:], total) if total else {}
    outcomes = dict.fromkeys(OUTCOMES[:1], total) if total else {}
    before = {"agree": rng.randint(0, 9), "not-sure": rng.randint(0, 9), "disagree": rng.randint(0, 9)}
    after = {"agree": rng.randint(0, 9), "not-sure": rng.randint(0, 9), "disagree": rng.randint(0, 9)}
    return Summary(
        instance_id=f"uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
        programme="KZ-YM-2027",
        facilitator=f"F{rng.randint(1, 60):03d}",
        region=rng.choice(regions),
        week=rng.choice(weeks),
        plan_id="young-men-equality-2h",
        plan_version="0123456789ab",
        session_number=1,
        series_length=1,
        language=rng.choice(("en", "ru", "kk")),
        participants=rng.randint(3, 30),
        age_band=rng.choice((None, "14-17", "18-24")),
        minutes_planned=120,
        minutes_actual=rng.randint(90, 140),
        steps_planned=12,
        steps_delivered=rng.randint(8, 12),
        steps_skipped=rng.randint(0, 2),
        follow_ups=rng.randint(0, 3),
        resistance_by_driver=drivers,
        resistance_by_form=forms,
        resistance_by_outcome=outcomes,
        referrals_by_kind=some(REFERRAL_KINDS),
        tallies=(TallyRound("enough-rights", 1, before), TallyRound("enough-rights", 2, after)),
    )

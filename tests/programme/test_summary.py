"""The session summary: counts and codes from the store, the same instance id every time."""

import json

import pytest

from facilitator.programme.codes import CodeError, checked_code
from facilitator.programme.identity import checked_sender
from facilitator.programme.summary import TallyRound, build_summary
from facilitator.programme.summary_file import checksum, parse_summary, summary_dict
from facilitator.programme.weeks import iso_week, week_month
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan, tally
from tests.helpers.programme_sessions import CLOCK_START, SENDER, planted_session


def test_a_summary_counts_what_happened_and_names_no_one() -> None:
    store = Store.in_memory()
    session_id = planted_session(store)
    summary = build_summary(store, session_id, SENDER)
    assert (summary.programme, summary.facilitator, summary.region) == ("KZ-YM-2027", "F017", "KZ-15")
    assert summary.week == "2026W47"
    assert (summary.session_number, summary.series_length) == (1, 1)
    assert (summary.participants, summary.age_band, summary.language) == (14, "18-24", "en")
    assert (summary.minutes_planned, summary.minutes_actual) == (40, 25)
    assert (summary.steps_planned, summary.steps_delivered, summary.steps_skipped) == (4, 3, 1)
    assert summary.follow_ups == 1
    assert summary.resistance_by_driver == {"personal-beliefs": 1, "other": 1}
    assert summary.resistance_by_form == {"ridicule": 1, "unspecified": 1}
    assert summary.resistance_by_outcome == {"defused": 1, "continued": 1}
    assert summary.referrals_by_kind == {"crisis-helpline": 1}
    assert summary.tallies == (
        TallyRound("enough-rights", 1, {"agree": 9, "not-sure": 3, "disagree": 2}),
        TallyRound("enough-rights", 2, {"agree": 5, "not-sure": 4, "disagree": 5}),
    )
    assert parse_summary(json.loads(json.dumps(summary_dict(summary))), "x.json") == summary


def test_the_minutes_planned_are_the_sessions_length_with_its_buffer() -> None:
    store = Store.in_memory()
    summary = build_summary(store, planted_session(store, buffer=10), SENDER)
    assert (summary.minutes_planned, summary.minutes_actual) == (50, 25)  # 40 of steps, 10 in hand


def test_the_instance_id_is_made_once_and_kept_with_the_session(tmp_path) -> None:
    path = tmp_path / "facilitator.db"
    store = Store.open(path)
    session_id = planted_session(store)
    first = build_summary(store, session_id, SENDER).instance_id
    store.close()
    store = Store.open(path)
    assert build_summary(store, session_id, SENDER).instance_id == first
    assert first.startswith("uuid:") and len(first) == 41
    other = planted_session(store)
    assert build_summary(store, other, SENDER).instance_id != first


def test_weeks_not_dates() -> None:
    assert iso_week(CLOCK_START) == "2026W47"
    assert week_month("2026W48") == "2026-11"  # Thursday 26 November
    assert week_month("2026W49") == "2026-12"  # Thursday 3 December, though it starts in November
    assert week_month("2026W53") == "2026-12"
    with pytest.raises(ValueError):
        week_month("2025W53")  # 2025 has 52 weeks


@pytest.mark.parametrize(
    ("programme", "facilitator", "region", "field"),
    [
        ("KZ YM", "F017", "KZ-15", "programme"),
        ("KZ-YM", "Айгерим", "KZ-15", "facilitator"),
        ("KZ-YM", "F017", "Aktobe", "region"),
        ("KZ-YM", "F017", "KZ-15-AKT", "region"),
    ],
)
def test_codes_are_checked_and_named(programme: str, facilitator: str, region: str, field: str) -> None:
    with pytest.raises(CodeError, match=f"^{field}: "):
        checked_sender(programme, facilitator, region)


def test_a_code_is_upper_cased() -> None:
    assert checked_code(" kz-ym-2027 ", "programme") == "KZ-YM-2027"


def test_a_session_moved_to_another_laptop_or_imported_twice_is_counted_once(tmp_path) -> None:
    """The session file carries the instance id: the merge sees one session, not three."""
    from facilitator.programme.merge import load_summaries
    from facilitator.programme.summary_file import write_summary
    from facilitator.sessions.session_file import import_session, read_session_file
    from tests.helpers.sealing import export_sealed, file_passphrase

    laptop = Store.in_memory()
    session_id = planted_session(laptop)
    export_sealed(laptop, session_id, tmp_path / "session.json")
    office = Store.in_memory()
    record = read_session_file(tmp_path / "session.json", file_passphrase)
    copies = [import_session(office, record) for _ in range(2)]
    summaries = [build_summary(laptop, session_id, SENDER)]
    summaries += [build_summary(office, copy, SENDER) for copy in copies]
    assert len({summary.instance_id for summary in summaries}) == 1
    paths = []
    for number, summary in enumerate(summaries):
        paths.append(tmp_path / f"summary-{number}.json")
        write_summary(summary, paths[-1])
    loaded = load_summaries(paths)
    assert len(loaded.summaries) == 1 and len(loaded.duplicates) == 2 and not loaded.problems


def test_an_old_session_file_without_an_instance_id_still_imports(tmp_path) -> None:
    from facilitator.sessions.session_file import import_session, read_session_file, session_record

    laptop = Store.in_memory()
    session_id = planted_session(laptop)
    path = tmp_path / "session.json"  # an earlier version's file: plain, without the instance id
    old = json.loads(session_record(laptop, session_id))
    del old["session"]["programme_instance"]
    path.write_text(json.dumps(old), encoding="utf-8")
    office = Store.in_memory()
    copy = import_session(office, read_session_file(path))
    made = build_summary(office, copy, SENDER).instance_id
    assert made.startswith("uuid:") and made != build_summary(laptop, session_id, SENDER).instance_id


def test_what_the_summary_cannot_say_is_named_in_missing_never_left_to_a_zero() -> None:
    """The statement is asked on steps 0 and 3: counts typed only the first time, no figures."""
    store = Store.in_memory()
    clock = FakeClock(wall=CLOCK_START)
    live = LiveSession.new(store, loaded_plan([10, 10, 10, 10], tallies={0: tally(), 3: tally()}), "p", clock)
    live.engine.start()
    store.set_tally(live.id, 0, "enough-rights", "agree", 6)
    live.engine.jump(3)
    live.engine.end()
    summary = build_summary(store, live.id, SENDER)
    assert summary.tallies == (TallyRound("enough-rights", 1, {"agree": 6}),)
    assert summary.missing == ("participants", "age_band", "tally:enough-rights:2")
    written = summary_dict(summary)
    assert written["missing"] == ["participants", "age_band", "tally:enough-rights:2"]  # in the file
    assert parse_summary(json.loads(json.dumps(written)), "x.json") == summary
    # counts typed but kept unsaved (a full disk): their round is named too, though some are on disk
    kept = build_summary(store, live.id, SENDER, unsaved=[(0, "enough-rights")])
    assert kept.missing == ("participants", "age_band", "tally:enough-rights:1", "tally:enough-rights:2")


def test_nothing_missing_is_an_empty_list() -> None:
    store = Store.in_memory()
    summary = build_summary(store, planted_session(store), SENDER)
    assert summary.missing == () and summary_dict(summary)["missing"] == []


def test_a_version_1_file_without_missing_is_still_read() -> None:
    store = Store.in_memory()
    written = summary_dict(build_summary(store, planted_session(store), SENDER))
    del written["missing"]
    written["schema_version"] = 1
    written["checksum"] = checksum(written)
    assert parse_summary(written, "old.json").missing == ()

"""Device-free tallies: counts only, stored at once, shown to the room only from the threshold."""

import json
import sqlite3
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import parse_plan
from facilitator.sessions.schema import MIGRATIONS
from facilitator.sessions.session_file import import_session, read_session_file, session_record
from facilitator.sessions.store import Store, StoreError
from facilitator.sessions.tallies import (
    MIN_THRESHOLD,
    TallyAnswer,
    TallyCount,
    TallyQuestion,
    check_threshold,
    counts_for,
    distribution,
)
from tests.helpers.plans import plan_yaml, tally
from tests.helpers.sealing import export_sealed, file_passphrase

AGREE = TallyQuestion(
    "enough-rights",
    "Women already have enough rights",
    (TallyAnswer("agree", "Agree"), TallyAnswer("not-sure", "Not sure"), TallyAnswer("disagree", "Disagree")),
)


@pytest.fixture
def store() -> Store:
    opened = Store.open(database_path())
    yield opened
    opened.close()


def _session(store: Store) -> str:
    return store.create_session(
        plan_id="p", plan_title="P", language="en", plan_source="", plan_name="p.yaml", created_wall=1.0
    )


def test_a_count_is_committed_at_once_and_typing_again_replaces_it(store: Store) -> None:
    session = _session(store)
    store.set_tally(session, 2, "enough-rights", "agree", 3, wall=10.0)
    # a second connection, as after a crash, sees it without any close or flush
    other = sqlite3.connect(store.path)
    assert list(other.execute("SELECT step, question, answer, count FROM tallies")) == [
        (2, "enough-rights", "agree", 3)
    ]
    other.close()
    store.set_tally(session, 2, "enough-rights", "agree", 4, wall=11.0)
    store.set_tally(session, 2, "enough-rights", "disagree", 0, wall=12.0)
    assert store.tallies(session) == [
        TallyCount(2, "enough-rights", "agree", 4),
        TallyCount(2, "enough-rights", "disagree", 0),
    ]


def test_only_counts_are_stored_never_who(store: Store) -> None:
    columns = [row[1] for row in store.query("PRAGMA table_info(tallies)")]
    assert columns == ["id", "session_id", "step", "question", "answer", "count", "wall"]


@pytest.mark.parametrize("bad", [-1, 1.5, "3", True, None, 10_001])
def test_a_count_that_is_not_a_whole_number_from_zero_is_refused(store: Store, bad: object) -> None:
    session = _session(store)
    with pytest.raises(StoreError, match="count: expected"):
        store.set_tally(session, 0, "q", "agree", bad)  # type: ignore[arg-type]
    assert store.tallies(session) == []


def test_the_database_itself_refuses_a_negative_count(store: Store) -> None:
    session = _session(store)
    other = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError):
        other.execute(
            "INSERT INTO tallies (session_id, step, question, answer, count, wall)"
            " VALUES (?, 0, 'q', 'a', -1, 0)",
            (session,),
        )
    other.close()


def test_tallies_belong_to_their_session_and_go_with_it(store: Store) -> None:
    first, second = _session(store), _session(store)
    store.set_tally(first, 0, "q", "agree", 5)
    store.set_tally(second, 0, "q", "agree", 7)
    assert [t.count for t in store.tallies(first)] == [5]
    store.delete_raw_notes(first)  # counts are not raw notes: they stay with the record
    assert [t.count for t in store.tallies(first)] == [5]
    store.delete_session(first)
    assert store.query("SELECT COUNT(*) FROM tallies WHERE session_id = ?", (first,)) == [(0,)]
    assert [t.count for t in store.tallies(second)] == [7]


def test_an_older_database_gains_the_tallies_table(data_dir: Path) -> None:
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:5]:
        for statement in migration.split(";"):
            if statement.strip():
                connection.execute(statement)
    connection.execute("PRAGMA user_version=5")
    connection.close()
    opened = Store.open(path)
    session = _session(opened)
    opened.set_tally(session, 1, "q", "agree", 2)
    assert opened.tallies(session) == [TallyCount(1, "q", "agree", 2)]
    opened.close()


def test_the_distribution_is_shown_only_from_the_threshold() -> None:
    under = distribution(AGREE, {"agree": 2, "disagree": 2})
    assert (under.total, under.shown) == (4, False)
    at = distribution(AGREE, {"agree": 2, "disagree": 2, "not-sure": 1})
    assert (at.total, at.shown) == (5, True)
    assert at.counts == (("agree", 2), ("not-sure", 1), ("disagree", 2))
    assert [at.percent(a) for a in AGREE.answer_ids()] == [40, 20, 40]


def test_a_raised_threshold_holds_the_distribution_back_longer() -> None:
    raised = TallyQuestion(AGREE.id, AGREE.statement, AGREE.answers, threshold=8)
    assert not distribution(raised, {"agree": 7}).shown
    assert distribution(raised, {"agree": 7, "disagree": 1}).shown


def test_a_threshold_under_the_minimum_is_never_honoured() -> None:
    # even a question built in code with a lower threshold waits for MIN_THRESHOLD answers
    lowered = TallyQuestion(AGREE.id, AGREE.statement, AGREE.answers, threshold=1)
    assert not distribution(lowered, {"agree": MIN_THRESHOLD - 1}).shown
    with pytest.raises(ValueError, match="at least 5"):
        check_threshold(4)
    assert check_threshold(12) == 12


def test_counts_of_one_question_at_one_step() -> None:
    tallies = [
        TallyCount(0, "q", "agree", 3),
        TallyCount(1, "q", "agree", 9),
        TallyCount(0, "other", "agree", 4),
        TallyCount(0, "q", "disagree", 1),
    ]
    assert counts_for(tallies, 0, "q") == {"agree": 3, "disagree": 1}


def _tally_session(store: Store) -> str:
    loaded = parse_plan(plan_yaml([10, 10], tallies={1: tally()}).encode(), "plan.yaml")
    live = LiveSession.new(store, loaded, "plan.yaml", FakeClock())
    live.engine.start()
    store.set_tally(live.id, 1, "enough-rights", "agree", 6)
    store.set_tally(live.id, 1, "enough-rights", "disagree", 2)
    return live.id


def test_a_session_record_carries_its_counts_across_machines(store: Store, tmp_path: Path) -> None:
    session = _tally_session(store)
    export_sealed(store, session, tmp_path / "s.json")
    copied = import_session(store, read_session_file(tmp_path / "s.json", file_passphrase))
    assert store.tallies(copied) == store.tallies(session) != []


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"step": 0}, "tallies[0].question", 'step 0 has no tally "enough-rights"'),
        ({"question": "other"}, "tallies[0].question", 'step 1 has no tally "other"'),
        ({"answer": "maybe"}, "tallies[0].answer", "expected one of agree, not-sure, disagree"),
        ({"count": -3}, "tallies[0].count", "expected at least 0"),
        ({"step": 9}, "tallies[0].step", "expected a step from 0 to 1"),
    ],
)
def test_a_tampered_count_in_a_session_record_is_refused_with_its_line(
    store: Store, tmp_path: Path, change: dict[str, object], field: str, message: str
) -> None:
    session = _tally_session(store)
    record = json.loads(session_record(store, session))
    record["tallies"][0].update(change)
    (tmp_path / "bad.json").write_text(json.dumps(record, indent=2))
    with pytest.raises(InvalidFile) as raised:
        read_session_file(tmp_path / "bad.json")
    (error,) = raised.value.errors
    assert f": {field}: " in str(error) and message in str(error), str(error)
    assert str(error).startswith(f"{tmp_path / 'bad.json'}:")


def test_a_count_given_twice_in_a_session_record_is_refused(store: Store, tmp_path: Path) -> None:
    session = _tally_session(store)
    record = json.loads(session_record(store, session))
    record["tallies"].append(dict(record["tallies"][0]))
    (tmp_path / "twice.json").write_text(json.dumps(record, indent=2))
    with pytest.raises(InvalidFile, match=r"tallies\[2\]: this answer's count is already given"):
        read_session_file(tmp_path / "twice.json")

"""The live session's one queue of records the disk could not take: order, replacement, refusal."""

from collections.abc import Callable

import pytest

from facilitator.sessions.errors import StoreError, StoreProblem
from facilitator.sessions.pending import Change, PendingWrites, RecordKind
from facilitator.sessions.store import Store


class Disk:
    """Writes land in ``written`` while there is room; a full disk raises as SQLite's would."""

    def __init__(self) -> None:
        self.full = False
        self.written: list[str] = []

    def write(self, what: str) -> Callable[[Store], None]:
        def do(_store: Store) -> None:
            if self.full:
                raise StoreError("could not save: database or disk is full", StoreProblem.DISK_FULL)
            self.written.append(what)

        return do


@pytest.fixture
def queue() -> PendingWrites:
    return PendingWrites(Store.in_memory())


def test_a_record_made_while_others_wait_lands_after_them_in_order(queue: PendingWrites) -> None:
    disk = Disk()
    assert queue.write(RecordKind.EVENT, disk.write("start"))
    disk.full = True
    assert not queue.write(RecordKind.EVENT, disk.write("next"))
    assert not queue.write(RecordKind.MOMENT, disk.write("moment"))
    assert len(queue) == 2 and disk.written == ["start"]
    assert not queue.retry()  # still full: kept
    disk.full = False
    assert queue.write(RecordKind.EVENT, disk.write("pause"))  # room: everything before it first
    assert disk.written == ["start", "next", "moment", "pause"]
    assert len(queue) == 0


def test_a_value_typed_over_replaces_the_one_waiting(queue: PendingWrites) -> None:
    disk = Disk()
    disk.full = True
    queue.write(RecordKind.COUNT, disk.write("agree=3"), key=("agree",), detail=(1, "q"))
    queue.write(RecordKind.COUNT, disk.write("agree=4"), key=("agree",), detail=(1, "q"))
    queue.write(RecordKind.COUNT, disk.write("disagree=1"), key=("disagree",))
    assert len(queue.waiting(RecordKind.COUNT)) == 2
    disk.full = False
    assert queue.retry()
    assert disk.written == ["agree=4", "disagree=1"]


def test_what_trying_again_cannot_mend_is_raised_never_kept(queue: PendingWrites) -> None:
    def refused(_store: Store) -> None:
        raise StoreError("no such session", StoreProblem.NOT_FOUND)

    with pytest.raises(StoreError):
        queue.write(RecordKind.REFERRAL, refused)
    assert len(queue) == 0


def test_listeners_hear_a_new_failure_once_and_a_refused_record_is_named(queue: PendingWrites) -> None:
    disk = Disk()
    heard: list[Change] = []
    queue.subscribe(heard.append)
    disk.full = True
    queue.write(RecordKind.MOMENT, disk.write("moment"))
    assert heard[-1].left == 1 and heard[-1].fresh and heard[-1].error is not None

    def gone(_store: Store) -> None:
        raise StoreError("no such session", StoreProblem.NOT_FOUND)

    queue.write(RecordKind.REFERRAL, gone)  # waits behind the moment
    queue.retry()
    assert heard[-1].left == 2 and not heard[-1].fresh  # a retry that failed again: not said again
    disk.full = False
    queue.retry()
    assert heard[-1].left == 0 and heard[-1].error is None
    assert [record.kind for record, _error in heard[-1].refused] == [RecordKind.REFERRAL]
    assert disk.written == ["moment"]

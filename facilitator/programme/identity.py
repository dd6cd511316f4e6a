"""Who sends a summary, in the programme's codes, and the session's stable instance id."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.programme.codes import CodeError, checked_code
from facilitator.programme.regions import is_region
from facilitator.sessions.store import Store


@dataclass(frozen=True)
class Sender:
    """The programme's code, the facilitator's code (never a name) and the region's code."""

    programme: str
    facilitator: str
    region: str


def checked_sender(programme: str, facilitator: str, region: str) -> Sender:
    """The three codes as a summary carries them, or ``CodeError`` naming the one that is wrong."""
    if not is_region(region):
        raise CodeError(
            f"region: expected a region code from the list (e.g. KZ-15 for Aktobe Region), got {region!r}"
        )
    return Sender(checked_code(programme, "programme"), checked_code(facilitator, "facilitator"), region)


def instance_id(store: Store, session_id: str) -> str:
    """The session's ``uuid:...`` instance id: made the first time, the same ever after (and on
    any laptop the session file is imported on)."""
    return store.programme_instance(session_id)

"""A data folder's encrypted store set up with a passphrase, holding one session of a two-step plan
with the given notes: what the command-line and damaged-store tests start from."""

from __future__ import annotations

from facilitator.security import vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from tests.helpers.plans import loaded_plan


def session_with_notes(passphrase: str, *notes: str) -> str:
    """The new session's id; the store (in $FACILITATOR_DATA_DIR) is closed again."""
    store = vault.open_store(vault.set_up(passphrase, n=2**10))
    live = LiveSession.new(store, loaded_plan([10, 10]), "plan.yaml", FakeClock())
    for text in notes:
        live.add_note(text, [])
    store.close()
    return live.id

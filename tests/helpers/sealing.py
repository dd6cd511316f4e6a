"""Session files in tests: sealed with a known passphrase at the lowest scrypt cost (fast)."""

from __future__ import annotations

from pathlib import Path

from facilitator.sessions.session_file import export_session
from facilitator.sessions.store import Store

FILE_PASSPHRASE = "the session file's passphrase"
FAST = 2**10


def export_sealed(store: Store, session_id: str, out: Path) -> None:
    export_session(store, session_id, out, FILE_PASSPHRASE, FAST)


def file_passphrase() -> str:
    return FILE_PASSPHRASE

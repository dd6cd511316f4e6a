"""What the terminal commands say about the data folder: a full disk (the database open
read-only), and any failure of it on one line with what to do, naming the folder; and a file
they must not write (Qt-free)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from facilitator.sessions.atomic import not_a_regular_file
from facilitator.sessions.store import Store


def said_if_read_only(store: Store) -> Store:
    """``store``, with a warning when the disk is full (it is open read-only): what a crash left
    in the -wal file is not shown until there is room, so a session may seem missing. A data
    folder that cannot be written to is said as such."""
    if store.write_protected:
        print(
            f"facilitator: the data folder {store.path.parent} cannot be written to: read-only, nothing "
            "can be changed; reading and exporting work (warning)",
            file=sys.stderr,
        )
    elif store.read_only:
        journal = store.path.with_name(store.path.name + "-wal")
        left = f"; changes a crash left in {journal} are not shown until then" if journal.is_file() else ""
        print(
            f"facilitator: the disk of {store.path.parent} is full: read-only, nothing can be changed "
            f"until some space is freed{left} (warning)",
            file=sys.stderr,
        )
    return store


def what_to_do(exc: Exception) -> str:
    """A data folder's failure on one line: what failed (the file, the reason), and what to do,
    naming the folder."""
    from facilitator.paths import DATA_DIR_ENV, chosen_data_dir
    from facilitator.sessions.errors import StoreError, StoreProblem, disk_is_full

    folder = chosen_data_dir()
    kind = exc.kind if isinstance(exc, StoreError) else StoreProblem.SAVE
    if kind is StoreProblem.WRITE_PROTECTED:
        return str(exc)  # it names the folder and says what to do
    if kind in (StoreProblem.DISK_FULL, StoreProblem.READ_ONLY) or (
        kind in (StoreProblem.OPEN, StoreProblem.SAVE) and disk_is_full(folder)
    ):
        hint = f"the disk of the data folder {folder} is full: free some space, then run the command again"
    elif kind is StoreProblem.DAMAGED:
        hint = (
            f"the database in the data folder {folder} is damaged: move it out of the folder and keep it "
            f"(the app then starts a new one), or set {DATA_DIR_ENV} to another folder"
        )
    elif kind is StoreProblem.BUSY:
        hint = f"another Facilitator is using the data folder {folder}: close it, then run the command again"
    elif kind in (StoreProblem.OPEN, StoreProblem.SAVE, StoreProblem.READ):
        hint = f"check that you can write in the data folder {folder}, or set {DATA_DIR_ENV} to one you can"
    else:  # the message says it all (a folder that cannot be made, a session not found…)
        return str(exc)
    return f"{exc}; {hint}"


def said_if_notes_unreadable(store: Store, session_id: str, out: object) -> None:
    """A warning naming each note of the session that cannot be read (damaged on disk) and so is
    not in ``out``: where and when it was written, never its text; the rest is safe."""
    lost = store.unreadable_notes(session_id)
    if not lost:
        return
    for note in lost:
        print(
            f"facilitator: a note of session {session_id} ({note.where()}) cannot be read: its stored "
            f"text in {store.path} is damaged, so it is lost and not in {out} (warning)",
            file=sys.stderr,
        )
    print(
        f"facilitator: {len(lost)} note(s) could not be read; the other notes of the session are intact "
        f"and in {out} (warning)",
        file=sys.stderr,
    )


def said_if_changes_lost() -> None:
    """A warning for each -wal a crash left whose committed changes SQLite's recovery dropped when
    the database was opened (facilitator/sessions/journal_rescue.py), naming the kept copy."""
    from facilitator.sessions.journal_rescue import take_findings

    for found in take_findings():
        print(f"facilitator: {found.line()}", file=sys.stderr)


def refused_target(out: Path, force: bool) -> bool:
    """Whether the file a command is asked to write must not be written, said on standard error:
    a folder, a device or a pipe is never replaced (a PDF in place of /dev/null); an existing file
    only with ``--force`` (a typo in --out would otherwise destroy a plan or a sheet). Checked
    before any work, and before a passphrase is asked."""
    if not_a_regular_file(out):
        print(
            f"facilitator: cannot write {out}: it is not a regular file (a folder, a device or a pipe); "
            "nothing was written. Choose a file name",
            file=sys.stderr,
        )
        return True
    if os.path.lexists(out) and not force:
        print(
            f"facilitator: {out} exists already; nothing was written. Choose another file, or add "
            "--force to replace it",
            file=sys.stderr,
        )
        return True
    return False

"""What the facilitator is told, in the UI's language, when the session's data cannot be saved or
read during a session: what failed (by its kind, never the core's English sentence), what
happened to what was typed, then the detail as it is (the file, and the OS's or SQLite's own
words, the common ones among them in the UI's language). The core's English message stays for
the terminal and the log."""

from __future__ import annotations

import errno
import os
from enum import Enum

from facilitator.sessions import atomic, errors
from facilitator.sessions.atomic import WriteFailed
from facilitator.sessions.errors import SessionStateError, StoreError, StoreProblem
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "StoreMessages"


class Typed(Enum):
    """What the failed command was about, so the message says what became of it."""

    NOTE = "note"
    """A note: it stays in the notes box, saved again every few seconds."""
    KEPT = "kept"
    """A record (a step, a moment, a referral, counts, figures): kept in the app, saved again
    every few seconds."""
    NOT_DONE = "not-done"
    """A command refused (or a record the store refuses for good): it did not happen."""
    READ = "read"
    """Only reading: nothing typed is concerned."""


PROBLEMS = {
    StoreProblem.SAVE: QT_TRANSLATE_NOOP("StoreMessages", "Could not save to the app's data file."),
    StoreProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "StoreMessages", "The disk is full: nothing more can be saved until some space is freed."
    ),
    StoreProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "The app's data file is open read-only (the disk was full when the app started): "
        "nothing can be saved. Free some space and open the app again.",
    ),
    StoreProblem.WRITE_PROTECTED: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "The app's data folder cannot be written to (a read-only drive or folder): nothing can be "
        "saved. Make it writable, or copy it to a folder you can write in.",
    ),
    StoreProblem.READ: QT_TRANSLATE_NOOP("StoreMessages", "Could not read the app's data file."),
    StoreProblem.OPEN: QT_TRANSLATE_NOOP("StoreMessages", "Could not open the app's data file."),
    StoreProblem.DAMAGED: QT_TRANSLATE_NOOP("StoreMessages", "The app's data file is damaged."),
    StoreProblem.BUSY: QT_TRANSLATE_NOOP(
        "StoreMessages", "The app's data file is in use by another program; try again in a moment."
    ),
    StoreProblem.NEWER: QT_TRANSLATE_NOOP(
        "StoreMessages", "The app's data file was written by a newer version of the app: update the app."
    ),
    StoreProblem.NOT_FOUND: QT_TRANSLATE_NOOP(
        "StoreMessages", "This record is no longer in the app's data file."
    ),
    StoreProblem.FOLDER: QT_TRANSLATE_NOOP("StoreMessages", "The app's data folder cannot be used."),
    StoreProblem.REFUSED: QT_TRANSLATE_NOOP("StoreMessages", "This value cannot be saved."),
}
OUTCOMES = {
    Typed.NOTE: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "Your note stays in the app and is saved again every few seconds; do not close the app.",
    ),
    Typed.KEPT: QT_TRANSLATE_NOOP(
        "StoreMessages",
        "What you recorded stays in the app and is saved again every few seconds; do not close the app.",
    ),
    Typed.NOT_DONE: QT_TRANSLATE_NOOP(
        "StoreMessages", "This was not recorded: do it again once the problem is solved."
    ),
    Typed.READ: QT_TRANSLATE_NOOP("StoreMessages", "Nothing you typed was lost."),
}
NOT_NOW = QT_TRANSLATE_NOOP("StoreMessages", "That is not possible at this point of the session.")
FIGURE = QT_TRANSLATE_NOOP("StoreMessages", "This figure was not recorded: it is out of bounds.")
COUNT = QT_TRANSLATE_NOOP("StoreMessages", "This count was not kept: it must be a whole number from 0 up.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("StoreMessages", "Could not write the file.")
UNEXPECTED = QT_TRANSLATE_NOOP("StoreMessages", "Something went wrong ({error}).")


OS_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("StoreMessages", "No space left on device"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("StoreMessages", "Disk quota exceeded"),
    errno.EROFS: QT_TRANSLATE_NOOP("StoreMessages", "Read-only file system"),
    errno.EACCES: QT_TRANSLATE_NOOP("StoreMessages", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("StoreMessages", "Operation not permitted"),
}
"""The OS's reasons a facilitator meets most (a full disk, a full quota, a read-only USB stick, a
folder of another user), in the OS's own English words: said in the UI's language."""
SQLITE_REASONS = {
    "database or disk is full": errno.ENOSPC,
    "attempt to write a readonly database": errno.EROFS,
}
"""SQLite's words for the same reasons."""


TEXT_REASONS = {
    errors.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "StoreMessages", "not a regular file (a pipe, a device or a socket): give a file"
    ),
    atomic.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "StoreMessages", "it is not a regular file (a folder, a device or a pipe); nothing was written"
    ),
}
"""The app's own reasons a file is not read or not written (a FIFO or a device named as a file)."""


def os_reason(reason: str, code: int | None = None) -> str:
    """The OS's (or SQLite's) ``reason`` in the UI's language when it is one of the common ones
    (known by ``code`` or by its words); any other reason as it is."""
    if reason in TEXT_REASONS:
        return translate(CONTEXT, TEXT_REASONS[reason])
    if code not in OS_REASONS:
        code = SQLITE_REASONS.get(reason)
    if code not in OS_REASONS:
        code = next((known for known in OS_REASONS if os.strerror(known) == reason), None)
    return translate(CONTEXT, OS_REASONS[code]) if code in OS_REASONS else reason


def written_detail(exc: WriteFailed) -> str:
    """Which file could not be written and why, the reason in the UI's language."""
    reason = os_reason(exc.reason, exc.errno)
    return ": ".join(part for part in (exc.path, reason) if part) or str(exc)


def failure_text(exc: BaseException, typed: Typed) -> str:
    """``exc`` for the facilitator, in the UI's language: what failed, what became of what was
    typed, then the detail (file and reason) as it is. Never a note's text: no core error holds
    one."""
    from facilitator.sessions.figures import FiguresError

    if isinstance(exc, StoreError):
        sentence = translate(CONTEXT, PROBLEMS[exc.kind])
        detail = ": ".join(part for part in (exc.path, os_reason(exc.reason)) if part)
    elif isinstance(exc, WriteFailed):
        sentence = translate(CONTEXT, NOT_WRITTEN)
        detail = written_detail(exc)
    elif isinstance(exc, SessionStateError):
        return translate(CONTEXT, NOT_NOW)
    elif isinstance(exc, FiguresError):
        return f"{translate(CONTEXT, FIGURE)} ({exc})"
    else:
        sentence, detail = translate(CONTEXT, UNEXPECTED).format(error=type(exc).__name__), ""
    outcome = translate(CONTEXT, OUTCOMES[typed])
    return f"{sentence} {outcome}" + (f" ({detail})" if detail else "")


def refused_count() -> str:
    """A count out of bounds, typed in a tally: not kept."""
    return translate(CONTEXT, COUNT)

"""Why the app cannot open (or opens read-only), said in a dialog in the UI's language as well as
on stderr: a facilitator who starts it from a desktop icon never sees stderr.

The dialog says what is wrong, what to do, and what still works; the details (files, lines,
fields) follow: a plan's problems in the UI's language, as the planner says them
(facilitator/ui/plan_messages.py), the rest as printed on stderr (in English, like every
command's messages).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from facilitator.sessions.errors import FileError
from facilitator.ui import dialogs
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

MAX_DETAILS = 12
"""Lines of detail shown; the rest are on stderr (a plan can have many mistakes)."""


class StartError(enum.Enum):
    PLAN = "plan"
    DATA_FOLDER = "data-folder"
    DISK_FULL = "disk-full"
    """Nothing could be opened: the disk is full and there is no database to read yet."""
    DISK_FULL_READ_ONLY = "disk-full-read-only"
    """The disk is full: the data was opened read-only; the app goes on."""
    WRITE_PROTECTED_READ_ONLY = "write-protected-read-only"
    """The data folder cannot be written to: the data was opened read-only; the app goes on."""
    SETTINGS = "settings"
    """The settings file was damaged: kept aside; the app goes on with the defaults."""
    CHANGES_LOST = "changes-lost"
    """Changes a crash left could not be recovered; what was left is kept (the file named)."""
    CHANGES_LOST_NOT_KEPT = "changes-lost-not-kept"
    """Changes a crash left could not be recovered, and no copy could be kept."""


_TITLES = {
    StartError.PLAN: QT_TRANSLATE_NOOP("StartErrors", "The workshop cannot be opened"),
    StartError.DATA_FOLDER: QT_TRANSLATE_NOOP("StartErrors", "The data folder cannot be used"),
    StartError.DISK_FULL: QT_TRANSLATE_NOOP("StartErrors", "The disk is full"),
    StartError.DISK_FULL_READ_ONLY: QT_TRANSLATE_NOOP("StartErrors", "The disk is full"),
    StartError.WRITE_PROTECTED_READ_ONLY: QT_TRANSLATE_NOOP("StartErrors", "The data folder is read-only"),
    StartError.SETTINGS: QT_TRANSLATE_NOOP("StartErrors", "The settings were damaged"),
    StartError.CHANGES_LOST: QT_TRANSLATE_NOOP("StartErrors", "Some notes may be missing"),
    StartError.CHANGES_LOST_NOT_KEPT: QT_TRANSLATE_NOOP("StartErrors", "Some notes may be missing"),
}
_TEXTS = {
    StartError.PLAN: QT_TRANSLATE_NOOP(
        "StartErrors",
        "The workshop file has mistakes, listed below. Nothing was opened or changed. Correct them "
        "(or choose another workshop), then open Facilitator again.",
    ),
    StartError.DATA_FOLDER: QT_TRANSLATE_NOOP(
        "StartErrors",
        "Facilitator cannot use its data folder (see below). Nothing was changed. Check that the "
        "drive is connected and can be written to, then open Facilitator again.",
    ),
    StartError.DISK_FULL: QT_TRANSLATE_NOOP(
        "StartErrors",
        "The disk is full, so Facilitator cannot open. Nothing already saved is lost. Free some "
        "space (delete files you no longer need, empty the trash), then open Facilitator again.",
    ),
    StartError.DISK_FULL_READ_ONLY: QT_TRANSLATE_NOOP(
        "StartErrors",
        "The disk is full, so Facilitator opened your data read-only. Nothing already saved is "
        "lost. You can show the workshop's guidance and read the referral sheet, but a session "
        "cannot be started or recorded. Free some space (delete files you no longer need, empty "
        "the trash), then close Facilitator and open it again.",
    ),
    StartError.WRITE_PROTECTED_READ_ONLY: QT_TRANSLATE_NOOP(
        "StartErrors",
        "Facilitator's data folder cannot be written to (a read-only drive or folder), so your data "
        "was opened read-only. Nothing already saved is lost, and notes can be read and exported, but "
        "a session cannot be started or recorded. Make the folder writable (or copy it to one you can "
        "write in), then close Facilitator and open it again.",
    ),
    StartError.SETTINGS: QT_TRANSLATE_NOOP(
        "StartErrors",
        "The settings file was damaged, so Facilitator starts with the default settings: check the "
        "language, the projector and the programme codes. Sessions and notes are not affected. The "
        "damaged file was kept (see below): the programme codes may still be read from it.",
    ),
    StartError.CHANGES_LOST: QT_TRANSLATE_NOOP(
        "StartErrors",
        "Facilitator was stopped suddenly last time (a crash or a power cut), and the last changes "
        "it had saved could not all be read back: notes typed just before may be missing. Check the "
        "notes of your last session. What was left was kept in the file below (its notes are "
        "encrypted): keep it, and show it to whoever supports the app. Everything else is safe.",
    ),
    StartError.CHANGES_LOST_NOT_KEPT: QT_TRANSLATE_NOOP(
        "StartErrors",
        "Facilitator was stopped suddenly last time (a crash or a power cut), and the last changes "
        "it had saved could not all be read back: notes typed just before may be missing. Check the "
        "notes of your last session. Everything else is safe.",
    ),
}


def title(error: StartError) -> str:
    return translate("StartErrors", _TITLES[error])


def text(error: StartError, details: Sequence[str], problems: Sequence[FileError] = ()) -> str:
    """The explanation in the UI's language, then the first details: ``problems`` (a plan's, each
    ``file:line: field:`` and its message in the UI's language) when given, else ``details`` as
    printed."""
    if problems:
        from facilitator.ui import plan_messages

        details = [plan_messages.shown(problem) for problem in problems]
    shown = list(details[:MAX_DETAILS])
    if len(details) > MAX_DETAILS:
        shown.append(translate("StartErrors", "… and {count} more.").format(count=len(details) - MAX_DETAILS))
    body = translate("StartErrors", _TEXTS[error])
    return body + ("\n\n" + "\n".join(shown) if shown else "")


def tell(error: StartError, details: Sequence[str], problems: Sequence[FileError] = ()) -> None:
    """The dialog (needs the QApplication, with its translations installed)."""
    dialogs.tell(None, title(error), text(error, details, problems))

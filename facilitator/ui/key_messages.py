"""What the facilitator reads when the key file is missing or damaged: what happened, what to do."""

from __future__ import annotations

from facilitator.security.keys import KeyFileError
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

WHAT_TO_DO = QT_TRANSLATE_NOOP(
    "KeyFile",
    "If you have a copy of key.json (a backup), put it back in the data folder and open Facilitator "
    "again. Otherwise start again: delete all data (in a terminal: facilitator data delete-all) and "
    "choose a new passphrase. The old notes are then lost for good.",
)
TEXTS = {
    "missing": QT_TRANSLATE_NOOP(
        "KeyFile",
        "The key file {path} is missing, but this data folder still holds encrypted notes. They cannot "
        "be opened without that file, and a new passphrase would not open them. Nothing was changed.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "KeyFile",
        "The key file {path} is damaged. The encrypted notes cannot be opened without it. "
        "Nothing was changed.",
    ),
    "damaged-field": QT_TRANSLATE_NOOP(
        "KeyFile",
        "The key file {path} is damaged: its field “{field}” holds an impossible value. The encrypted "
        "notes cannot be opened without it. Nothing was changed.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "KeyFile",
        "The key file {path} was written by a newer version of Facilitator. Update the app to open "
        "the notes. Nothing was changed.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "KeyFile",
        "The key file {path} cannot be read. Check the permissions of the data folder. Nothing was changed.",
    ),
    "foreign": QT_TRANSLATE_NOOP(
        "KeyFile",
        "The key file {path} does not belong to this data folder: the notes here were encrypted with "
        "another key (a key file from another data folder, or an older one, was put back). Restore the "
        "key file that was made with this data folder (a backup of its key.json) and open Facilitator "
        "again. Nothing was opened or changed.",
    ),
    "unwritable": QT_TRANSLATE_NOOP(
        "KeyFile",
        "The key file {path} cannot be written: is the disk full, or the folder read-only? "
        "Nothing was changed.",
    ),
}


def title() -> str:
    return translate("KeyFile", "The notes cannot be opened")


def describe(error: KeyFileError) -> str:
    """The error in the UI's language: what happened, then (when the key is lost) what to do."""
    problem = "damaged-field" if error.problem == "damaged" and error.field else error.problem
    if problem not in TEXTS:
        return str(error)
    text = translate("KeyFile", TEXTS[problem]).format(path=error.path, field=error.field)
    if error.problem in {"missing", "damaged"}:
        text += "\n\n" + translate("KeyFile", WHAT_TO_DO)
    return text

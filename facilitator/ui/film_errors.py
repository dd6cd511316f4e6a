"""Why the player could not play a film, in our own words (translated where shown), never Qt's
English error string: the console and the checklist say it in the facilitator's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # QtMultimedia loads with the first film, not at start (tests/ui/test_start_imports.py)
    from PySide6.QtMultimedia import QMediaPlayer

PLAYER_ERRORS = {  # by the name of QMediaPlayer.Error's member
    "ResourceError": QT_TRANSLATE_NOOP("Films", "the player could not open or read the file"),
    "FormatError": QT_TRANSLATE_NOOP("Films", "its video or sound format is not supported"),
    "AccessDeniedError": QT_TRANSLATE_NOOP("Films", "the laptop does not allow opening it"),
    "NetworkError": QT_TRANSLATE_NOOP("Films", "the file could not be reached"),
}
CANNOT_OPEN = QT_TRANSLATE_NOOP("Films", "the player cannot open this file")
NO_PICTURE = QT_TRANSLATE_NOOP("Films", "no picture after 15 seconds")


def error_words(error: QMediaPlayer.Error) -> str:
    """The English words for ``error`` (kept untranslated; ``shown`` translates them)."""
    return PLAYER_ERRORS.get(error.name, CANNOT_OPEN)


def shown(words: str) -> str:
    """``words`` from this module in the UI's language."""
    return translate("Films", words)

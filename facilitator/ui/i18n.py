"""The UI's language: English in the code, Russian and Kazakh from Qt translation files.

Sources are `facilitator/i18n/facilitator_<lang>.ts` (edited with Qt Linguist or by hand), compiled
to `.qm` when building (`scripts/setup.sh`, the bundle). Qt's own dialogs use Qt's translations.
The UI language follows the system locale or the setting; a workshop's content language is chosen
per workshop and is independent of it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

UI_LANGUAGES = ("en", "ru", "kk")
FOLDER = Path(__file__).resolve().parent.parent / "i18n"
_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The UI language in use."""
    return _current[0]


def translate(context: str, text: str) -> str:
    """``text`` in the UI language (lupdate finds these calls by name)."""
    return QCoreApplication.translate(context, text)


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in UI_LANGUAGES else "en"


def install(app: QCoreApplication, language: str | None = None, folder: Path = FOLDER) -> str:
    """Load the translations for ``language`` (the system's when None); returns the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = language or system_language()
    _current[0] = chosen
    if chosen == "en":
        return chosen
    ours = QTranslator(app)
    if ours.load(str(folder / f"facilitator_{chosen}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return chosen


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; it is translated where it is shown."""
    del context
    return text


def length(seconds: float) -> str:
    """A planned length in the UI's language ("1h 05m", "1ч 05мин")."""
    from facilitator.sessions.durations import format_minutes

    return format_minutes(
        seconds, (translate("Units", "h"), translate("Units", "m"), translate("Units", "s"))
    )


def standing(seconds: float) -> str:
    """Behind or ahead of plan in the UI's language ("+5 min", "on time")."""
    from facilitator.presentation import signed_minutes

    return signed_minutes(seconds, translate("Units", "on time"), translate("Units", "min"))

"""The UI's language: English in the code, Russian and Kazakh from Qt translation files.

Sources are `facilitator/i18n/facilitator_<lang>.ts` (edited with Qt Linguist or by hand), compiled
to `.qm` when building (`scripts/setup.sh`, the bundle). Qt's own dialogs use Qt's translations.
The UI language follows the system locale or the setting; a workshop's content language is chosen
per workshop and is independent of it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.languages import LANGUAGES, quoted

UI_LANGUAGES = LANGUAGES
"""Each language by its own name: how a speaker finds it in a list, whatever the UI's language."""
FOLDER = Path(__file__).resolve().parent.parent / "i18n"
_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The UI language in use."""
    return _current[0]


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the UI language (lupdate finds these calls by name). ``disambiguation`` tells
    apart two uses of the same English text (the .ts file's ``<comment>``), e.g. plural forms."""
    return QCoreApplication.translate(context, text, disambiguation)


def in_quotes(text: str) -> str:
    """``text`` (a file's or a step's name) in the UI language's quotation marks: «…» in Russian
    and Kazakh, “…” in English."""
    return quoted(text, current())


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


def translate_in(language: str | None, context: str, text: str, folder: Path = FOLDER) -> str:
    """``text`` in ``language`` (the system's when None) without a QApplication: for the few lines
    said before one exists (a second app refused). Falls back to ``text`` when not translated."""
    chosen = language or system_language()
    if chosen == "en":
        return text
    translator = QTranslator()
    if not translator.load(str(folder / f"facilitator_{chosen}.qm")):
        return text
    return translator.translate(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; it is translated where it is shown."""
    del context
    return text


def length(seconds: float) -> str:
    """A planned length in the UI's language ("1h 05m", "1 ч 05 мин", "2 сағ 00 мин")."""
    from facilitator.sessions.durations import format_minutes

    units = (translate("Units", "h"), translate("Units", "m"), translate("Units", "s"))
    hours, minutes, rest = (_after_number(unit) for unit in units)
    return format_minutes(seconds, (hours, minutes, rest))


def _after_number(unit: str) -> str:
    """A unit as written after its number: a one-letter Latin symbol closed up ("10m"), a word or
    its Cyrillic abbreviation after a no-break space ("10 мин", never "10мин" nor a line break
    between them)."""
    return unit if len(unit) == 1 and unit.isascii() else "\u00a0" + unit


def standing(seconds: float) -> str:
    """Behind or ahead of plan in the UI's language ("+5 min", "on time")."""
    from facilitator.presentation import signed_minutes

    return signed_minutes(seconds, translate("Units", "on time"), translate("Units", "min"))


def plural_form(count: int, language: str | None = None) -> str:
    """The grammatical number a count takes: "one", "few" or "many" (Russian has all three;
    English and Kazakh nouns after a numeral take "one" or "many", so "few" is never returned)."""
    language = language or current()
    if language == "ru":
        if count % 10 == 1 and count % 100 != 11:
            return "one"
        if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
            return "few"
        return "many"
    return "one" if count == 1 else "many"


_AGO = {
    "minute": (QT_TRANSLATE_NOOP("Ago", "{n} minute ago"), QT_TRANSLATE_NOOP("Ago", "{n} minutes ago")),
    "hour": (QT_TRANSLATE_NOOP("Ago", "{n} hour ago"), QT_TRANSLATE_NOOP("Ago", "{n} hours ago")),
    "day": (QT_TRANSLATE_NOOP("Ago", "{n} day ago"), QT_TRANSLATE_NOOP("Ago", "{n} days ago")),
}


def ago(seconds: float) -> str:
    """How long ago, in the UI's language with the right plural form ("12 minutes ago",
    "12 минут назад", "2 минуты назад", "12 минут бұрын")."""
    minutes = int(max(0.0, seconds) // 60)
    if minutes < 1:
        return translate("Ago", "just now")
    unit, count = "minute", minutes
    if minutes >= 60:
        unit, count = "hour", minutes // 60
    if minutes >= 48 * 60:
        unit, count = "day", minutes // (24 * 60)
    form = plural_form(count)
    one, other = _AGO[unit]
    if form == "one":
        return translate("Ago", one).format(n=count)
    return translate("Ago", other, form).format(n=count)

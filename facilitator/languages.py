"""The languages the app speaks and runs workshops in, in one place (no Qt).

Plans, sessions, the UI, the command line and the reports all read this list; a table per
language elsewhere (report words, audience words) is checked against it by tests/test_languages.py.
"""

from __future__ import annotations

from typing import Literal, get_args

Language = Literal["en", "ru", "kk"]
LANGUAGES: tuple[str, ...] = get_args(Language)
"""English, Russian, Kazakh: the order menus and choices show them in."""
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Each language in its own words (never translated: a Kazakh reader finds "Қазақша" anywhere)."""

QUOTES: dict[str, tuple[str, str]] = {"en": ("“", "”"), "ru": ("«", "»"), "kk": ("«", "»")}
"""Each language's quotation marks: English “…”, Russian and Kazakh «…» (never mixed in one
language's texts; tests/content/test_quotes.py checks the built-in content and translations)."""

PAIR_SEPARATOR = "+"
"""``kk+ru``: two content languages on the projector at once (the first on the left or on top)."""


def quoted(text: str, language: str) -> str:
    """``text`` in ``language``'s quotation marks (English's for a language the app does not know)."""
    opening, closing = QUOTES.get(language, QUOTES["en"])
    return f"{opening}{text}{closing}"


def language_names(codes: tuple[str, ...] | list[str]) -> str:
    """Languages by their own names, a pair joined as the app shows it: "Қазақша + Русский"."""
    return " + ".join(LANGUAGE_NAMES.get(code, code) for code in codes)


def parse_languages(text: str) -> tuple[str, ...]:
    """``"kk"`` -> ``("kk",)``; ``"kk+ru"`` -> ``("kk", "ru")``. ValueError with a message that
    names what is wrong (an unknown language, the same one twice, more than two)."""
    parts = tuple(part.strip().casefold() for part in text.split(PAIR_SEPARATOR))
    known = ", ".join(LANGUAGES)
    for part in parts:
        if part not in LANGUAGES:
            raise ValueError(f"{part or '(empty)'!r} is not a language the app knows ({known})")
    if len(parts) > 2:
        raise ValueError(f"{text!r}: at most two languages at once, e.g. kk+ru")
    if len(parts) == 2 and parts[0] == parts[1]:
        raise ValueError(f"{text!r}: the two languages must differ, e.g. kk+ru")
    return parts

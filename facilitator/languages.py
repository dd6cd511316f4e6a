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

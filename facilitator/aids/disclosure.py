"""Does a note read like a disclosure of harm? A small word list in data, in en, ru and kk.

A match only makes the notes box offer "Mark for follow-up?"; the facilitator decides. Nothing
here stores or logs the note.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from facilitator.content import CONTENT_DIR

WORDS_FILE = CONTENT_DIR / "safety" / "disclosure-words.yaml"


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


@cache
def _pattern(path: Path = WORDS_FILE) -> re.Pattern[str]:
    """The list's phrases as one pattern. The built-in list's phrases are kept in the data folder's
    cache of checked files for its exact bytes: the live session's first note is checked without
    pydantic and YAML (about 20 MB the live session then never holds); a changed byte checks the
    file in full again, with every error."""
    from facilitator.paths import checked_cache_dir
    from facilitator.sessions import checked_cache
    from facilitator.sessions.errors import read_file

    raw = read_file(path)
    folder = checked_cache_dir() if path == WORDS_FILE else None
    label = f"disclosure-phrases {path.name}"
    ordered = checked_cache.remember(folder, label, [raw], lambda: _phrases(raw, path), _as_phrases)
    spaced = (r"\s+".join(re.escape(part) for part in phrase.split(" ")) for phrase in ordered)
    return re.compile(r"(?<!\w)(?:" + "|".join(spaced) + ")")


def _phrases(raw: bytes, path: Path) -> list[str]:
    """Every phrase of the list (checked in full: YAML and pydantic), folded, longest first."""
    from facilitator.aids.disclosure_words import (  # pydantic: not before a note
        WORDS_FORMAT,
        DisclosureWords,
        combined_phrases,
    )
    from facilitator.sessions.validation import parse_checked

    words, _document = parse_checked(raw, str(path), DisclosureWords, WORDS_FORMAT)
    listed = [p for phrases in words.words.values() for p in phrases]
    built = [p for combos in words.combined.values() for slots in combos for p in combined_phrases(slots)]
    phrases = {_fold(" ".join(p.split())) for p in listed + built if p.strip()}
    return sorted(phrases, key=lambda phrase: (-len(phrase), phrase))


def _as_phrases(value: object) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise TypeError("not a list of phrases")
    return list(value)


def reads_like_disclosure(text: str) -> bool:
    """True when ``text`` holds a word or phrase of the list (any language, any case)."""
    return _pattern().search(_fold(text)) is not None

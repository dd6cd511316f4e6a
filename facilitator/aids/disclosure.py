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
    from facilitator.aids.disclosure_words import WORDS_FORMAT, DisclosureWords  # pydantic: not before a note
    from facilitator.sessions.errors import read_file
    from facilitator.sessions.validation import parse_checked

    words, _document = parse_checked(read_file(path), str(path), DisclosureWords, WORDS_FORMAT)
    phrases = {_fold(" ".join(p.split())) for phrases in words.words.values() for p in phrases if p.strip()}
    ordered = sorted(phrases, key=len, reverse=True)
    spaced = (r"\s+".join(re.escape(part) for part in phrase.split(" ")) for phrase in ordered)
    return re.compile(r"(?<!\w)(?:" + "|".join(spaced) + ")")


def reads_like_disclosure(text: str) -> bool:
    """True when ``text`` holds a word or phrase of the list (any language, any case)."""
    return _pattern().search(_fold(text)) is not None

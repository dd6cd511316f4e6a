"""Characters a text file people import must not hide: NUL and other control characters, and the
direction controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) that make text display something
else than it holds ("Help<U+202E>enil" shows as "Helpline"), so a handout or a slide could be made
to lie. Workshops are in Russian, Kazakh and English: none of them needs a direction control.
"""

from __future__ import annotations

import re
from functools import cache

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Every Unicode character of Bidi_Control: the marks, embeddings, overrides and isolates."""

_HIDDEN = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]"
"""Control characters (Unicode category Cc) but tab, line feed and carriage return; direction
controls."""
_BIDI = "[" + "".join(sorted(BIDI_CONTROLS)) + "]"
"""The direction controls, as a character class."""
_SHOWN_ESCAPED = "[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]"
"""What a message never shows raw: every control character (line breaks too: a value holding one
would forge another ``file:line:`` line) and every direction control."""


@cache
def _pattern(expression: str) -> re.Pattern[str]:
    """The compiled expression, compiled on its first use: the app's start checks no file in full
    and never needs them (compiling both at import cost as much as the rest of the module)."""
    return re.compile(expression)


def hidden_character(text: str) -> str | None:
    """What is wrong with ``text`` (its first hidden character, described for an error message
    that never quotes the text), or None when it has none."""
    found = _pattern(_HIDDEN).search(text)
    if found is None:
        return None
    character = found.group()
    code = f"U+{ord(character):04X}"
    if character in BIDI_CONTROLS:
        import unicodedata  # only to name a control found: a C extension the start need not load

        name = unicodedata.name(character, "direction control")
        return f"a hidden direction control ({code} {name}), which can make the text show something else"
    what = "a NUL character" if character == "\0" else "a control character"
    return f"{what} ({code}), which text does not contain (is the file damaged?)"


def invisible_character(text: str, allowed: str = "") -> str | None:
    """The first format character of ``text`` (Unicode category Cf: a zero-width space or joiner, a
    soft hyphen, a word joiner; but those in ``allowed``), described for an error message, or None.
    One inside a name makes it look like another that it is not ("Cri<U+200B>sis Centre")."""
    import unicodedata

    for character in text:
        if character not in allowed and unicodedata.category(character) == "Cf":
            code = f"U+{ord(character):04X}"
            return f"an invisible character ({code} {unicodedata.name(character, 'format character')})"
    return None


def refused(text: str) -> str | None:
    """The error for a field holding a hidden character (it is refused), or None."""
    problem = hidden_character(text)
    return None if problem is None else f"{problem}; remove it"


def escaped(text: str) -> str:
    """``text`` safe to quote in a message, a log or a terminal: each control or direction
    character shown by its code ("Help<U+202E>enil"), everything else as it is."""
    return _pattern(_SHOWN_ESCAPED).sub(lambda found: f"<U+{ord(found.group()):04X}>", text)


_RAW_ON_A_TERMINAL = _HIDDEN + "|\r(?!\n)"
"""What must not reach a terminal raw: the hidden characters (ESC starts the sequences that recolour
or rewrite a terminal), and a carriage return but a Windows line end (a lone one overwrites the line)."""


def terminal_safe(text: str, json_escape: bool = False) -> str:
    """``text`` with each character that must not reach a terminal raw written by its code:
    ``<U+001B>``, or ``\\u001b`` in JSON (where it still reads as the same text)."""
    if json_escape:
        return _pattern(_RAW_ON_A_TERMINAL).sub(lambda found: f"\\u{ord(found.group()):04x}", text)
    return _pattern(_RAW_ON_A_TERMINAL).sub(lambda found: f"<U+{ord(found.group()):04X}>", text)


def without_direction_controls(text: str) -> str:
    """``text`` with every direction control removed (the app's own files may hold them: a note
    typed before they were dropped at typing time)."""
    controls = _pattern(_BIDI)  # one search in C: a pasted note runs to megabytes
    if controls.search(text) is None:
        return text
    return controls.sub("", text)


def without_hidden(text: str) -> str:
    """``text`` with every hidden character removed."""
    return _pattern(_HIDDEN).sub("", text)

"""Names spelled letter by letter ("Y-E-R-K-E-B-U-L-A-N", "А-Й-Д-А-Н-А"): how a sign-language
interpreter writes a name that was fingerspelled, or anyone a name spelled out on the phone."""

from __future__ import annotations

import re

from facilitator.anonymizer.name_rules.name_lists import list_names
from facilitator.anonymizer.name_rules.word_bases import base_of

SPELLED = "fingerspelled"
"""The source of a name spelled letter by letter."""

_SPELLED = re.compile(r"(?<![\w-])[^\W\d_](?:[ \t]?[-–.][ \t]?[^\W\d_]){3,}(?![\w-])")
"""Four letters or more, each alone, joined by hyphens or dots ("E-R-K-E-B-U-L-A-N", "A.I.D.A")."""


def spelled_names(text: str) -> list[tuple[int, int]]:
    """Where ``text`` spells a listed name letter by letter, upper or lower case; its letters joined
    must be the name or a case form of it ("a-s-e-l"; not "A-B-C-D", not "Q.E.D.").
    Only where a hyphen or a dot stands between single letters is anything looked up."""
    found = []
    for match in _SPELLED.finditer(text):
        word = "".join(c for c in match.group() if c.isalpha())
        if len(word) >= 4 and base_of(word.capitalize(), list_names()) is not None:
            found.append((match.start(), match.end()))
    return found

"""An initial with its dot alone in quotes ("faqat «A.» deb yozaman", "«Б.» бүгүн келди"): how a
writer chooses to call someone in the notes, a person; quoted, it is no class's letter ("9 «А»"
has no dot) nor an abbreviation inside a sentence. Read by one regular expression over the note."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from facilitator.anonymizer.spans import Kind, Span

QUOTED_INITIAL = "quoted-initial"
"""The source of an initial standing alone in quotes."""

_QUOTED_INITIAL = re.compile(r"[«\"“„‘']([^\W\d_])\.[»\"”“’']")


def quoted_initials(text: str, found: Sequence[Span]) -> Iterator[Span]:
    """The capital initials with a dot alone in quotes that no span of ``found`` holds."""
    for match in _QUOTED_INITIAL.finditer(text):
        start, end = match.start(1), match.end(1) + 1
        if not match.group(1).isupper() or any(s.start < end and start < s.end for s in found):
            continue
        yield Span(start, end, Kind.NAME, QUOTED_INITIAL, match.group(1).casefold())

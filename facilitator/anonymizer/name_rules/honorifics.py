"""Titles and honorifics beside a name that the name lists need not know.

- an English title ("Ms. Holm", "Dr Petersen", "Mr. Okafor"): the capitalised word right after it is
  a surname, a person, whatever the lists say of it (``titled_names``);
- an honorific of the region ending in a glide ("apaı", "ағай": a vowel and й) takes the accusative
  "-dy"/"-ды" after that й ("Aıdana apaıdy shaqyrý": invite Aidana apai), which is not the past
  tense of a verb ending in a vowel ("atady": named) (``glide_end``).

Read only where a title stands (a regular expression over the note), no step a word of the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from facilitator.anonymizer.spans import Kind, Span

TITLED = "titled"
"""The source of a name found after an English title."""

_TITLED = re.compile(
    r"(?<![\w.])(?:Mrs|Mr|Ms|Miss|Dr)\.?[ \t]{1,2}"
    r"([^\W\d_]+(?:[-'’][^\W\d_]+)?)(?![\w@])"
)
"""A title, then a capitalised word ("Ms. Holm", "Dr O'Neill", "Mrs Ahmed-Khan")."""


def titled_names(text: str, found: Sequence[Span], public: Sequence[tuple[int, int]] = ()) -> Iterator[Span]:
    """The capitalised words right after an English title that no span of ``found`` and no public
    phrase holds, with the title: "(Ms. Holm)", "for Dr Petersen": surnames the lists may not know."""
    for match in _TITLED.finditer(text):
        start, end = match.span(1)
        word = match.group(1)
        if not word[0].isupper() or (word.isupper() and len(word) > 1):
            continue  # "Dr. who", "Dr. WHO": no surname
        if any(s.start < end and start < s.end for s in found) or any(s <= start < e for s, e in public):
            continue
        yield Span(match.start(), end, Kind.NAME, TITLED, word.casefold())


def glide_end(shape: str) -> bool:
    """A skeleton ending in a vowel and a glide ("apai", "agai", "tatei"): an honorific whose "-di"
    after it is the accusative, not a past tense."""
    return len(shape) >= 3 and shape[-1] == "i" and shape[-2] in "aeou"

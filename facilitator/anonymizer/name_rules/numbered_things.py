"""A capitalised word right before a number sign ("Ҳуҷра №7", "Кабинет № 12", "Мектеп №3") is the
noun of a numbered thing, a room, a school, a bus, a form; a note numbers no person so.

names.py asks it of what only the shape of a word made a name (an unknown word opening a sentence).
"""

from __future__ import annotations

import re

_NUMBER_SIGN_AFTER = re.compile(r"[ \t]*(?:№|N°|Nº)[ \t]*\d")


def numbered_after(text: str, end: int) -> bool:
    """A number sign and a number follow the word ending at ``end``."""
    return _NUMBER_SIGN_AFTER.match(text, end) is not None

"""Programme and facilitator codes: assigned by the programme, never a name.

Upper-case letters (A-Z), digits and hyphens, 2 to 16 characters, starting with a letter or a
digit ("KZ-YM-2027", "F017"). Lower-case letters are upper-cased; anything else is refused, so a
name typed by mistake ("Aigerim") is at least visibly odd, and Cyrillic or spaces never pass.
"""

from __future__ import annotations

import re

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}$")
CODE_RULE = "2 to 16 letters A-Z, digits or hyphens, starting with a letter or digit"


class CodeError(ValueError):
    """A code that breaks the rule; the message names the field."""


def checked_code(value: object, field: str) -> str:
    """``value`` as a code (upper-cased, trimmed), or ``CodeError`` naming ``field``."""
    if not isinstance(value, str):
        raise CodeError(f"{field}: expected a code ({CODE_RULE}), got {type(value).__name__}")
    code = value.strip().upper()
    if not CODE_PATTERN.fullmatch(code):
        raise CodeError(f"{field}: expected a code ({CODE_RULE}), got {value!r}")
    return code

"""The session's figures, asked for when it ends: how many took part, their age band, the town.

They are structured fields of the session record (the town is the only free text), checked here
before they reach the store, so the report, ``sessions list`` and an import all see the same
bounded values.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal, get_args

from facilitator.sessions.store import Store

MIN_PARTICIPANTS = 1
MAX_PARTICIPANTS = 200
MAX_TOWN_LENGTH = 80
MAX_TOWN_WORDS = 5
_NOT_A_PLACE = re.compile(r"[\d@/]|\bwww\.", re.IGNORECASE)
"""A digit, an e-mail's or a link's mark: a phone, an address or a handle typed in the wrong field."""
AgeBand = Literal["14-17", "18-24", "25-35", "mixed"]
AGE_BANDS: tuple[str, ...] = get_args(AgeBand)
"""The age bands a facilitator can choose from (optional): ids, shown in the report's language."""


class FiguresError(ValueError):
    """A figure out of bounds; the message names the field and what is expected."""


@dataclass(frozen=True)
class SessionFigures:
    participants: int | None = None
    age_band: str | None = None
    town: str | None = None

    @property
    def complete(self) -> bool:
        """The participant count (required) is known; the age band and the town are optional."""
        return self.participants is not None


def checked_figures(participants: int, age_band: str | None, town: str | None) -> SessionFigures:
    """The figures as they will be stored, or ``FiguresError`` naming the field that is wrong."""
    if isinstance(participants, bool) or not isinstance(participants, int):
        raise FiguresError(f"participants: expected a whole number, got {participants!r}")
    if not MIN_PARTICIPANTS <= participants <= MAX_PARTICIPANTS:
        raise FiguresError(
            f"participants: expected {MIN_PARTICIPANTS} to {MAX_PARTICIPANTS}, got {participants}"
        )
    if age_band is not None and age_band not in AGE_BANDS:
        raise FiguresError(f"age band: expected one of {', '.join(AGE_BANDS)}, got {age_band!r}")
    return SessionFigures(participants, age_band, _checked_town(town))


def _checked_town(town: str | None) -> str | None:
    if town is None:
        return None
    cleaned = " ".join(town.split())
    if any(unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise FiguresError("town: expected a place name, got control characters")
    if len(cleaned) > MAX_TOWN_LENGTH:
        raise FiguresError(f"town: expected at most {MAX_TOWN_LENGTH} characters")
    if _NOT_A_PLACE.search(cleaned) or len(cleaned.split()) > MAX_TOWN_WORDS:
        raise FiguresError(TOWN_EXPECTED)
    return cleaned or None


TOWN_EXPECTED = (
    f"town: expected the name of a town or district, in at most {MAX_TOWN_WORDS} words, without "
    "digits, e-mail or links (a phone or an address does not belong here)"
)


def checked_town(town: str) -> str:
    """``town`` as it is stored (spaces made single), or ``ValueError`` saying what a town is."""
    try:
        return _checked_town(town) or ""
    except FiguresError as exc:
        raise ValueError(str(exc).removeprefix("town: ")) from None


def read_figures(store: Store, session_id: str) -> SessionFigures:
    info = store.session(session_id)
    return SessionFigures(info.participants, info.age_band, info.town)


def record_figures(store: Store, session_id: str, figures: SessionFigures) -> None:
    """Commit the figures (checked again: nothing unbounded reaches the record)."""
    checked = checked_figures(
        figures.participants if figures.participants is not None else 0, figures.age_band, figures.town
    )
    store.execute(
        "the session's figures",
        "UPDATE sessions SET participants = ?, age_band = ?, town = ? WHERE id = ?",
        (checked.participants, checked.age_band, checked.town, session_id),
    )

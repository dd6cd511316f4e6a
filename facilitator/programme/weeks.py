"""ISO weeks: the finest time a summary carries ("2026W48", the DHIS2 weekly period)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

WEEK_PATTERN = re.compile(r"^(\d{4})W(\d{1,2})$")


def iso_week(wall: float) -> str:
    """The ISO week (local time) of a wall-clock timestamp, as DHIS2 writes it: ``2026W48``."""
    year, week, _ = datetime.fromtimestamp(wall).isocalendar()
    return f"{year}W{week}"


def week_thursday(week: str) -> date:
    """The Thursday of ``week`` (which decides its month, as ISO decides its year); ``ValueError``
    for a string that is not an ISO week."""
    match = WEEK_PATTERN.fullmatch(week)
    if not match:
        raise ValueError(f"expected an ISO week such as 2026W48, got {week!r}")
    year, number = int(match.group(1)), int(match.group(2))
    thursday = date.fromisocalendar(year, number, 4)  # ValueError for week 53 of a 52-week year
    return thursday


def week_month(week: str) -> str:
    """The month a week is counted in when summaries are added up by month: its Thursday's."""
    return week_thursday(week).strftime("%Y-%m")


def week_start(week: str) -> date:
    return week_thursday(week) - timedelta(days=3)

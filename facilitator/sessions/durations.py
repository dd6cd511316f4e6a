"""Durations as people write them in plans: ``10``, ``"10m"``, ``"90s"``, ``"1h30m"``."""

from __future__ import annotations

import math
import re

MAX_SECONDS = 12 * 3600

_UNIT_SECONDS = {"h": 3600, "m": 60, "min": 60, "s": 1, "sec": 1}
_PART = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(h|min|m|sec|s)\s*")
_EXPECTED = 'expected minutes like 10 or "10m"'


def parse_duration(value: object) -> int:
    """Return whole seconds for a plan duration, or raise ``ValueError`` saying what was expected."""
    if isinstance(value, bool):
        raise ValueError(f"{_EXPECTED}, got {value!r}")
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):  # YAML's .inf and .nan
            raise ValueError(f"{_EXPECTED}, got {value!r}")
        if abs(value) > MAX_SECONDS:  # before float(): a huge integer does not fit in one
            limit = "at most 12 hours" if value > 0 else "a positive duration"
            raise ValueError(f"expected {limit}, got {value!r}")
        seconds = round(float(value) * 60)
    elif isinstance(value, str):
        seconds = _parse_text(value)
    else:
        raise ValueError(f"{_EXPECTED}, got {type(value).__name__}")
    if seconds <= 0:
        raise ValueError(f"expected a positive duration, got {value!r}")
    if seconds > MAX_SECONDS:
        raise ValueError(f"expected at most 12 hours, got {value!r}")
    return seconds


def _parse_text(text: str) -> int:
    stripped = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", stripped):
        return round(float(stripped) * 60)
    total = 0.0
    position = 0
    units_seen: set[str] = set()
    while position < len(stripped):
        match = _PART.match(stripped, position)
        if not match or match.end() == position:
            raise ValueError(f'{_EXPECTED}, got "{text}"')
        unit = match.group(2)
        canonical = {"min": "m", "sec": "s"}.get(unit, unit)
        if canonical in units_seen:
            raise ValueError(f'{_EXPECTED}, got "{text}"')
        units_seen.add(canonical)
        total += float(match.group(1)) * _UNIT_SECONDS[unit]
        position = match.end()
    if not units_seen:
        raise ValueError(f'{_EXPECTED}, got "{text}"')
    return round(total)


def format_minutes(seconds: float, units: tuple[str, str, str] = ("h", "m", "s")) -> str:
    """``"1h 05m"`` / ``"25m"`` / ``"45s"``: how the app shows a planned length (``units``: h, m, s)."""
    h, m, s = units
    whole = round(seconds)
    if whole < 60:
        return f"{whole}{s}"
    minutes, rest = divmod(whole, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{hours}{h} {minutes:02d}{m}" if hours else f"{minutes}{m}"
    return text + (f" {rest:02d}{s}" if rest else "")

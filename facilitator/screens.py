"""Where the audience window goes: a pure choice over screens described as values (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int
    is_primary: bool = False


def choose_audience_screen(
    screens: Sequence[ScreenInfo], console: ScreenInfo | None, remembered: str | None = None
) -> ScreenInfo | None:
    """The screen for the projector, or None (one screen: rehearsal mode, in a window).

    The remembered projector (by name) wins when present; otherwise the largest screen that is not
    the console's. It is never the console's screen.
    """
    others = [screen for screen in screens if screen != console]  # names can repeat (X screens)
    if not others:
        return None
    for screen in others:
        if screen.name == remembered:
            return screen
    return max(others, key=lambda s: (s.width * s.height, not s.is_primary))


def is_mirrored(screens: Sequence[ScreenInfo]) -> bool:
    """True when two screens show the same area: the laptop's display is being projected."""
    areas = [(s.x, s.y, s.width, s.height) for s in screens]
    return len(areas) != len(set(areas))


def laptop_screen(screens: Sequence[ScreenInfo]) -> ScreenInfo | None:
    """The console's screen (the laptop): the primary one, where the console is put
    (``choose_audience_screen`` never gives it to the projector); the first when none is marked."""
    return next((s for s in screens if s.is_primary), screens[0] if screens else None)


def centred_on(screen: ScreenInfo, width: int, height: int) -> tuple[int, int]:
    """The top-left corner that centres a ``width`` × ``height`` window on ``screen``, kept
    inside it (a window larger than the screen starts at its top-left corner)."""
    x = screen.x + max(0, (screen.width - width) // 2)
    y = screen.y + max(0, (screen.height - height) // 2)
    return x, y

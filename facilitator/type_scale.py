"""The audience screen's type: each role's size as a share of the screen's height, and whether it is
bold (the projector, its previews, the first frame and the slides PDF all size type from it)."""

from __future__ import annotations

TYPE_SCALE: dict[str, tuple[float, bool]] = {
    "title": (0.085, True),
    "text": (0.050, False),
    "items": (0.050, False),
    "questions": (0.052, False),
    "tallies": (0.055, True),
    "answers": (0.045, False),
    "bars": (0.045, False),
    "facts": (0.050, True),
    "sources": (0.030, False),
    "holding": (0.090, True),
    "closing": (0.050, False),
    "phase": (0.045, False),
    "progress": (0.030, False),
    "timer": (0.060, True),
}

"""What the screens show, computed without Qt: the audience slide and how a timer reads.

``AudienceSlide`` is built from a step's audience content only; the audience window accepts nothing
else, so a step's private facilitator content has no way onto the projector.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from facilitator.sessions.plan import AudienceContent, Plan


@dataclass(frozen=True)
class AudienceSlide:
    title: str
    content: AudienceContent
    number: int
    """1-based position of the step in the workshop."""
    total: int
    revealed: bool = False
    """Facts marked ``reveal`` are shown only once revealed."""
    image: Path | None = None
    """The audience image, resolved to a file (None when there is none or it is missing)."""


def slide_for(plan: Plan, index: int, revealed: bool = False, base_dir: Path | None = None) -> AudienceSlide:
    step = plan.steps[index]
    image = None
    if step.audience.image and base_dir is not None and (base_dir / step.audience.image).is_file():
        image = base_dir / step.audience.image
    return AudienceSlide(step.audience_title, step.audience, index + 1, len(plan.steps), revealed, image)


class TimerLevel(StrEnum):
    NORMAL = "normal"
    AMBER = "amber"
    RED = "red"
    OVERTIME = "overtime"


AMBER_SHARE = 0.20
RED_SHARE = 0.05


def timer_level(remaining: float, allotted: float) -> TimerLevel:
    """Normal, amber at 20 % left, red at 5 % left, overtime past zero (the presenters' convention)."""
    if remaining < 0:
        return TimerLevel.OVERTIME
    share = remaining / allotted if allotted > 0 else 0.0
    if share <= RED_SHARE:
        return TimerLevel.RED
    if share <= AMBER_SHARE:
        return TimerLevel.AMBER
    return TimerLevel.NORMAL


def clock_text(seconds: float) -> str:
    """``"12:05"`` counting down; ``"+1:30"`` counting up in overtime; hours when needed."""
    if seconds < 0:
        whole = math.floor(-seconds)
        sign = "+"
    else:
        whole = math.ceil(seconds)
        sign = ""
    minutes, secs = divmod(whole, 60)
    hours, minutes = divmod(minutes, 60)
    body = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return sign + body


def signed_minutes(seconds: float) -> str:
    """``"+5 min"`` behind, ``"−3 min"`` ahead, ``"on time"``."""
    minutes = round(seconds / 60)
    if minutes == 0:
        return "on time"
    return f"{'+' if minutes > 0 else '−'}{abs(minutes)} min"


AUDIENCE_WORDS: dict[str, dict[str, str]] = {
    "en": {"source": "Source", "guess": "Your guess? The answer comes next."},
    "ru": {"source": "Источник", "guess": "Ваша догадка? Ответ — дальше."},
    "kk": {"source": "Дереккөз", "guess": "Сіздің болжамыңыз? Жауабы — келесіде."},
}


def audience_word(language: str, key: str) -> str:
    return AUDIENCE_WORDS.get(language, AUDIENCE_WORDS["en"])[key]

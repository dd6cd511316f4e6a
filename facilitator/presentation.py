"""What the screens show, computed without Qt: the audience slide and how a timer reads.

``AudienceSlide`` is built from a step's audience content only; the audience window accepts nothing
else, so a step's private facilitator content has no way onto the projector.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from facilitator.sessions.plan import AudienceContent, Plan
from facilitator.sessions.plan_images import PlanImage


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
    """The audience image, a file checked when the plan loaded (None: none, or refused)."""


def slide_for(
    plan: Plan, index: int, revealed: bool = False, images: Sequence[PlanImage | None] = ()
) -> AudienceSlide:
    """The slide of step ``index``; ``images`` are the plan's checked images (``LoadedPlan.images``)."""
    step = plan.steps[index]
    checked = images[index] if index < len(images) else None
    image = checked.path if checked is not None else None
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


def signed_minutes(seconds: float, on_time: str = "on time", unit: str = "min") -> str:
    """``"+5 min"`` behind, ``"−3 min"`` ahead, ``"on time"``."""
    minutes = round(seconds / 60)
    if minutes == 0:
        return on_time
    return f"{'+' if minutes > 0 else '−'}{abs(minutes)} {unit}"


AUDIENCE_WORDS: dict[str, dict[str, str]] = {
    "en": {"source": "Source", "guess": "Your guess? The answer comes next."},
    "ru": {"source": "Источник", "guess": "Ваша догадка? Ответ — дальше."},
    "kk": {"source": "Дереккөз", "guess": "Сіздің болжамыңыз? Жауабы — келесіде."},
}


def audience_word(language: str, key: str) -> str:
    return AUDIENCE_WORDS.get(language, AUDIENCE_WORDS["en"])[key]


# type sizes as a share of the screen's height, and whether bold: the projector and the printed
# slides use the same scale, so the printout looks like the room's screen
TYPE_SCALE: dict[str, tuple[float, bool]] = {
    "title": (0.085, True),
    "text": (0.050, False),
    "items": (0.050, False),
    "questions": (0.052, False),
    "facts": (0.050, True),
    "sources": (0.030, False),
    "holding": (0.090, True),
    "progress": (0.030, False),
    "timer": (0.060, True),
}
SLIDE_ROLES = ("title", "text", "items", "questions", "facts", "sources")


def slide_texts(slide: AudienceSlide, language: str) -> dict[str, str]:
    """The text of each part of a slide, as the room sees it (hidden facts stay hidden)."""
    content = slide.content
    shown = [fact for fact in content.facts if slide.revealed or not fact.reveal]
    facts = [fact.text for fact in shown]
    if len(shown) < len(content.facts):
        facts.append(audience_word(language, "guess"))
    source_word = audience_word(language, "source")
    return {
        "title": slide.title,
        "text": content.text or "",
        "items": "\n".join(f"•  {item}" for item in content.items),
        "questions": "\n".join(f"{n}.  {q}" for n, q in enumerate(content.questions, 1)),
        "facts": "\n".join(facts),
        "sources": "\n".join(f"{source_word}: {source}" for source in dict.fromkeys(f.source for f in shown)),
        "progress": f"{slide.number} / {slide.total}",
    }

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

from facilitator.sessions.plan import AudienceContent, Fact, Plan
from facilitator.sessions.plan_images import PlanImage
from facilitator.sessions.state import SessionState, Status


@dataclass(frozen=True)
class AudienceSlide:
    title: str
    content: AudienceContent
    number: int
    """1-based position of the step in the workshop."""
    total: int
    revealed: bool = False
    """Every fact marked ``reveal`` is shown (printouts, previews of a plan)."""
    image: Path | None = None
    """The audience image, a file checked when the plan loaded (None: none, or refused)."""
    shown_reveals: int = 0
    """While not ``revealed``: how many of the facts marked ``reveal`` are shown, in order."""
    language: str = ""
    """The slide's language (a two-language projector shows each half in its own words)."""
    companion: AudienceSlide | None = None
    """The same step in the room's second language (``--language kk+ru``), shown beside this one."""


def slide_for(
    plan: Plan,
    index: int,
    revealed: bool = False,
    images: Sequence[PlanImage | None] = (),
    shown_reveals: int = 0,
) -> AudienceSlide:
    """The slide of step ``index``; ``images`` are the plan's checked images (``LoadedPlan.images``)."""
    step = plan.steps[index]
    checked = images[index] if index < len(images) else None
    image = checked.path if checked is not None else None
    number, total = index + 1, len(plan.steps)
    return AudienceSlide(
        step.audience_title, step.audience, number, total, revealed, image, shown_reveals, plan.language
    )


def shown_facts(slide: AudienceSlide) -> list[Fact]:
    """The facts the room sees: the plain ones and, in order, the answers revealed so far."""
    shown: list[Fact] = []
    reveals = 0
    for fact in slide.content.facts:
        if fact.reveal and not slide.revealed:
            reveals += 1
            if reveals > slide.shown_reveals:
                continue
        shown.append(fact)
    return shown


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
    "en": {
        "source": "Source",
        "guess": "Your guess? The answer comes next.",
        "closing": "Thank you for taking part today. Take care of yourselves and of each other.",
    },
    "ru": {
        "source": "Источник",
        "guess": "Ваша догадка? Ответ — дальше.",
        "closing": "Спасибо, что были сегодня с нами. Берегите себя и друг друга.",
    },
    "kk": {
        "source": "Дереккөз",
        "guess": "Сіздің болжамыңыз? Жауабы — келесіде.",
        "closing": "Бүгін бізбен бірге болғандарыңызға рахмет. Өздеріңізді де, бір-біріңізді де күтіңіздер.",
    },
}


def audience_word(language: str, key: str) -> str:
    return AUDIENCE_WORDS.get(language, AUDIENCE_WORDS["en"])[key]


@dataclass(frozen=True)
class AudienceTimer:
    """The time the room may see: never overtime (that is the console's), and the current phase."""

    text: str
    """The step's time left, ``"0:00"`` once it is up; empty when no timer is shown."""
    level: TimerLevel
    phase: str
    """The current phase's name and its time left (``"In pairs · 3:12"``); empty without phases."""
    companion_phase: str = ""
    """The same in the room's second language (a two-language projector), else empty."""


def audience_timer(state: SessionState, shown: bool = True) -> AudienceTimer:
    """What the projector's timer shows in ``state``: built from times and the phase's name only."""
    if state.status in (Status.NOT_STARTED, Status.ENDED):
        return AudienceTimer("", TimerLevel.NORMAL, "")
    remaining = max(0.0, state.remaining)
    # red in the last minutes helps the room wrap up; once time is up the room sees a calm 0:00,
    # never an overtime signal (the console shows the overtime)
    level = timer_level(remaining, state.step_allotted) if state.remaining > 0 else TimerLevel.NORMAL
    text = clock_text(remaining) if shown else ""
    phase = ""
    if state.phase is not None:
        phase = state.phase.label
        if shown:
            phase += " · " + clock_text(max(0.0, state.phase.remaining))
    return AudienceTimer(text, level, phase)


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
    "closing": (0.050, False),
    "phase": (0.045, False),
    "progress": (0.030, False),
    "timer": (0.060, True),
}
SLIDE_ROLES = ("title", "text", "items", "questions", "facts", "sources")


def slide_texts(slide: AudienceSlide, language: str) -> dict[str, str]:
    """The text of each part of a slide, as the room sees it (hidden facts stay hidden)."""
    content = slide.content
    shown = shown_facts(slide)
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

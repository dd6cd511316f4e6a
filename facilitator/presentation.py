"""What the screens show, computed without Qt: the audience slide and how a timer reads.

``AudienceSlide`` is built from a step's audience content only; the audience window accepts nothing
else, so a step's private facilitator content has no way onto the projector.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from facilitator.sessions.plan import AudienceContent, Fact, Plan, Tally
from facilitator.sessions.plan_images import PlanImage
from facilitator.sessions.state import SessionState, Status
from facilitator.sessions.tallies import distribution
from facilitator.type_scale import TYPE_SCALE as TYPE_SCALE  # where callers have found it

TallyCounts = Mapping[str, Mapping[str, int]]
"""Counts typed for one step: question id -> answer id -> count."""


@dataclass(frozen=True)
class TallyBar:
    """One answer's bar: how many in the room gave it, its share, and the national share if any."""

    label: str
    count: int
    percent: int
    national: float | None = None


@dataclass(frozen=True)
class TallyShown:
    """What the room may see of one tally. ``bars`` is empty (no count, no total, no share) until
    the threshold is reached; the national figure is shown with the room's bars, never before
    (on printed slides, with the statement)."""

    statement: str
    answers: tuple[str, ...]
    bars: tuple[TallyBar, ...] = ()
    national: str = ""
    source: str = ""


def tally_shown(tally: Tally, counts: Mapping[str, int]) -> TallyShown:
    question = tally.question()
    answers = tuple(answer.label for answer in question.answers)
    national = question.national
    text, source = (national.text, national.source) if national else ("", "")
    spread = distribution(question, counts)
    if not spread.shown:
        return TallyShown(question.statement, answers, (), text, source)
    bars = tuple(
        TallyBar(
            answer.label,
            count,
            spread.percent(answer.id),
            national.share_of(answer.id) if national else None,
        )
        for answer, (_, count) in zip(question.answers, spread.counts, strict=True)
    )
    return TallyShown(question.statement, answers, bars, text, source)


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
    tallies: tuple[TallyShown, ...] = ()
    """The step's tallies as the room may see them (bars only from the threshold)."""
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
    tally_counts: TallyCounts | None = None,
) -> AudienceSlide:
    """The slide of step ``index``; ``images`` are the plan's checked images (``LoadedPlan.images``);
    ``tally_counts`` the counts typed for this step (none: the statements and answers only)."""
    step = plan.steps[index]
    checked = images[index] if index < len(images) else None
    image = checked.path if checked is not None else None
    number, total = index + 1, len(plan.steps)
    counts = tally_counts or {}
    tallies = tuple(tally_shown(tally, counts.get(tally.id, {})) for tally in step.audience.tallies)
    return AudienceSlide(
        step.audience_title,
        step.audience,
        number,
        total,
        revealed,
        image,
        shown_reveals,
        tallies,
        plan.language,
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
        "waiting": "The room's answers appear here once enough of you have answered.",
        "national": "National survey",
    },
    "ru": {
        "source": "Источник",
        "guess": "Ваша догадка? Ответ — дальше.",
        "closing": "Спасибо, что были сегодня с нами. Берегите себя и друг друга.",
        "waiting": "Ответы группы появятся здесь, когда ответит достаточно людей.",
        "national": "Опрос по стране",
    },
    "kk": {
        "source": "Дереккөз",
        "guess": "Сіздің болжамыңыз? Жауабы — келесіде.",
        "closing": "Бүгін бізбен бірге болғандарыңызға рахмет. Өздеріңізді де, бір-біріңізді де күтіңіздер.",
        "waiting": "Жеткілікті адам жауап бергенде, топтың жауаптары осында шығады.",
        "national": "Ел бойынша сауалнама",
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


# the type sizes (TYPE_SCALE) are in facilitator/type_scale.py: the projector and the printed
# slides use the same scale, so the printout looks like the room's screen
SLIDE_ROLES = ("title", "text", "items", "questions", "tallies", "answers", "facts", "sources")


def slide_texts(slide: AudienceSlide, language: str) -> dict[str, str]:
    """The text of each part of a slide, as the room sees it (hidden facts stay hidden)."""
    content = slide.content
    shown = shown_facts(slide)
    facts = [fact.text for fact in shown]
    if len(shown) < len(content.facts):
        facts.append(audience_word(language, "guess"))
    source_word = audience_word(language, "source")
    beside = [tally for tally in slide.tallies if tally.national and (tally.bars or slide.revealed)]
    facts += [tally.national for tally in beside]
    sources = [f.source for f in shown] + [tally.source for tally in beside]
    return {
        "title": slide.title,
        "text": content.text or "",
        "items": "\n".join(f"•  {item}" for item in content.items),
        "questions": "\n".join(f"{n}.  {q}" for n, q in enumerate(content.questions, 1)),
        "tallies": tally_text(slide.tallies),
        "answers": answers_text(slide.tallies, language, printed=slide.revealed),
        "facts": "\n".join(facts),
        "sources": "\n".join(f"{source_word}: {source}" for source in dict.fromkeys(sources)),
        "progress": f"{slide.number} / {slide.total}",
    }


def tally_text(tallies: Sequence[TallyShown]) -> str:
    """The statements the room answers (numbered when there are several)."""
    if len(tallies) == 1:
        return tallies[0].statement
    return "\n".join(f"{n}.  {tally.statement}" for n, tally in enumerate(tallies, 1))


def answers_text(tallies: Sequence[TallyShown], language: str, printed: bool = False) -> str:
    """Until the bars may be shown: the answers to choose from and a waiting line (not on paper);
    no count, no total, nothing that could tell who answered what."""
    waiting = [tally for tally in tallies if not tally.bars]
    if not waiting:
        return ""
    choices = list(dict.fromkeys("   ·   ".join(tally.answers) for tally in waiting))
    return "\n".join(choices if printed else [*choices, audience_word(language, "waiting")])

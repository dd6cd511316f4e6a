"""What the OSCE guidance asks of the facilitator's own work is in the app, in en, ru and kk.

Recommendation 6 (opinion leaders) is a library step the room works on, used in meeting 7. The aims
("what do you want to achieve"), goal 2 of the goals table, recommendations 3 (online learning) and
4 (external facilitators and experts), and monitoring, evaluation and accountability are private
guidance of the series: the facilitator reads them, the projector never shows them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import pytest

from facilitator.content import CONTENT_DIR
from facilitator.sessions.plan import Step
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.series_loader import LoadedSeries, load_series

LANGUAGES = ("en", "ru", "kk")
OPINION_LEADERS = "opinion-leaders"

# Each topic of the series guidance: in each language, phrases one guidance item must all contain.
GUIDANCE_TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "aims": {
        "en": ("what the programme wants to achieve", "childcare", "provider"),
        "ru": ("чего хочет добиться программа", "ухода за детьми", "добытчик"),
        "kk": ("бағдарлама неге қол жеткізгісі келеді", "бала күтіміне", "асыраушы"),
    },
    "goal 2": {
        "en": ("goal 2", "lead", "speeches are not enough"),
        "ru": ("цель 2", "лидерство", "речей мало"),
        "kk": ("2-мақсаты", "көшбасшылық", "құр сөз жеткіліксіз"),
    },
    "online learning (recommendation 3)": {
        "en": ("recommendation 3", "never instead of meeting in person", "opens no links"),
        "ru": ("рекомендация 3", "никогда не заменят живых встреч", "не открывает ссылок"),
        "kk": ("3-ұсынысы", "орнын ешқашан баспайды", "сілтеме ашпайды"),
    },
    "external facilitators and experts (recommendation 4)": {
        "en": ("recommendation 4", "women's rights organisation", "lawyer", "health worker", "a week ahead"),
        "ru": ("рекомендация 4", "женская правозащитная организация", "юрист", "медик", "за неделю"),
        "kk": ("4-ұсыныс", "әйелдер құқығын қорғайтын ұйым", "заңгер", "медицина", "бір апта бұрын"),
    },
    "self-reflection after each meeting": {
        "en": ("after each meeting", "self-reflection", "without names"),
        "ru": ("после каждой встречи", "саморефлексия", "без имён"),
        "kk": ("әр кездесуден кейін", "өзін-өзі талдау", "есімсіз"),
    },
    "evaluation and accountability": {
        "en": ("accountability", "before/after tallies", "summary", "women's rights organisation"),
        "ru": ("подотчётность", "подсчёты «до» и «после»", "итог программы", "правозащитную организацию"),
        "kk": ("есеп беру", "«дейін және кейін» санақтарын", "қорытындысын", "құқығын қорғайтын ұйым"),
    },
}


def series(language: str) -> LoadedSeries:
    return load_series(CONTENT_DIR / "series" / f"young-men-series.{language}.yaml")


def library_step(language: str, step_id: str) -> Step:
    library = load_plan(CONTENT_DIR / "library" / f"library.{language}.yaml").plan
    return next(step for step in library.steps if step.id == step_id)


def strings(value: Any) -> Iterator[str]:
    """Every string inside a (nested) dataclass, tuple or dict."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from strings(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from strings(item)


def word_runs(text: str, length: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+(?:['’]\w+)*", text.casefold())
    return {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_guidance_topic_is_one_item_of_the_series_guidance(language: str) -> None:
    guidance = [item.casefold() for item in series(language).series.guidance]
    for topic, phrases in GUIDANCE_TOPICS.items():
        wanted = [phrase.casefold() for phrase in phrases[language]]
        matching = [item for item in guidance if all(phrase in item for phrase in wanted)]
        assert len(matching) == 1, (language, topic, matching)
    assert not any("http" in item or "www." in item for item in guidance), "the app opens no links"


def test_the_guidance_has_as_many_items_in_every_language() -> None:
    counts = {language: len(series(language).series.guidance) for language in LANGUAGES}
    assert len(set(counts.values())) == 1, counts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_opinion_leaders_step_is_complete_and_used_in_meeting_7(language: str) -> None:
    step = library_step(language, OPINION_LEADERS)
    english = library_step("en", OPINION_LEADERS)
    assert step.audience.title and step.audience.text
    assert len(step.audience.items) == len(english.audience.items) >= 4
    assert len(step.facilitator.how_to_run) == len(english.facilitator.how_to_run) >= 4
    assert step.facilitator.purpose and step.facilitator.safety
    assert [link.cue for link in step.facilitator.resistance] == [
        link.cue for link in english.facilitator.resistance
    ]
    assert step.duration == english.duration
    meeting_7 = next(entry for entry in series(language).sessions if entry.number == 7)
    (used,) = [step for step in meeting_7.loaded.plan.steps if step.id == OPINION_LEADERS]
    # the library step as composed: only its time box may be shorter, to keep the session's buffer
    assert dataclasses.replace(used, duration=step.duration, phases=step.phases) == step
    assert used.duration <= step.duration and [p.label for p in used.phases] == [p.label for p in step.phases]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_private_guidance_reaches_what_the_room_sees(language: str) -> None:
    loaded = series(language)
    private: set[tuple[str, ...]] = set()
    for item in loaded.series.guidance:
        private |= word_runs(item, 6)
    opinion_leaders = library_step(language, OPINION_LEADERS)
    for text in strings(opinion_leaders.facilitator):
        private |= word_runs(text, 6)
    entries = (*loaded.sessions, *([loaded.follow_up] if loaded.follow_up else []))
    for entry in entries:
        for step in entry.loaded.plan.steps:
            for text in strings(step.audience):
                leaked = word_runs(text, 6) & private
                assert not leaked, (entry.path.name, step.id, sorted(leaked)[:3])

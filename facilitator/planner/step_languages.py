"""Which language each step of a plan is written in, read from its own words (no Qt).

A plan says its language once (``language: ru``), but the planner lets a facilitator add steps from
the library of any language: a Russian plan with one English step would project English to a
Russian room. Steps carry no language of their own, so it is read from their text: Latin letters
are English; Cyrillic with any of the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і) is Kazakh,
Cyrillic without them Russian.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

KAZAKH_ONLY = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_TEXT_FIELDS = ("title", "text", "items", "questions")


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)


def text_language(text: str) -> str | None:
    """ "en", "ru" or "kk" for a text, by its letters; None for a text with no letters."""
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    cyrillic = sum(1 for char in text if "\u0400" <= char <= "\u04ff")
    if not latin and not cyrillic:
        return None
    if latin > cyrillic:
        return "en"
    return "kk" if any(char in KAZAKH_ONLY for char in text) else "ru"


def step_language(step: Mapping[str, Any]) -> str | None:
    """The language of a step's words: its title, what the projector shows and its purpose."""
    audience = step.get("audience") if isinstance(step.get("audience"), dict) else {}
    facilitator = step.get("facilitator") if isinstance(step.get("facilitator"), dict) else {}
    words = [step.get("title")]
    words += [audience.get(field) for field in _TEXT_FIELDS]  # type: ignore[union-attr]
    words += [audience.get("facts"), facilitator.get("purpose")]  # type: ignore[union-attr]
    return text_language(" ".join(_texts(words)))


def languages_of_steps(steps: Sequence[Mapping[str, Any]]) -> dict[str, list[int]]:
    """Language -> the 1-based numbers of the steps written in it (steps with no words left out)."""
    found: dict[str, list[int]] = {}
    for number, step in enumerate(steps, start=1):
        language = step_language(step)
        if language is not None:
            found.setdefault(language, []).append(number)
    return found


def mixed_languages(document: Mapping[str, Any]) -> dict[str, list[int]]:
    """The steps by language when a plan's steps are not all in one language, or when they are all
    in a language other than the plan's; empty when every step speaks the plan's language."""
    steps = document.get("steps")
    found = languages_of_steps(steps if isinstance(steps, list) else [])
    if len(found) > 1 or (found and document.get("language") not in found):
        return found
    return {}

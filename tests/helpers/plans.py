"""Plans for tests, written as YAML the way a facilitator would write them."""

from __future__ import annotations

from collections.abc import Sequence

import yaml

from facilitator.sessions.plan import Plan, Step
from facilitator.sessions.plan_loader import LoadedPlan, parse_plan


def tally(threshold: int | None = None, national: dict[str, object] | None = None) -> dict[str, object]:
    """A tally block as a plan writes it: agree / not sure / disagree."""
    block: dict[str, object] = {
        "id": "enough-rights",
        "statement": "Women already have enough rights",
        "answers": [
            {"id": "agree", "label": "Agree"},
            {"id": "not-sure", "label": "Not sure"},
            {"id": "disagree", "label": "Disagree"},
        ],
    }
    if threshold is not None:
        block["threshold"] = threshold
    if national is not None:
        block["national"] = national
    return block


def plan_yaml(
    minutes: Sequence[int],
    fixed: Sequence[int] = (),
    phases: dict[int, list[int]] | None = None,
    reveals: dict[int, int] | None = None,
    tallies: dict[int, dict[str, object]] | None = None,
    buffer: int = 0,
) -> str:
    """``phases``: step -> phase minutes; ``reveals``: step -> how many answers it hides;
    ``tallies``: step -> a tally block (``tally()``); ``buffer``: minutes kept free, added to the
    target length."""
    steps = []
    for index, length in enumerate(minutes):
        step: dict[str, object] = {
            "id": f"step-{index}",
            "kind": "break" if index in fixed else "exercise",
            "title": f"Step {index}",
            "duration": f"{length}m",
            "audience": {"text": f"Audience text {index}"},
            "facilitator": {"purpose": f"Private purpose {index}", "how_to_run": ["Do it"]},
        }
        if index in fixed:
            step["fixed"] = True
        if phases and index in phases:
            step["phases"] = [
                {"label": f"Phase {n}", "duration": f"{m}m"} for n, m in enumerate(phases[index])
            ]
        if reveals and index in reveals:
            step["audience"] = {
                "text": f"Audience text {index}",
                "questions": [f"Guess {n}?" for n in range(reveals[index])],
                "facts": [
                    {"text": f"Answer {n} of step {index}", "source": f"Source {n}", "reveal": True}
                    for n in range(reveals[index])
                ],
            }
        if tallies and index in tallies:
            step["audience"] = {"text": f"Audience text {index}", "tallies": [tallies[index]]}
        steps.append(step)
    document = {
        "format": 1,
        "id": "test-plan",
        "title": "Test plan",
        "language": "en",
        "audience": "testers",
        "target_length": f"{sum(minutes) + buffer}m",
        "steps": steps,
    }
    if buffer:
        document = {**document, "buffer_minutes": buffer}
        document["steps"] = document.pop("steps")  # the steps stay last, as plans write them
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


def loaded_plan(minutes: Sequence[int], **kwargs: object) -> LoadedPlan:
    return parse_plan(plan_yaml(minutes, **kwargs).encode(), "test.yaml")  # type: ignore[arg-type]


def make_plan(minutes: Sequence[int], **kwargs: object) -> Plan:
    return loaded_plan(minutes, **kwargs).plan


def private_strings(step: Step) -> list[str]:
    """Every piece of a step's facilitator content: none of it may reach the room."""
    private = step.facilitator
    strings = [private.purpose, *private.how_to_run, *private.materials]
    strings += [text for text in (private.safety, private.shorten) if text]
    strings += [link.note for link in private.resistance if link.note]
    return strings

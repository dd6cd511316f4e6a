"""A plan whose steps are in more than one language (or all in another than the plan's): the
planner says which steps are in which language and what to do, and asks before a session starts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from facilitator.languages import LANGUAGE_NAMES
from facilitator.planner.step_languages import mixed_languages
from facilitator.ui import dialogs
from facilitator.ui.i18n import translate


def _name(language: object) -> str:
    return LANGUAGE_NAMES.get(str(language), str(language))


def warning(document: Mapping[str, Any]) -> str | None:
    """The warning for the plan, in the UI's language; None when its steps speak its language."""
    found = mixed_languages(document)
    if not found:
        return None
    plan = _name(document.get("language"))
    if len(found) == 1:
        other = _name(next(iter(found)))
        return translate(
            "Planner",
            "⚠ The plan's language is {plan}, but its steps are in {other}. Choose {other} as the plan's "
            "language (Language, above the agenda), or build the plan from the library in {plan}.",
        ).format(plan=plan, other=other)
    groups = "; ".join(
        f"{_name(language)}: {', '.join(str(number) for number in numbers)}"
        for language, numbers in found.items()
    )
    return translate(
        "Planner",
        "⚠ Steps in different languages (step numbers): {groups}. The plan's language is {plan}: the "
        "projector would show the other steps in their own language. Replace them with the same steps "
        "from the library in {plan} (its language box), or remove them.",
    ).format(groups=groups, plan=plan)


def may_start(parent: QWidget, document: Mapping[str, Any]) -> bool:
    """True when the steps speak the plan's language, or the facilitator chose to start anyway
    (No is the default: Enter does not start a room on the wrong language)."""
    said = warning(document)
    if said is None:
        return True
    question = translate("Planner", "Start the session anyway?")
    return dialogs.ask(
        parent,
        translate("Planner", "Steps in different languages"),
        f"{said.removeprefix('⚠ ')}\n\n{question}",
    )

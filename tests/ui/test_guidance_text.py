"""The facilitator's guidance reads as text: resistance named by what people say, never by an id."""

import re

import pytest

from facilitator.content import builtin_plan_files
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.step_panel import cue_statements, guidance_html

PLANS = [load_plan(path).plan for path in builtin_plan_files()]


@pytest.mark.parametrize("plan", PLANS, ids=lambda plan: plan.id)
def test_guidance_shows_no_cue_id_and_no_broken_list_ending(plan) -> None:  # type: ignore[no-untyped-def]
    statements = cue_statements(plan.language)
    for step in plan.steps:
        html = guidance_html(step, plan.language)
        for link in step.facilitator.resistance:
            assert link.cue not in html, (plan.id, step.id, link.cue)
            assert statements[link.cue] in html.replace("&#x27;", "'").replace("&quot;", '"')
        assert not re.search(r"[.!?]\s*;", html), (plan.id, step.id)


def test_the_russian_guidance_names_the_cue_in_russian() -> None:
    plan = next(plan for plan in PLANS if plan.language == "ru" and plan.type == "workshop")
    step = next(step for step in plan.steps if step.facilitator.resistance)
    html = guidance_html(step, "ru")
    assert cue_statements("ru")[step.facilitator.resistance[0].cue] in html
    assert cue_statements("en")[step.facilitator.resistance[0].cue] not in html

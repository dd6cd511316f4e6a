"""All sixteen case studies of the OSCE guidance (Annex 2) are steps, in every language."""

import pytest

from facilitator.content import CONTENT_DIR, DEFAULT_WORKSHOP
from facilitator.sessions.plan import StepKind
from facilitator.sessions.plan_loader import load_plan

# Annex 2, by thematic area; the paternity-leave case is the built-in workshop's own case-study step.
ANNEX_2 = {
    "participation": [
        "case-participation-gender-mainstreaming",
        "case-participation-respect-and-power",
        "case-participation-family-values",
    ],
    "economy": ["case-economy-drought-migration", "case-economy-microcredit-control"],
    "workplace": [
        "case-workplace-credit-for-ideas",
        "case-workplace-harassment",
        "case-workplace-security-stereotypes",
    ],
    "family": [
        "case-family-money-decisions",
        "case-family-sharing-chores",
        "case-family-decisions-affect-others",
    ],
    "well-being": [
        "case-wellbeing-healthy-lifestyle",
        "case-wellbeing-asking-for-help",
        "case-wellbeing-public-health",
        "case-wellbeing-stress-and-anger",
    ],
}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_library_and_the_workshop_hold_all_sixteen_case_studies(language: str) -> None:
    library = load_plan(CONTENT_DIR / "library" / f"library.{language}.yaml").plan
    workshop = load_plan(CONTENT_DIR / "plans" / f"{DEFAULT_WORKSHOP}.{language}.yaml").plan
    cases = {step.id: step for step in library.steps if step.kind is StepKind.CASE_STUDY}
    wanted = [case for area in ANNEX_2.values() for case in area]
    assert set(wanted) <= set(cases), sorted(set(wanted) - set(cases))
    assert any(step.kind is StepKind.CASE_STUDY and step.id == "case-study" for step in workshop.steps)
    assert len(wanted) + 1 == 16
    for case in wanted:
        step = cases[case]
        assert step.audience.text and len(step.audience.questions) >= 2 and step.facilitator.resistance

"""All sixteen case studies of the OSCE guidance (Annex 2) are steps, in every language."""

import re

import pytest

from facilitator.content import CONTENT_DIR, DEFAULT_WORKSHOP
from facilitator.sessions.plan import StepKind
from facilitator.sessions.plan_loader import load_plan

# Annex 2, by thematic area; the paternity-leave case is also the built-in workshop's case-study step.
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
        "case-family-paternity-leave",
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
    assert len(wanted) == 16
    for case in wanted:
        step = cases[case]
        assert step.audience.text and len(step.audience.questions) >= 2 and step.facilitator.resistance


# How many case studies the library's description claims, in words, per language (10 to 20).
NUMBER_WORDS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
    "ru": "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
    "восемнадцать девятнадцать двадцать",
    "kk": "он|он бір|он екі|он үш|он төрт|он бес|он алты|он жеті|он сегіз|он тоғыз|жиырма",
}
CASE_WORD = {"en": "case studies", "ru": "кейсов", "kk": "кейс"}


def said_number(language: str, description: str) -> int:
    """The number of case studies the description says, from the words just before "case studies"."""
    words = NUMBER_WORDS[language].split("|" if language == "kk" else " ")
    said = [
        number
        for number, word in enumerate(words, start=10)
        if re.search(rf"(?<!\w){word}\s+{CASE_WORD[language]}(?!\w)", " ".join(description.split()))
    ]
    assert len(said) == 1, (language, said, description)
    return said[0]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_library_description_says_how_many_case_studies_it_holds(language: str) -> None:
    library = load_plan(CONTENT_DIR / "library" / f"library.{language}.yaml").plan
    assert library.description is not None
    counted = sum(step.kind is StepKind.CASE_STUDY for step in library.steps)
    assert counted == 16
    assert said_number(language, library.description) == counted

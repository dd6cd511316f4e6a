import pytest

from facilitator.aids.cue_loader import builtin_cue_files, load_cues
from facilitator.content import builtin_plan_files
from facilitator.sessions.plan_loader import load_plan

LIBRARIES = {load_cues(path).language: load_cues(path) for path in builtin_cue_files()}
LINKED = {
    link.cue
    for path in builtin_plan_files()
    for step in load_plan(path).plan.steps
    for link in step.facilitator.resistance
}


def test_english_and_russian_libraries_exist_with_at_least_20_cues() -> None:
    assert {"en", "ru"} <= set(LIBRARIES)
    assert all(len(library.cues) >= 20 for library in LIBRARIES.values())


@pytest.mark.parametrize("language", sorted(LIBRARIES))
def test_every_cue_a_plan_links_to_exists(language: str) -> None:
    ids = {cue.id for cue in LIBRARIES[language].cues}
    assert ids >= LINKED, sorted(LINKED - ids)


@pytest.mark.parametrize("language", sorted(LIBRARIES))
def test_the_five_drivers_and_five_forms_with_facts_sourced(language: str) -> None:
    library = LIBRARIES[language]
    assert [d.id for d in library.drivers] == [
        "personal-beliefs",
        "lack-of-knowledge",
        "change-from-outside",
        "discomfort",
        "group-approval",
    ]
    assert {f.id: f.subtle for f in library.forms} == {
        "open-argument": False,
        "ridicule": True,
        "downplaying": True,
        "undermining-facilitator": True,
        "reinforcing-outside": True,
    }
    assert all(cue.fact.source.strip() for cue in library.cues if cue.fact)
    assert len(library.principles) >= 6


def test_every_language_has_the_same_cues() -> None:
    ids = {language: {cue.id for cue in library.cues} for language, library in LIBRARIES.items()}
    assert ids["ru"] == ids["en"] == ids.get("kk", ids["en"])

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from facilitator.aids.referrals import Service, ServiceKind
from facilitator.content import CONTENT_DIR, default_workshop
from facilitator.planner.checklist import checklist
from facilitator.planner.draft import Draft, document_of, new_document
from facilitator.planner.library import load_library
from facilitator.sessions.plan_loader import load_plan, parse_plan


def test_a_builtin_plan_round_trips_through_the_draft() -> None:
    plan = load_plan(default_workshop("ru")).plan
    draft = Draft(document_of(plan))
    assert draft.errors == () and draft.plan == parse_plan(draft.text().encode(), "x.yaml").plan
    assert draft.plan is not None and draft.plan.steps == plan.steps


def test_the_draft_reports_the_loaders_messages_and_totals() -> None:
    library = load_library()
    draft = Draft(new_document("Short", "en", 30))
    assert any("steps: expected at least one item" in str(e) for e in draft.errors)
    for item in library[:3]:
        draft.insert(len(draft.steps), item.document())
    draft.set(("steps", 0, "duration"), "ten")
    assert [str(e).split(": ", 1)[1] for e in draft.errors] == [
        'steps[0].duration: expected minutes like 10 or "10m", got "ten"'
    ]
    draft.set(("steps", 0, "duration"), 10)
    times = draft.clock_times(datetime(2026, 11, 24, 10, 0))
    assert times[0].strftime("%H:%M") == "10:00"
    assert times[1] == times[0].replace(minute=10)


def test_library_search_by_text_kind_theme_length_and_language() -> None:
    library = load_library()
    assert any(
        item.step.id == "group-agreement"
        for item in library
        if item.matches("agreement", None, None, None, "en")
    )
    films = [item for item in library if item.matches("", "film", None, None, "ru")]
    assert films and all(item.step.kind.value == "film" and item.language == "ru" for item in films)
    short = [item for item in library if item.matches("", None, None, 5, None)]
    assert short and all(item.minutes <= 5 for item in short)
    assert [i for i in library if i.matches("", None, "fatherhood", None, None)]


def test_the_checklist_follows_the_referral_sheet_and_the_plan() -> None:
    plan = load_plan(default_workshop("en")).plan
    today = date(2026, 11, 24)
    helpline = Service(
        "Helpline 150",
        ServiceKind.CRISIS_HELPLINE,
        "150",
        last_verified=today,
        country="KZ",
    )
    items = {i.id: i for i in checklist(plan, [helpline], "Aktobe", today, set())}
    assert not items["referrals"].done and "No local service for Aktobe" in items["referrals"].detail
    assert items["agreement"].done and items["check-out"].done
    assert not items["partner-informed"].done
    shelter = Service("Shelter", ServiceKind.SHELTER, "1", region="Aktobe", last_verified=today)
    items = {i.id: i for i in checklist(plan, [helpline, shelter], "Aktobe", today, {"partner-informed"})}
    assert items["referrals"].done and items["partner-informed"].done
    without_checkout = replace(plan, steps=plan.steps[:-1])
    items = {i.id: i for i in checklist(without_checkout, [helpline, shelter], "Aktobe", today, set())}
    assert not items["check-out"].done


def test_the_planner_checks_images_against_the_plan_folder_and_hands_the_console_checked_ones(
    tmp_path: Path,
) -> None:
    import yaml

    from tests.helpers.images import png_bytes, write_plan

    (tmp_path / "secret.png").write_bytes(png_bytes(8, 8))
    folder = tmp_path / "workshop"
    folder.mkdir()
    (folder / "map.png").write_bytes(png_bytes(30, 20))
    path = write_plan(folder, ["map.png", "../secret.png"])
    draft = Draft(yaml.safe_load(path.read_text(encoding="utf-8")), path=path)
    assert [w.path for w in draft.warnings] == ["steps[1].audience.image"]
    assert "outside the plan's folder" in str(draft.warnings[0])
    loaded = draft.loaded()
    assert loaded.images[0] is not None and loaded.images[0].path == (folder / "map.png").resolve()
    assert loaded.images[1] is None


def test_the_library_offers_every_built_in_library_step_in_kazakh_and_russian() -> None:
    library = load_library()
    libraries = {
        language: load_plan(CONTENT_DIR / "library" / f"library.{language}.yaml").plan
        for language in ("en", "ru", "kk")
    }
    ids = [step.id for step in libraries["en"].steps]
    assert len(ids) >= 24
    for language in ("ru", "kk"):
        offered = {
            item.step.id: item
            for item in library
            if item.language == language and item.source == libraries[language].title
        }
        assert list(offered) == ids, language
        assert offered["film-2"].step.title != libraries["en"].steps[ids.index("film-2")].title  # translated
    kazakh_films = [item for item in library if item.matches("", "film", None, None, "kk")]
    assert {"film-1", "film-2", "film-3", "film-4"} <= {item.step.id for item in kazakh_films}
    assert all(item.language == "kk" for item in kazakh_films)


def test_library_search_finds_a_step_by_how_it_is_run_in_another_ending() -> None:
    """A newcomer searching the Kazakh library for "a show of hands" finds the card vote: its title
    speaks of cards and figures, its instructions say "қол көтеріп"."""
    library = load_library()

    def found(query: str, language: str) -> set[str]:
        return {item.step.id for item in library if item.matches(query, None, None, None, language)}

    assert "room-tally-rights" in found("қол көтеру", "kk")
    assert "room-tally-rights" in found("карточки", "ru")
    assert "room-tally-rights" in found("show of hands", "en")
    assert "room-tally-rights" not in found("қол көтеру", "ru")
    assert "group-agreement" not in found("карточки", "ru")

"""The projector shows audience content only: checked for every step of every built-in plan."""

import pytest
from pytestqt.qtbot import QtBot

from facilitator.content import builtin_plan_files, builtin_workshop_in
from facilitator.presentation import AudienceSlide
from facilitator.sessions.plan import Plan, StepKind
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.audience_view import AudienceView, Display
from tests.helpers.films import with_films
from tests.helpers.plans import private_strings
from tests.ui.conftest import Rig, build_rig, close_rig


def let_up(rig: Rig, titles: list[str]) -> None:
    """A sensitive step waits on the holding screen (none of its text up) until the facilitator
    goes on, which this does."""
    if rig.bridge.held_back:
        assert rig.audience.view.display is Display.HOLDING
        assert not any(title in rig.audience.view.visible_text() for title in titles)
        rig.bridge.next()
        assert not rig.bridge.held_back and rig.audience.view.display is Display.SLIDE


def walk_every_step(rig: Rig, plans: list[Plan], where: str, films: bool = False) -> None:
    """Every step, every guess-then-reveal press: the projector, its live preview and the next-step
    preview show no private text of any plan on the projector; the live preview is the projector
    (its view, laid out at the projector's size, is what its picture shows);
    the next-step preview is what the projector shows after Next. With ``films`` (a film file named
    on every film step), a film step shows the film on both windows and no text over it, and the
    next-step preview before it shows the film's frame, with no text either."""
    plan = rig.bridge.plan
    secrets = [s for shown in plans for step in shown.steps for s in private_strings(step)]
    last = len(plan.steps) - 1
    for index, step in enumerate(plan.steps):
        if index:
            rig.bridge.jump(index)
        assert rig.bridge.index == index
        titles = [shown.steps[index].audience_title for shown in plans]
        let_up(rig, titles)
        hidden = sum(fact.reveal for fact in step.audience.facts)
        film = films and step.kind is StepKind.FILM
        assert rig.audience.showing_film is film, (where, step.id)
        assert rig.console.preview.showing_film is film, (where, step.id)
        if film:
            assert rig.audience.visible_text() == rig.console.preview.visible_text() == ""
        for shown_answers in range(hidden + 1):  # each guess-then-reveal press, then the last
            shown = rig.audience.view.visible_text()
            upcoming = rig.console.next_preview.visible_text()
            coming = index if shown_answers < hidden else index + 1  # the step the room sees next
            next_film = films and coming <= last and plan.steps[coming].kind is StepKind.FILM
            assert rig.console.next_preview.showing_film is next_film, (where, step.id, "next")
            if next_film:  # the film's first frame, as the projector will show it: no text
                assert upcoming == ""
            else:
                assert rig.console.next_preview.view.visible_text() == upcoming
            assert all(title in shown for title in titles), (where, step.id)
            live = rig.console.preview  # a picture of its own view, laid out at the projector's size
            assert live.view.size() == rig.audience.view.size() == live.room_screen.size()
            assert shown == live.view.visible_text()
            for secret in secrets:
                assert secret not in shown, (where, step.id, secret)
                assert secret not in live.view.visible_text(), (where, step.id, "live", secret)
                assert secret not in upcoming, (where, step.id, "next", secret)
            if shown_answers < hidden or index < last:
                rig.bridge.next()
                let_up(rig, [shown.steps[rig.bridge.index].audience_title for shown in plans])
                after = rig.audience.visible_text().splitlines()  # the film alone: none
                # what was previewed, plus only the running clock and phases (never previewed)
                assert set(upcoming.splitlines()) <= set(after), (where, step.id, "next")
                assert len(set(after) - set(upcoming.splitlines())) <= 3, (where, step.id, "next")
                if shown_answers < hidden:
                    continue
                rig.bridge.previous()  # back to this step, all its answers shown
                let_up(rig, titles)
            else:
                assert rig.console.next_preview.view.display is Display.CLOSING


@pytest.mark.films
@pytest.mark.parametrize("films", [False, True], ids=["as-shipped", "with-film-files"])
@pytest.mark.parametrize("path", builtin_plan_files(), ids=lambda p: p.name)
def test_no_facilitator_text_reaches_the_projector_or_the_previews(
    qtbot: QtBot, path, films, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Every step of every built-in plan, as shipped (film steps show their slide) and with a film
    file named on every film step (the film on screen: no text at all over it)."""
    if films and not any(step.kind is StepKind.FILM for step in load_plan(path).plan.steps):
        pytest.skip("no film step in this plan")
    rig = build_rig(qtbot, load_plan(with_films(path, tmp_path) if films else path))
    rig.bridge.start()
    try:
        walk_every_step(rig, [rig.bridge.plan], path.name, films)
    finally:
        close_rig(rig)


@pytest.mark.parametrize("pair", [("kk", "ru"), ("ru", "en")], ids="+".join)
def test_no_facilitator_text_of_either_language_reaches_a_two_language_projector(
    qtbot: QtBot, pair: tuple[str, str]
) -> None:
    first, second = (load_plan(builtin_workshop_in(language)) for language in pair)
    rig = build_rig(qtbot, second, first, companion_first=True)  # the console in the second
    assert rig.bridge.audience_languages == pair
    rig.bridge.start()
    try:
        walk_every_step(rig, [first.plan, second.plan], "+".join(pair))
    finally:
        close_rig(rig)


def test_the_audience_view_refuses_anything_but_an_audience_slide(qtbot: QtBot) -> None:
    view = AudienceView()
    qtbot.addWidget(view)
    step = load_plan(builtin_plan_files()[0]).plan.steps[0]
    with pytest.raises(TypeError):
        view.show_slide(step)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        view.show_slide(step.facilitator)  # type: ignore[arg-type]
    assert "facilitator" not in AudienceSlide.__dataclass_fields__


def test_revealed_facts_show_their_source_and_hidden_ones_do_not(qtbot: QtBot) -> None:
    plan = load_plan(builtin_plan_files()[0]).plan
    index, step = next((i, s) for i, s in enumerate(plan.steps) if any(f.reveal for f in s.audience.facts))
    view = AudienceView(plan.language)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    hidden = AudienceSlide(step.audience_title, step.audience, index + 1, len(plan.steps), revealed=False)
    view.show_slide(hidden)
    text = view.visible_text()
    assert all(fact.text not in text for fact in step.audience.facts if fact.reveal)
    assert "Your guess?" in text
    view.show_slide(
        AudienceSlide(step.audience_title, step.audience, index + 1, len(plan.steps), revealed=True)
    )
    text = view.visible_text()
    assert all(fact.text in text and f"Source: {fact.source}" in text for fact in step.audience.facts)


def test_a_step_image_is_shown_from_the_plan_folder(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    from facilitator.presentation import slide_for
    from facilitator.sessions.plan_loader import parse_plan
    from tests.helpers.plans import plan_yaml

    picture = QImage(400, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ff0000"))
    picture.save(str(tmp_path / "norms.png"))
    text = plan_yaml([10]).replace("audience:\n    text:", "audience:\n    image: norms.png\n    text:")
    loaded = parse_plan(text.encode(), "plan.yaml", base_dir=tmp_path)
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    view.show_slide(slide_for(loaded.plan, 0, images=loaded.images))
    view.layout().activate()
    image = view.findChild(type(view._image), "image")
    assert image.isVisible()
    centre = image.geometry().center()
    assert view.grab().toImage().pixelColor(centre) == QColor("#ff0000")
    missing = parse_plan(text.encode(), "plan.yaml")  # no folder known: no image, no error
    view.show_slide(slide_for(missing.plan, 0, images=missing.images))
    assert not image.isVisible()

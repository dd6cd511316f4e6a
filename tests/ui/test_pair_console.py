"""A two-language session: the projector shows both languages with one timer; the console's
guidance, agenda and next-step preview stay in (or show) what the facilitator needs."""

from facilitator.content import builtin_workshop_in
from facilitator.presentation import clock_text
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.pair_view import PairView
from tests.ui.conftest import build_rig, close_rig


def test_both_languages_on_the_projector_one_timer_guidance_in_the_facilitators(qtbot) -> None:  # type: ignore[no-untyped-def]
    kk, ru = load_plan(builtin_workshop_in("kk")), load_plan(builtin_workshop_in("ru"))
    rig = build_rig(qtbot, ru, kk, companion_first=True)  # kk+ru, the facilitator reads Russian
    try:
        view = rig.audience.view
        assert isinstance(view, PairView)
        assert kk.plan.title in view.visible_text() and ru.plan.title in view.visible_text()
        rig.bridge.start()
        index = next(i for i, step in enumerate(ru.plan.steps) if step.phases)
        rig.bridge.jump(index)
        shown = view.visible_text()
        assert kk.plan.steps[index].audience_title in shown and ru.plan.steps[index].audience_title in shown
        assert shown.count(clock_text(rig.bridge.state().remaining)) == 1  # one timer for the room
        assert kk.plan.steps[index].phases[0].label in shown and ru.plan.steps[index].phases[0].label in shown
        assert not view.side_by_side  # the rig's projector is 4:3: stacked
        rig.audience.resize(1600, 900)
        assert view.side_by_side
        assert view.visible_text().count(clock_text(rig.bridge.state().remaining)) == 1
        guidance = rig.console.step_panel.guidance.toPlainText()
        assert ru.plan.steps[index].facilitator.purpose in guidance  # Russian guidance
        assert kk.plan.steps[index].facilitator.purpose not in guidance
        upcoming = rig.console.next_preview.view.visible_text()
        for loaded in (kk, ru):
            assert loaded.plan.steps[index + 1].audience_title in upcoming
        rig.bridge.blank(rig.audience.view.display.BLACK)
        assert view.visible_text() == ""
        image = view.grab().toImage()
        middle = image.pixelColor(view.width() // 2, view.height() // 2)  # no divider on black
        assert (middle.red(), middle.green(), middle.blue()) == (0, 0, 0)
    finally:
        close_rig(rig)


def _bottom_space(pane) -> int:  # type: ignore[no-untyped-def]
    """Pixels between the half's last line of text and its bottom margin."""
    from PySide6.QtWidgets import QLabel

    pane.layout().activate()
    bottom = max(
        label.geometry().bottom() for label in pane.findChildren(QLabel) if label.isVisible() and label.text()
    )
    side, _top = pane._margins()
    return pane.height() - side - bottom


def test_the_two_halves_start_on_one_line_and_fill_their_height_at_1366x768(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Blind drive, kk+ru on a 1366×768 projector: the Kazakh half's type was smaller than the
    Russian half's with an empty band under it (its title, one word from wrapping onto a second
    line, held every line small), and with the timer hidden (T) the Russian title stood a row
    above the Kazakh one, whose top row kept only "5 / 12"."""
    from PySide6.QtGui import QFontMetrics

    kk, ru = load_plan(builtin_workshop_in("kk")), load_plan(builtin_workshop_in("ru"))
    rig = build_rig(qtbot, kk, ru)
    try:
        rig.audience.resize(1366, 768)
        rig.bridge.start()
        rig.bridge.jump(next(i for i, step in enumerate(kk.plan.steps) if step.id == "guess-the-figure"))
        view = rig.audience.view
        assert isinstance(view, PairView) and view.side_by_side
        for pane in view.panes:
            line = QFontMetrics(pane._labels["title"].font()).lineSpacing()
            assert _bottom_space(pane) < line, (
                pane.scale,
                _bottom_space(pane),
                line,
            )  # no empty line's worth
        rig.audience.toggle_timer()  # T: the timer off the projector
        tops = [pane._labels["title"].geometry().top() for pane in view.panes]
        assert abs(tops[0] - tops[1]) <= 2, tops  # the spacing under the row follows each half's type
        assert view.visible_text().count("5 / 12") == 1  # said once, in the first half
    finally:
        close_rig(rig)

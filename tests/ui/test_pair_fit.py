"""Two languages on the projector: every built-in step fits in each half, side by side on a wide
screen and stacked on a 4:3 one, with no text overflowing or cut (measured as in test_audience_fit):
the 2-hour workshop in every pair, and every session of the series and the step library in kk+ru."""

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.content import builtin_plan_files, builtin_workshop_in
from facilitator.presentation import slide_for
from facilitator.sessions.plan import Plan
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.audience_view import AudienceView
from facilitator.ui.pair_view import HALF_MIN_SCALE, PairView

PAIRS = [("kk", "ru"), ("ru", "kk"), ("en", "ru"), ("kk", "en")]


def assert_fits(pane: AudienceView, where: object) -> None:
    pane.layout().activate()
    for label in pane.findChildren(QLabel):
        if label.isVisible() and label.text():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, (where, label.objectName(), pane.scale)
            if not label.wordWrap():  # the top row (3 / 11, the phase, the timer) is never cut
                assert label.sizeHint().width() <= label.width(), (where, label.objectName())
    column = pane.layout().heightForWidth(pane.width())
    assert column <= pane.height(), (where, column, pane.height(), pane.scale)
    assert pane.scale >= HALF_MIN_SCALE


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=str)
@pytest.mark.parametrize("pair", PAIRS, ids="+".join)
def test_every_builtin_step_fits_in_both_languages(qtbot: QtBot, pair: tuple[str, str], size) -> None:  # type: ignore[no-untyped-def]
    first, second = (load_plan(builtin_workshop_in(language)).plan for language in pair)
    assert_every_step_fits(qtbot, (first, second), pair, size)


KAZAKH_FILES = [path for path in builtin_plan_files() if path.name.endswith(".kk.yaml")]


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=str)
@pytest.mark.parametrize("kazakh", KAZAKH_FILES, ids=lambda path: path.name.removesuffix(".kk.yaml"))
def test_every_step_of_the_series_and_the_library_fits_in_kazakh_and_russian(
    qtbot: QtBot, kazakh, size
) -> None:  # type: ignore[no-untyped-def]
    assert len(KAZAKH_FILES) >= 11  # the workshop, eight sessions, the follow-up, the library
    russian = kazakh.with_name(kazakh.name.replace(".kk.yaml", ".ru.yaml"))
    first, second = load_plan(kazakh).plan, load_plan(russian).plan
    assert [step.id for step in first.steps] == [step.id for step in second.steps]
    assert_every_step_fits(qtbot, (first, second), ("kk", "ru"), size)


def assert_every_step_fits(
    qtbot: QtBot, plans: tuple[Plan, Plan], pair: tuple[str, str], size: tuple[int, int]
) -> None:
    first, second = plans
    view = PairView(pair, (first.title, second.title))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    width, height = size
    assert view.side_by_side is (width / height >= 1.5)
    for index, step in enumerate(first.steps):
        other = slide_for(second, index, revealed=True)
        slide = replace(slide_for(first, index, revealed=True), companion=other)
        view.show_slide(slide)
        view.layout().activate()
        left, right = view.panes
        if view.side_by_side:
            assert left.height() == right.height() == height and left.width() + right.width() < width
        else:
            assert left.width() == right.width() == width and left.height() + right.height() < height
        for pane, language in zip(view.panes, pair, strict=True):
            assert_fits(pane, (language, first.id, step.id, size))
        assert second.steps[index].audience_title in view.visible_text()
        assert first.steps[index].audience_title in view.visible_text()

"""Long Russian and Kazakh text fits the projector: type shrinks, then wraps, never clipped."""

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.content import builtin_plan_files
from facilitator.presentation import slide_for
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.audience_view import MIN_SCALE, AudienceView


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080), (3840, 2160)], ids=str)
@pytest.mark.parametrize("path", builtin_plan_files(), ids=lambda p: p.name)
def test_every_builtin_slide_fits_without_clipping(qtbot: QtBot, path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    plan = load_plan(path).plan
    view = AudienceView(plan.language)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    for index in range(len(plan.steps)):
        view.show_slide(slide_for(plan, index, revealed=True))
        view.layout().activate()
        for label in view.findChildren(QLabel):
            if label.isVisible() and label.text():
                needed = label.heightForWidth(label.width())
                assert label.height() >= needed, (plan.steps[index].id, label.objectName(), view.scale)
        # the whole column (every label at its width, the spacing, the margins) fits the height:
        # labels squeezed below what their text needs would be clipped at the bottom
        column = view.layout().heightForWidth(view.width())
        assert column <= view.height(), (plan.steps[index].id, column, view.height(), view.scale)
        assert view.scale >= MIN_SCALE


def test_type_shrinks_for_long_text_and_stays_large_for_short(qtbot: QtBot) -> None:
    plan = load_plan(builtin_plan_files()[0]).plan
    view = AudienceView(plan.language)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    short = next(
        i for i, s in enumerate(plan.steps) if len(s.audience.items) + len(s.audience.questions) <= 1
    )
    view.show_slide(slide_for(plan, short))
    assert view.scale == 1.0
    longest = max(range(len(plan.steps)), key=lambda i: len(str(plan.steps[i].audience)))
    view.show_slide(slide_for(plan, longest, revealed=True))
    assert view.scale < 1.0

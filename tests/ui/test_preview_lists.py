"""The console's live preview is the projector scaled, lists and all: for every step with a list
(bullets, numbered questions or statements) in every built-in plan, in English, Russian and
Kazakh and on a two-language projector, the preview breaks each line where the projector does,
fits the same type size, and lays both halves out at the same size, at two projector sizes
reached by resizing (the hanging indent was once taken out because, after a resize, the preview
laid the lower half out at another size than the projector)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from facilitator.content import CONTENT_DIR
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.audience_view import AudienceView, Display
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.list_text import ListLabel
from facilitator.ui.live_preview import Preview
from facilitator.ui.pair_view import PairView
from facilitator.ui.session_bridge import SessionBridge

PLANS = sorted({path.name.rsplit(".", 2)[0] for path in (CONTENT_DIR / "plans").glob("*.yaml")})
ROOMS = ["en", "ru", "kk", "kk+ru"]
SIZES = [QSize(1920, 1080), QSize(1024, 768)]
"""Side by side and stacked halves on a two-language projector; reached one after the other."""


@dataclass
class Room:
    bridge: SessionBridge
    audience: AudienceWindow
    preview: Preview
    store: Store


@pytest.fixture
def room(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[Room]:
    plan, languages = request.param
    loaded = [
        load_plan(CONTENT_DIR / "plans" / f"{plan}.{language}.yaml") for language in languages.split("+")
    ]
    store = Store.open(database_path())
    bridge = SessionBridge(loaded[0], "plan.yaml", store, FakeClock(), None, None, *loaded[1:])
    audience = AudienceWindow(bridge)
    preview = Preview(bridge, audience)
    qtbot.addWidget(audience)
    qtbot.addWidget(preview)
    audience.resize(1366, 768)  # laid out once at another size first
    audience.show()
    preview.resize(480, 270)
    preview.show()
    bridge.start()
    yield Room(bridge, audience, preview, store)
    bridge.stop()
    audience.allow_close()
    store.close()


def panes(view: AudienceView | PairView) -> tuple[AudienceView, ...]:
    return view.panes if isinstance(view, PairView) else (view,)


def layout_of(view: AudienceView | PairView) -> list[tuple[object, ...]]:
    """Every half's size and fitted scale, and each visible label's place, type size and (for a
    list) the lines as drawn."""
    shown: list[tuple[object, ...]] = []
    for pane in panes(view):
        shown.append(("pane", pane.geometry().getRect(), pane.scale))
        for label in pane.findChildren(QLabel):
            if label.isVisibleTo(pane):
                lines = label.shown_lines() if isinstance(label, ListLabel) else label.text()
                shown.append(
                    (label.objectName(), label.geometry().getRect(), label.font().pixelSize(), lines)
                )
    return shown


def hanging_lines(view: AudienceView | PairView) -> int:
    """Wrapped list lines that start under their text, right of their bullet or number."""
    count = 0
    for pane in panes(view):
        for label in pane.findChildren(ListLabel):
            lines = label.shown_lines() if label.isVisibleTo(pane) else []
            marks = {line.y for line in lines if line.x == 0}
            count += sum(1 for line in lines if line.x > 0 and line.y not in marks)
    return count


def has_list(view: AudienceView | PairView) -> bool:
    return any(
        label.isVisibleTo(pane) and label.text()
        for pane in panes(view)
        for label in pane.findChildren(ListLabel)
    )


@pytest.mark.parametrize(
    "room", [(plan, languages) for plan in PLANS for languages in ROOMS], indirect=True, ids=str
)
def test_every_list_step_is_broken_and_fitted_in_the_preview_as_on_the_projector(room: Room) -> None:
    audience = [step.audience for step in room.bridge.plan.steps]
    with_lists = [
        index for index, shown in enumerate(audience) if shown.items or shown.questions or shown.tallies
    ]
    assert len(with_lists) >= 2  # every plan has lists: there is something to compare
    hanging = 0
    for size in SIZES:
        room.audience.resize(size)
        for index in with_lists:
            room.bridge.jump(index)
            if room.bridge.display is Display.HOLDING:
                room.bridge.next()  # a sensitive step: past the console's warning, it goes up
            QApplication.processEvents()
            projector, preview = room.audience.view, room.preview.view
            assert has_list(projector), index
            assert preview.size() == projector.size() == size
            assert layout_of(preview) == layout_of(projector), (size, index)
            hanging += hanging_lines(projector)
    assert hanging > 0  # and some of their lines wrapped under their text


def test_the_plans_are_all_here() -> None:
    assert len(PLANS) >= 10 and "young-men-equality-2h" in PLANS
    for plan in PLANS:
        for language in ("en", "ru", "kk"):
            assert Path(CONTENT_DIR / "plans" / f"{plan}.{language}.yaml").is_file()

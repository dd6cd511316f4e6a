"""The console's live preview: the projector's screen, laid out at the projector's own size and
scaled down, so what the facilitator sees is what the room sees, however small the column."""

from collections.abc import Iterator

import numpy
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.content import builtin_workshop_in
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.audience_view import AudienceView
from facilitator.ui.live_preview import Preview
from facilitator.ui.pair_view import PairView
from tests.ui.conftest import Rig, build_rig, close_rig

GUESS, PHASES = 4, 2
"""In the built-in 2-hour workshop: the guess-then-reveal step (three hidden figures) and a step
with phases (the phase's name and time left on the projector's top row)."""


@pytest.fixture
def pair(qtbot: QtBot) -> Iterator[Rig]:
    """A kk+ru session (the console in Kazakh) on a 1920×1080 projector."""
    kk, ru = load_plan(builtin_workshop_in("kk")), load_plan(builtin_workshop_in("ru"))
    rig = build_rig(qtbot, kk, ru)
    rig.audience.resize(1920, 1080)
    rig.bridge.start()
    yield rig
    close_rig(rig)


def revealed_guess_step(rig: Rig) -> None:
    step = rig.bridge.plan.steps[GUESS]
    assert step.id == "guess-the-figure" and sum(fact.reveal for fact in step.audience.facts) == 3
    rig.bridge.jump(GUESS)
    for _ in range(3):
        rig.bridge.next()  # each press reveals one figure
    assert rig.bridge.index == GUESS
    QApplication.processEvents()  # the projector lays its screen out


def same_picture(first: QImage, second: QImage) -> bool:
    """The same picture: same size, every pixel within a shade of anti-aliasing (Qt's glyph cache
    can smooth a letter's edge a few levels differently from one paint to the next); a line set one
    pixel off, another type size or another word differ by far more."""
    if first.size() != second.size():
        return False
    arrays = []
    for image in (first, second):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        data = numpy.frombuffer(image.constBits(), numpy.uint8).reshape(image.height(), -1)
        arrays.append(data[:, : image.width() * 4].astype(numpy.int16))
    difference = numpy.abs(arrays[0] - arrays[1])
    return int(difference.max()) <= 48 and int((difference > 0).sum()) < difference.size // 200


def assert_shows_the_projector(rig: Rig) -> None:
    preview, room = rig.console.preview, rig.audience.view
    assert isinstance(preview, Preview)
    assert preview.view.size() == room.size()  # laid out at the projector's size, not the column's
    assert preview.view.visible_text() == room.visible_text()
    assert same_picture(preview.room_screen.toImage(), room.grab().toImage())
    shown = preview.picture.pixmap()
    assert 0 < shown.width() <= preview.picture.width() and shown.height() <= preview.picture.height()
    assert abs(shown.width() / shown.height() - room.width() / room.height()) < 0.02


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1024, 768)], ids=["side-by-side", "stacked"])
def test_the_revealed_guess_step_in_kk_ru_is_the_projectors_screen_scaled(pair: Rig, size: QSize) -> None:
    pair.audience.resize(size)
    revealed_guess_step(pair)
    assert_shows_the_projector(pair)
    room, preview = pair.audience.view, pair.console.preview.view
    assert isinstance(room, PairView) and isinstance(preview, PairView)
    for room_pane, preview_pane in zip(room.panes, preview.panes, strict=True):
        assert preview_pane.scale == room_pane.scale  # the room's type sizes, not a squashed fit
    assert pair.console.preview.view.isHidden()  # never shown itself: only its picture


def test_the_live_preview_follows_the_projectors_size_and_the_timer_toggle(pair: Rig) -> None:
    revealed_guess_step(pair)
    pair.audience.resize(1280, 1024)  # another projector: the screen is laid out again at its size
    QApplication.processEvents()
    assert pair.console.preview.room_screen.size() == QSize(1280, 1024)
    assert_shows_the_projector(pair)
    pair.audience.toggle_timer()  # T: the room's timer goes, and so does the preview's
    QApplication.processEvents()
    assert_shows_the_projector(pair)


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1024, 768)], ids=["side-by-side", "stacked"])
@pytest.mark.parametrize("step", [GUESS, PHASES], ids=["timer", "timer-and-phase"])
def test_a_tick_redraws_only_the_timers_row_and_lays_no_text_out(
    pair: Rig, step: int, size: QSize, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair.audience.resize(size)  # stacked: the lower half's phase is in the middle of the screen
    pair.bridge.jump(step)
    QApplication.processEvents()
    preview = pair.console.preview
    phases = [line for line in preview.visible_text().splitlines() if " · " in line]
    assert len(phases) == (2 if step == PHASES else 0)  # each half names the phase and its time
    measured: list[AudienceView] = []
    needed_height = AudienceView._needed_height

    def counting(view: AudienceView, *args: object, **kwargs: object) -> int:
        measured.append(view)
        return needed_height(view, *args, **kwargs)

    monkeypatch.setattr(AudienceView, "_needed_height", counting)
    redraws, before = preview.redraws, preview.room_screen.cacheKey()
    pair.clock.advance(0.4)
    pair.bridge.timer_updated.emit()  # the same second: nothing at all is drawn
    assert preview.room_screen.cacheKey() == before and preview.redraws == redraws
    for _ in range(3):
        shown = pair.audience.view.visible_text()
        pair.clock.advance(1)
        pair.bridge.timer_updated.emit()
        assert pair.audience.view.visible_text() != shown  # the room's clock moved on
        QApplication.processEvents()
        assert_shows_the_projector(pair)  # the new digits are in the preview's picture
    assert preview.redraws == redraws  # only the timer's row was drawn again
    assert measured == []  # no fit of the slide's text, in the preview or on the projector

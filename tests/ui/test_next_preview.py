"""The console's next-step preview: laid out at the projector's own size, then scaled down."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from facilitator.content import builtin_workshop_in
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.audience_view import AudienceView, Display
from tests.ui.conftest import Rig, build_rig, close_rig


def test_the_next_screen_is_laid_out_at_the_projectors_size_and_kept_between_steps(rig: Rig) -> None:
    preview = rig.console.next_preview
    rig.bridge.start()
    assert preview.next_screen.size() == rig.audience.view.size() == QSize(1024, 768)
    assert isinstance(preview.view, AudienceView) and preview.view.isHidden()  # never shown itself
    room = AudienceView(rig.bridge.plan.language)  # the projector at the same size, one step on
    room.resize(rig.audience.view.size())
    room.show_slide(rig.bridge.next_slide())  # type: ignore[arg-type]
    room.show_timer(rig.bridge.next_timer(shown=True))  # the next step's time, as the room will see
    assert preview.view.scale == room.scale  # the same type size as the projector will use
    room.deleteLater()
    picture = preview.pixmap()
    assert 0 < picture.height() <= preview.height() and picture.width() <= preview.width()
    assert abs(picture.width() / picture.height() - 1024 / 768) < 0.02  # the projector's shape
    before = preview.next_screen.cacheKey()
    rig.clock.advance(30)
    rig.bridge.timer_updated.emit()  # a tick: nothing is laid out again
    assert preview.next_screen.cacheKey() == before
    upcoming = preview.next_screen.toImage()
    rig.bridge.next()
    assert preview.next_screen.cacheKey() != before
    assert rig.bridge.plan.steps[2].audience_title in preview.view.visible_text()
    QApplication.processEvents()  # the projector lays out its new slide
    shown = rig.audience.view.grab().toImage()  # what the room now sees: what was previewed
    assert upcoming == shown  # pixel for pixel: layout, type sizes, colours, the step's full time


def test_the_next_screen_follows_the_projectors_shape(rig: Rig) -> None:
    rig.audience.resize(1920, 1080)
    rig.bridge.start()
    assert rig.console.next_preview.next_screen.size() == QSize(1920, 1080)
    rig.audience.hide()  # rehearsal without a projector: a 16:9 screen is assumed
    rig.bridge.next()
    assert rig.console.next_preview.next_screen.size() == QSize(1920, 1080)
    rig.bridge.blank(Display.BLACK)
    assert rig.console.next_preview.view.display is Display.SLIDE  # the next content, not black


def test_a_two_language_next_screen_is_what_the_projector_shows_next(qtbot) -> None:  # type: ignore[no-untyped-def]
    kk, ru = load_plan(builtin_workshop_in("kk")), load_plan(builtin_workshop_in("ru"))
    rig = build_rig(qtbot, kk, ru)
    try:
        rig.audience.resize(1600, 900)  # side by side
        rig.bridge.start()
        QApplication.processEvents()
        for _ in range(3):
            upcoming = rig.console.next_preview.next_screen.toImage()
            rig.bridge.next()
            QApplication.processEvents()
            assert upcoming == rig.audience.view.grab().toImage(), rig.bridge.index
        rig.audience.resize(1024, 768)  # stacked: the preview follows at the next step
        rig.bridge.next()
        QApplication.processEvents()
        upcoming = rig.console.next_preview.next_screen.toImage()
        rig.bridge.next()
        QApplication.processEvents()
        assert upcoming == rig.audience.view.grab().toImage()
    finally:
        close_rig(rig)

"""Images on the projector: a refused or undecodable one shows as nothing (the text still projects);
a good one is decoded once, no larger than the biggest screen, and scaled once per size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from facilitator.presentation import TimerLevel, slide_for
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui import slide_images
from facilitator.ui.audience_view import AudienceView
from tests.helpers.images import png_bytes, png_claiming, png_with_bad_pixels, truncated_png, write_plan


@pytest.fixture
def images(monkeypatch: pytest.MonkeyPatch) -> slide_images.SlideImages:
    """A fresh decode cache, so each test counts its own decodes."""
    fresh = slide_images.SlideImages()
    monkeypatch.setattr(slide_images, "_shared", fresh)
    return fresh


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "secret.png").write_bytes(png_bytes(64, 64, (0, 255, 0)))
    plan_folder = tmp_path / "workshop"
    plan_folder.mkdir()
    return plan_folder


def _view(qtbot: QtBot, width: int = 1024, height: int = 576) -> AudienceView:
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    return view


def _image_label(view: AudienceView):  # type: ignore[no-untyped-def]
    return view.findChild(type(view._image), "image")


def _file(name: str, data: bytes) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        (folder / name).write_bytes(data)
        return name

    return make


BAD: dict[str, Callable[[Path], str]] = {
    "outside": lambda folder: "../secret.png",
    "truncated": _file("cut.png", truncated_png()),
    "huge-header": _file("wall.png", png_claiming(30000, 30000)),
    "text": _file("notes.png", b"hello\n" * 30),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_refused_image_shows_nothing_and_the_step_text_still_projects(
    qtbot: QtBot, folder: Path, images: slide_images.SlideImages, case: str
) -> None:
    loaded = load_plan(write_plan(folder, [BAD[case](folder)]))
    assert loaded.warnings  # the loader said why
    view = _view(qtbot)
    view.show_slide(slide_for(loaded.plan, 0, images=loaded.images))
    view.layout().activate()
    assert not _image_label(view).isVisible()
    assert "Audience text 0" in view.visible_text()
    picture = view.grab().toImage()
    greens = sum(
        picture.pixelColor(x, y) == QColor("#00ff00")
        for x in range(0, picture.width(), 16)
        for y in range(0, picture.height(), 16)
    )
    assert greens == 0  # the private picture next to the plan never reaches the room
    assert images.decodes == 0  # nothing refused is ever handed to a decoder


def test_an_image_only_a_decoder_can_judge_shows_nothing_and_is_tried_once(
    qtbot: QtBot, folder: Path, images: slide_images.SlideImages
) -> None:
    (folder / "odd.png").write_bytes(png_with_bad_pixels(40, 20))
    loaded = load_plan(write_plan(folder, ["odd.png"]))
    assert loaded.images[0] is not None  # the header is fine
    view = _view(qtbot)
    for _ in range(5):
        view.show_slide(slide_for(loaded.plan, 0, images=loaded.images))
        view.repaint()
    assert "Audience text 0" in view.visible_text()
    assert images.decodes == 1


def test_an_image_replaced_after_loading_is_judged_again_by_its_header(
    qtbot: QtBot, folder: Path, images: slide_images.SlideImages
) -> None:
    (folder / "map.png").write_bytes(png_bytes(40, 20))
    loaded = load_plan(write_plan(folder, ["map.png"]))
    (folder / "map.png").write_bytes(png_claiming(30000, 30000))  # 2.7 GB if decoded
    view = _view(qtbot)
    view.show_slide(slide_for(loaded.plan, 0, images=loaded.images))
    view.layout().activate()
    assert not _image_label(view).isVisible()
    assert "Audience text 0" in view.visible_text()


def test_a_large_image_is_decoded_once_and_scaled_once_per_size(
    qtbot: QtBot, folder: Path, images: slide_images.SlideImages
) -> None:
    (folder / "big.png").write_bytes(png_bytes(6000, 4000, (200, 30, 30)))
    loaded = load_plan(write_plan(folder, ["big.png", None]))
    with_image = slide_for(loaded.plan, 0, images=loaded.images)
    projector, preview = _view(qtbot, 1920, 1080), _view(qtbot, 480, 270)
    for view in (projector, preview):
        view.show_slide(with_image)
        view.layout().activate()
    keys = {view: _image_label(view).pixmap().cacheKey() for view in (projector, preview)}
    for second in range(30):  # a running timer, repaints, the same step shown again
        for view in (projector, preview):
            view.set_timer(f"9:{second:02d}", TimerLevel.NORMAL)
            view.show_slide(with_image)
            view.repaint()
    for view in (projector, preview):
        assert _image_label(view).pixmap().cacheKey() == keys[view]  # not scaled again
        assert _image_label(view).isVisible()
    projector.show_slide(slide_for(loaded.plan, 1, images=loaded.images))  # a step without image
    projector.show_slide(with_image)  # and back
    preview.resize(640, 360)  # a new size: scaled once more, from the decoded copy
    preview.layout().activate()
    assert _image_label(preview).pixmap().cacheKey() != keys[preview]
    assert _image_label(preview).pixmap().width() <= round(640 * 0.9)
    centre = _image_label(projector).geometry().center()
    assert projector.grab().toImage().pixelColor(centre) == QColor(200, 30, 30)
    assert images.decodes == 1  # the projector and the preview share one decode, kept throughout
    decoded = images.image(with_image.image)  # type: ignore[arg-type]
    assert decoded is not None
    cap = slide_images.projector_size()
    assert decoded.width() <= cap.width() and decoded.height() <= cap.height()  # not 6000×4000 in memory

"""Plan images: only regular image files inside the plan's folder, of a bounded size, checked once
when the plan loads; a refused image is a warning naming file, line and field, never a crash, and
the step still projects its text."""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.presentation import slide_for
from facilitator.sessions.plan_images import MAX_IMAGE_BYTES, check_image
from facilitator.sessions.plan_loader import LoadedPlan, load_plan
from tests.helpers.images import (
    png_bytes,
    png_claiming,
    png_with_bad_pixels,
    truncated_png,
    write_plan,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The plan's folder, next to a private picture that must never be projected."""
    (tmp_path / "secret.png").write_bytes(png_bytes(8, 8))
    (tmp_path / "secret.txt").write_text("password=hunter2", encoding="utf-8")
    plan_folder = tmp_path / "workshop"
    plan_folder.mkdir()
    return plan_folder


def _load(folder: Path, image: str) -> tuple[LoadedPlan, Path]:
    path = write_plan(folder, [image, None])
    return load_plan(path), path


def _image_line(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.strip().startswith("image:"))


def _symlink(target: str) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        (folder / "link.png").symlink_to(target)
        return "link.png"

    return make


def _file(name: str, data: bytes) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        return name

    return make


def _fifo(folder: Path) -> str:
    os.mkfifo(folder / "pipe.png")
    return "pipe.png"


def _directory(folder: Path) -> str:
    (folder / "folder.png").mkdir()
    return "folder.png"


def _sparse(folder: Path) -> str:
    path = folder / "huge.png"
    path.write_bytes(png_bytes(4, 4))
    os.truncate(path, MAX_IMAGE_BYTES + 1)  # as big as a 50 MB photo, without writing one
    return "huge.png"


def _absolute_secret(folder: Path) -> str:
    return str(folder.parent / "secret.png")


def _absolute_inside(folder: Path) -> str:
    (folder / "inside.png").write_bytes(png_bytes(4, 4))
    return str(folder / "inside.png")


BAD: dict[str, tuple[Callable[[Path], str], str]] = {
    "parent": (lambda folder: "../secret.png", "is outside the plan's folder"),
    "parent-through-sub": (lambda folder: "sub/../../secret.png", "is outside the plan's folder"),
    "absolute": (_absolute_secret, "is an absolute path"),
    "absolute-inside": (_absolute_inside, "is an absolute path"),
    "proc": (lambda folder: "/proc/self/environ", "is an absolute path"),
    "symlink-out": (_symlink("../secret.png"), "links outside the plan's folder"),
    "symlink-text": (_symlink("../secret.txt"), "links outside the plan's folder"),
    "symlink-proc": (_symlink("/proc/self/environ"), "links outside the plan's folder"),
    "symlink-device": (_symlink("/dev/zero"), "links outside the plan's folder"),
    "fifo": (_fifo, "is not a regular file"),
    "directory": (_directory, "is not a regular file"),
    "missing": (lambda folder: "nowhere.png", "image file not found"),
    "empty": (_file("empty.png", b""), "is empty"),
    "text": (_file("notes.png", b"These are not pixels.\n" * 40), "is not a PNG, JPEG, GIF or WebP image"),
    "truncated-png": (_file("cut.png", truncated_png()), "is cut short or damaged"),
    "truncated-jpeg": (_file("cut.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "is cut short or damaged"),
    "huge-pixels": (_file("wall.png", png_claiming(30000, 30000)), "is 30000×30000 pixels"),
    "too-wide": (_file("strip.png", png_claiming(20000, 10)), "is 20000×10 pixels"),
    "zero-size": (_file("zero.png", png_claiming(0, 10)), "is cut short or damaged"),
    "huge-file": (_sparse, "MB on disk"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_bad_image_is_refused_with_file_line_and_field_and_the_step_still_projects(
    folder: Path, case: str
) -> None:
    make, reason = BAD[case]
    name = make(folder)
    loaded, path = _load(folder, name)  # loads: a bad image never stops the workshop
    assert loaded.images[0] is None
    [warning] = loaded.warnings
    text = str(warning)
    assert text.startswith(f"{path}:{_image_line(path)}: steps[0].audience.image: "), text
    assert f'"{name}"' in text and reason in text, text
    assert "hunter2" not in text and "PATH=" not in text  # nothing of the file's content is quoted
    slide = slide_for(loaded.plan, 0, images=loaded.images)
    assert slide.image is None
    assert slide.content.text == "Audience text 0"


def test_an_image_whose_pixels_only_a_decoder_can_judge_passes_the_header_check(folder: Path) -> None:
    """The header check is cheap and decodes nothing: the decoders (screen, PDF) handle the rest."""
    (folder / "odd.png").write_bytes(png_with_bad_pixels(40, 20))
    loaded, _path = _load(folder, "odd.png")
    assert loaded.warnings == ()
    assert loaded.images[0] is not None and (loaded.images[0].width, loaded.images[0].height) == (40, 20)


def _pil(fmt: str, size: tuple[int, int], mode: str = "RGB", **options: object) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new(mode, size, (0, 128, 255)).save(buffer, format=fmt, **options)
    return buffer.getvalue()


GOOD: dict[str, Callable[[Path], str]] = {
    "png": _file("map.png", png_bytes(120, 80)),
    "png-in-subfolder": _file("images/map.png", png_bytes(120, 80)),
    "jpeg": lambda folder: _file("photo.jpg", _pil("JPEG", (120, 80)))(folder),
    "gif": lambda folder: _file("anim.gif", _pil("GIF", (120, 80)))(folder),
    "webp": lambda folder: _file("pic.webp", _pil("WEBP", (120, 80)))(folder),
    "jpeg-progressive": lambda folder: _file("p.jpg", _pil("JPEG", (120, 80), progressive=True))(folder),
    "webp-lossless": lambda folder: _file("l.webp", _pil("WEBP", (120, 80), lossless=True))(folder),
    "webp-extended": lambda folder: _file("x.webp", _pil("WEBP", (120, 80), "RGBA", icc_profile=b"\0" * 64))(
        folder
    ),
    "png-named-jpg": _file("named.jpg", png_bytes(120, 80)),
}


@pytest.mark.parametrize("case", GOOD, ids=list(GOOD))
def test_an_image_inside_the_folder_is_accepted_with_its_size(folder: Path, case: str) -> None:
    name = GOOD[case](folder)
    loaded, _path = _load(folder, name)
    assert loaded.warnings == ()
    image = loaded.images[0]
    assert image is not None
    assert image.path == (folder / name).resolve()
    assert (image.width, image.height) == (120, 80)
    assert slide_for(loaded.plan, 0, images=loaded.images).image == image.path
    assert loaded.images[1] is None


def test_a_symlink_that_stays_inside_the_folder_is_followed(folder: Path) -> None:
    (folder / "images").mkdir()
    (folder / "images" / "real.png").write_bytes(png_bytes(10, 10))
    (folder / "alias.png").symlink_to("images/real.png")
    loaded, _path = _load(folder, "alias.png")
    assert loaded.warnings == ()
    assert (
        loaded.images[0] is not None and loaded.images[0].path == (folder / "images" / "real.png").resolve()
    )


def test_without_a_folder_no_image_is_shown_and_nothing_is_read(folder: Path) -> None:
    from facilitator.sessions.plan_loader import parse_plan

    path = write_plan(folder, ["../secret.png"])
    loaded = parse_plan(path.read_bytes(), "plan.yaml")
    assert loaded.images == (None,)
    assert loaded.warnings == ()


def test_a_header_claiming_a_huge_size_is_judged_without_reading_pixels(tmp_path: Path) -> None:
    path = tmp_path / "wall.png"
    path.write_bytes(png_claiming(30000, 30000))
    assert path.stat().st_size < 200  # the file is tiny: its header alone must be refused
    with pytest.raises(ValueError, match="30000×30000 pixels"):
        check_image(tmp_path, "wall.png")


def test_a_jpeg_with_a_huge_frame_header_is_refused(tmp_path: Path) -> None:
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 30000, 30000, 1) + b"\x01\x11\x00"
    scan = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00" + b"\x12\x34" + b"\xff\xd9"
    (tmp_path / "wall.jpg").write_bytes(b"\xff\xd8" + frame + scan)
    with pytest.raises(ValueError, match="30000×30000 pixels"):
        check_image(tmp_path, "wall.jpg")


def test_odd_names_are_refused_with_a_readable_message(tmp_path: Path) -> None:
    (tmp_path / "loop-a.png").symlink_to("loop-b.png")
    (tmp_path / "loop-b.png").symlink_to("loop-a.png")
    with pytest.raises(ValueError, match=re.escape('"loop-a.png": a symlink loop')):
        check_image(tmp_path, "loop-a.png")
    with pytest.raises(ValueError, match=re.escape('"a\\u0000b.png"')):  # shown escaped
        check_image(tmp_path, "a\0b.png")
    with pytest.raises(ValueError, match=re.escape('"карта.png"')):  # Cyrillic names stay readable
        check_image(tmp_path, "карта.png")

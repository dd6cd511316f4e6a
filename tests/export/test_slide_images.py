"""`facilitator slides` with a plan's images: bad ones are left out with the loader's message, the
PDF is still written, and a good one is printed at a bounded resolution."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.export.slides import render_slides
from facilitator.sessions.plan_loader import load_plan
from tests.helpers.images import png_bytes, png_claiming, png_with_bad_pixels, truncated_png, write_plan
from tests.helpers.processes import run_cli

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler-utils not installed")


def _pdf_images(pdf: Path) -> list[tuple[int, int]]:
    """(width, height) of every picture embedded in ``pdf``."""
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listing.stdout.splitlines()[2:]]
    return [(int(row[3]), int(row[4])) for row in rows if row[2] == "image"]


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "secret.png").write_bytes(png_bytes(8, 8))
    plan_folder = tmp_path / "workshop"
    plan_folder.mkdir()
    (plan_folder / "good.png").write_bytes(png_bytes(3000, 1000, (0, 0, 255)))
    (plan_folder / "cut.png").write_bytes(truncated_png())
    (plan_folder / "notes.png").write_text("not an image\n" * 20, encoding="utf-8")
    (plan_folder / "wall.png").write_bytes(png_claiming(30000, 30000))
    (plan_folder / "odd.png").write_bytes(png_with_bad_pixels(40, 20))
    (plan_folder / "link.png").symlink_to("/proc/self/environ")
    return plan_folder


IMAGES = [
    "good.png",
    "../secret.png",
    str(Path("/proc/self/environ")),
    "link.png",
    "cut.png",
    "notes.png",
    "wall.png",
    "odd.png",
    None,
]


def test_slides_leave_out_bad_images_say_why_and_still_write_the_pdf(folder: Path, tmp_path: Path) -> None:
    plan = write_plan(folder, IMAGES)
    out = tmp_path / "slides.pdf"
    result = run_cli("slides", str(plan), "--out", str(out), timeout=120)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 0, result.stderr
    assert _pages(out) == len(IMAGES) + 1
    warnings = [line for line in result.stderr.splitlines() if line.endswith("(warning)")]
    # the same messages the loader gives (`plans validate`, the planner), one per bad image
    loaded = load_plan(plan)
    for warning in loaded.warnings:
        assert f"{warning} (warning)" in warnings
    assert len(loaded.warnings) == 6
    [decoder] = [w for w in warnings if '"odd.png"' in w]
    assert decoder.startswith(f"{plan}:") and "steps[7].audience.image" in decoder
    assert "cannot be decoded" in decoder
    assert len(warnings) == 7
    # only the good image is in the PDF, scaled to the printed box (≤ 200 dpi), not 3000 px wide
    [(width, height)] = _pdf_images(out)
    assert width <= 2300 and abs(width / height - 3.0) < 0.05


def test_the_same_image_on_several_steps_is_decoded_once(folder: Path, tmp_path: Path) -> None:
    from PIL import Image

    loaded = load_plan(write_plan(folder, ["good.png", "good.png", "images/../good.png"]))
    opened: list[object] = []
    original = Image.open

    def counting_open(*args: object, **kwargs: object) -> Image.Image:
        opened.append(args[0])
        return original(*args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Image, "open", counting_open)
        problems = render_slides(loaded.plan, tmp_path / "slides.pdf", loaded.images)
    assert problems == []
    assert opened == [(folder / "good.png").resolve()]
    assert len(_pdf_images(tmp_path / "slides.pdf")) == 3

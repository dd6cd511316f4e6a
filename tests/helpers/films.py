"""A plan folder with the committed test clips and film steps that name them.

tests/media/clip.mp4: 4 s of ffmpeg's testsrc (colour bars) at 320×180, 15 fps, H.264 baseline, with
a 440 Hz sine in AAC, 32 KB. tests/media/blue.mp4: 2 s of plain blue (#2050a0), same format. Made with
``ffmpeg -f lavfi -i testsrc=size=320x180:rate=15:duration=4 -f lavfi -i sine=frequency=440:duration=4
-c:v libx264 -preset veryslow -crf 32 -pix_fmt yuv420p -profile:v baseline -c:a aac -b:a 32k -ac 1
-shortest -movflags +faststart clip.mp4`` (``color=c=0x2050a0`` for the blue one)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

CLIP = Path(__file__).resolve().parent.parent / "media" / "clip.mp4"
BLUE = CLIP.with_name("blue.mp4")


def _step(index: int, kind: str, title: str, **audience: object) -> dict[str, object]:
    return {
        "id": f"step-{index}",
        "kind": kind,
        "title": title,
        "duration": "5m",
        "audience": {"title": title, "text": f"What the room reads on {title}", **audience},
        "facilitator": {"purpose": f"Private purpose {index}", "how_to_run": ["Private: press play"]},
    }


def film_plan_folder(folder: Path) -> Path:
    """``folder/plan.yaml``: an exercise, the clip, an exercise, a film whose file is missing, a
    film whose file is not a video, and the blue film; the clips copied beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(CLIP, folder / "clip.mp4")
    shutil.copyfile(BLUE, folder / "blue.mp4")
    (folder / "broken.mp4").write_bytes(b"this is not a film, only text with a film's name\n" * 40)
    steps = [
        _step(0, "exercise", "Before the film"),
        _step(1, "film", "The film", film="clip.mp4", questions=["Which rule did he break?"]),
        _step(2, "exercise", "After the film"),
        _step(3, "film", "The lost film", film="films/lost.mp4"),
        _step(4, "film", "The broken film", film="broken.mp4"),
        _step(5, "film", "The blue film", film="blue.mp4"),
    ]
    document = {
        "format": 1,
        "id": "film-plan",
        "title": "Film plan",
        "language": "en",
        "audience": "testers",
        "target_length": "30m",
        "steps": steps,
    }
    path = folder / "plan.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def with_films(plan: Path, folder: Path) -> Path:
    """A copy of ``plan`` in ``folder`` whose film steps all name the clip (copied beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(CLIP, folder / "clip.mp4")
    document = yaml.safe_load(plan.read_text("utf-8"))
    for step in document["steps"]:
        if step["kind"] == "film":
            step["audience"]["film"] = "clip.mp4"
    path = folder / plan.name
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
    return path

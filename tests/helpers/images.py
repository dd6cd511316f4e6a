"""Image files for tests, built byte by byte (no decoder involved), good and bad."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import yaml

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width: int, height: int, colour: tuple[int, int, int] = (255, 0, 0)) -> bytes:
    """A real, decodable RGB PNG of one colour."""
    row = b"\x00" + bytes(colour) * width
    pixels = zlib.compress(row * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")


def png_claiming(width: int, height: int) -> bytes:
    """A tiny, well-formed PNG whose header claims ``width``×``height``: decoding it would allocate
    width × height × 3 bytes (2.7 GB for 30000×30000)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")


def png_with_bad_pixels(width: int, height: int) -> bytes:
    """Chunks all in place (so the header check passes) but the pixel data is not zlib: only a
    decoder finds out."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    garbage = bytes(range(256)) * 4
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", garbage) + _chunk(b"IEND", b"")


def truncated_png(width: int = 64, height: int = 64) -> bytes:
    data = png_bytes(width, height)
    return data[: len(data) // 2]


def write_plan(folder: Path, images: list[str | None], name: str = "plan.yaml") -> Path:
    """A plan in ``folder`` whose step ``n`` shows ``images[n]`` (None: no image)."""
    steps = []
    for index, image in enumerate(images):
        audience: dict[str, object] = {"text": f"Audience text {index}"}
        if image is not None:
            audience["image"] = image
        steps.append(
            {
                "id": f"step-{index}",
                "kind": "exercise",
                "title": f"Step {index}",
                "duration": "10m",
                "audience": audience,
                "facilitator": {"purpose": f"Private purpose {index}", "how_to_run": ["Do it"]},
            }
        )
    document = {
        "format": 1,
        "id": "test-plan",
        "title": "Test plan",
        "language": "en",
        "audience": "testers",
        "target_length": f"{10 * len(images)}m",
        "steps": steps,
    }
    path = folder / name
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path

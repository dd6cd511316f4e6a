"""Plan images, checked once when a plan loads: only regular image files inside the plan's folder,
of a bounded size on disk and in pixels.

The check reads headers and chunk structure only; it decodes no pixels and needs no image library,
so a file that claims 30000×30000 pixels is refused before anything allocates for it. Whatever a
header cannot tell (damaged pixel data) is left to the decoders, which must also fail quietly.
"""

from __future__ import annotations

import json
import os
import stat
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePath

from facilitator.sessions.errors import FileError

MAX_IMAGE_BYTES = 32 * 1024 * 1024
MAX_IMAGE_SIDE = 16_384
MAX_IMAGE_PIXELS = 40_000_000
FORMATS = ("PNG", "JPEG", "GIF", "WebP")
_FORMAT_LIST = "PNG, JPEG, GIF or WebP"


class ImageRefused(ValueError):
    """Why an image will not be shown; the message quotes the name as the plan wrote it."""


@dataclass(frozen=True)
class PlanImage:
    """An image that passed the check: where it is and what its header says."""

    path: Path
    """The file itself, symlinks resolved, inside the plan's folder."""
    name: str
    """The name as the plan wrote it (for messages)."""
    format: str
    width: int
    height: int
    where: FileError | None = None
    """The plan's ``image`` field (file, line, field), for problems found later by a decoder."""

    def problem(self, reason: str) -> FileError:
        """``reason`` (a predicate: "cannot be decoded ...") about this image, at its field."""
        where = self.where or FileError("", 0, "", "")
        return FileError(where.file, where.line, where.path, f"image {_quoted(self.name)} {reason}")


def _quoted(name: str) -> str:
    """The name in double quotes, control characters escaped (Cyrillic and Kazakh kept as they are)."""
    return json.dumps(name, ensure_ascii=False)


def fits_limits(width: int, height: int) -> bool:
    """Whether an image of this size may be decoded (screen and PDF use the same limits)."""
    return 0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE and width * height <= MAX_IMAGE_PIXELS


def check_image(folder: Path, name: str) -> PlanImage:
    """The image ``name`` of a plan in ``folder``, or ``ImageRefused`` saying why it is not shown."""
    quoted = _quoted(name)
    if PurePath(name).is_absolute():
        raise ImageRefused(
            f"image {quoted} is an absolute path; put the image in the plan's folder and write its "
            'name relative to the plan (e.g. "images/map.png")'
        )
    try:
        base = folder.resolve()
        if not Path(os.path.normpath(base / name)).is_relative_to(base):
            raise ImageRefused(f"image {quoted} is outside the plan's folder; copy it into the folder")
        target = (base / name).resolve()
        if not target.is_relative_to(base):
            raise ImageRefused(
                f"image {quoted} links outside the plan's folder; copy the image itself into it"
            )
        info = os.stat(target)  # before any open: a FIFO or a device is never opened
    except ImageRefused:
        raise
    except FileNotFoundError:
        raise ImageRefused(f"image file not found: {quoted}") from None
    except OSError as exc:
        raise ImageRefused(f"cannot read image {quoted}: {exc.strerror}") from None
    except (RuntimeError, ValueError):  # a symlink loop; a NUL in the name
        raise ImageRefused(f"cannot read image {quoted}: a symlink loop or an unusable name") from None
    if not stat.S_ISREG(info.st_mode):
        raise ImageRefused(f"image {quoted} is not a regular file")
    if info.st_size == 0:
        raise ImageRefused(f"image {quoted} is empty")
    if info.st_size > MAX_IMAGE_BYTES:
        raise ImageRefused(
            f"image {quoted} is {info.st_size / 1024 / 1024:.1f} MB on disk; expected at most "
            f"{MAX_IMAGE_BYTES // 1024 // 1024} MB (a projector needs no more than 1920×1080 pixels)"
        )
    found = _inspect(str(target), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    if isinstance(found, str):
        raise ImageRefused(f"image {quoted} {found}")
    kind, width, height = found
    if not fits_limits(width, height):
        raise ImageRefused(
            f"image {quoted} is {width}×{height} pixels; expected at most {MAX_IMAGE_SIDE} a side and "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels (scale it down: 1920×1080 fills a projector)"
        )
    return PlanImage(target, name, kind, width, height)


@lru_cache(maxsize=256)
def _inspect(path: str, _device: int, _inode: int, size: int, _mtime: int) -> tuple[str, int, int] | str:
    """Format and size from the file's header, or what is wrong with it. Cached per version of the
    file, so the planner, which checks on every edit, reads each image once."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        return f"cannot be read: {exc.strerror}"
    with os.fdopen(descriptor, "rb") as file:
        opened = os.fstat(file.fileno())
        if not stat.S_ISREG(opened.st_mode) or opened.st_size > MAX_IMAGE_BYTES:
            return "changed while it was read"
        data = file.read(MAX_IMAGE_BYTES + 1)
    try:
        return image_header(data)
    except ImageRefused as exc:
        return str(exc)


def image_header(data: bytes) -> tuple[str, int, int]:
    """``(format, width, height)`` of a whole image file's bytes; ``ImageRefused`` (with the reason
    as a predicate, "is ...") when it is not an image or is cut short."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ("PNG", *_png(data))
    if data.startswith(b"\xff\xd8"):
        return ("JPEG", *_jpeg(data))
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return ("GIF", *_gif(data))
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ("WebP", *_webp(data))
    raise ImageRefused(f"is not a {_FORMAT_LIST} image")


def _damaged(kind: str) -> ImageRefused:
    return ImageRefused(f"is cut short or damaged (not a complete {kind} file)")


def _sized(kind: str, width: int, height: int) -> tuple[int, int]:
    if width <= 0 or height <= 0:
        raise _damaged(kind)
    return width, height


def _png(data: bytes) -> tuple[int, int]:
    position, size, seen, chunks = 8, None, set(), 0
    while True:
        if position + 12 > len(data) or chunks > 1_000_000:
            raise _damaged("PNG")
        length, kind = struct.unpack_from(">I4s", data, position)
        end = position + 12 + length
        if length > 0x7FFFFFFF or end > len(data):
            raise _damaged("PNG")
        if chunks == 0:
            if kind != b"IHDR" or length != 13:
                raise _damaged("PNG")
            size = struct.unpack_from(">II", data, position + 8)
        seen.add(kind)
        chunks += 1
        if kind == b"IEND":
            break
        position = end
    if size is None or b"IDAT" not in seen:
        raise _damaged("PNG")
    return _sized("PNG", *size)


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg(data: bytes) -> tuple[int, int]:
    position, size = 2, None
    while True:
        if position + 2 > len(data) or data[position] != 0xFF:
            raise _damaged("JPEG")
        while data[position + 1] == 0xFF:  # fill bytes before a marker
            position += 1
            if position + 2 > len(data):
                raise _damaged("JPEG")
        marker = data[position + 1]
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        if marker == 0xD9:
            raise _damaged("JPEG")  # the end before any picture
        if position + 4 > len(data):
            raise _damaged("JPEG")
        (length,) = struct.unpack_from(">H", data, position + 2)
        if length < 2 or position + 2 + length > len(data):
            raise _damaged("JPEG")
        if marker in _SOF:
            if length < 7:
                raise _damaged("JPEG")
            height, width = struct.unpack_from(">HH", data, position + 5)
            size = (width, height)
        if marker == 0xDA:  # start of scan: the picture follows and must reach its end marker
            if size is None or data.find(b"\xff\xd9", position + 2 + length) < 0:
                raise _damaged("JPEG")
            return _sized("JPEG", *size)
        position += 2 + length


def _gif(data: bytes) -> tuple[int, int]:
    if len(data) < 14 or not data.rstrip(b"\x00").endswith(b"\x3b"):
        raise _damaged("GIF")
    width, height = struct.unpack_from("<HH", data, 6)
    return _sized("GIF", width, height)


def _webp(data: bytes) -> tuple[int, int]:
    (riff_size,) = struct.unpack_from("<I", data, 4)
    if riff_size + 8 > len(data) or len(data) < 30:
        raise _damaged("WebP")
    kind = data[12:16]
    if kind == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack_from("<HH", data, 26)
        return _sized("WebP", width & 0x3FFF, height & 0x3FFF)
    if kind == b"VP8L" and data[20] == 0x2F:
        (bits,) = struct.unpack_from("<I", data, 21)
        return _sized("WebP", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if kind == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return _sized("WebP", width, height)
    raise _damaged("WebP")

"""Plan images decoded for the screens: each file decoded once, no larger than the biggest screen,
and shared by the projector and the console's preview (repaints and step changes decode nothing).

The plan loader has already checked each image (inside the plan's folder, a regular file, size on
disk and in pixels). The header is read again here before decoding, with Qt's reader, so a file
replaced since the plan loaded cannot make the decoder allocate gigabytes; a file that will not
decode is shown as nothing.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader

from facilitator.sessions.plan_images import FORMATS, fits_limits

BUDGET_BYTES = 192 * 1024 * 1024
"""Decoded images kept at most (the least recently shown are dropped first)."""
SMALLEST_CAP = QSize(1920, 1080)
_QT_FORMATS = {name.casefold() for name in FORMATS} | {"jpg"}
_log = logging.getLogger(__name__)


def projector_size() -> QSize:
    """The largest size an image needs on any screen (in device pixels), at least 1920×1080."""
    width, height = SMALLEST_CAP.width(), SMALLEST_CAP.height()
    for screen in QGuiApplication.screens():
        size = screen.geometry().size() * screen.devicePixelRatio()
        width, height = max(width, size.width()), max(height, size.height())
    return QSize(width, height)


class SlideImages:
    """Decoded images by file; ``decodes`` counts the files read (a file that failed counts once)."""

    def __init__(self, budget_bytes: int = BUDGET_BYTES) -> None:
        self._images: OrderedDict[Path, QImage | None] = OrderedDict()
        self._budget = budget_bytes
        self.decodes = 0

    def image(self, path: Path) -> QImage | None:
        """The image at ``path``, decoded the first time only; None when it cannot be shown."""
        if path in self._images:
            self._images.move_to_end(path)
            return self._images[path]
        image = self._decode(path)
        self._images[path] = image
        self._trim()
        return image

    def _decode(self, path: Path) -> QImage | None:
        self.decodes += 1
        reader = QImageReader(str(path))
        reader.setDecideFormatFromContent(True)
        reader.setAutoTransform(True)  # phone photos stand the right way up
        kind = bytes(reader.format().data()).decode("ascii", "replace").casefold()
        size = reader.size()  # from the header: nothing is decoded yet
        if kind not in _QT_FORMATS or not size.isValid() or not fits_limits(size.width(), size.height()):
            _log.warning(
                "image %s not shown: not a usable image (%s, %sx%s)",
                path.name,
                kind or "?",
                size.width(),
                size.height(),
            )
            return None
        cap = projector_size()
        if size.width() > cap.width() or size.height() > cap.height():
            reader.setScaledSize(size.scaled(cap, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            _log.warning("image %s not shown: %s", path.name, reader.errorString())
            return None
        return image

    def _trim(self) -> None:
        def used() -> int:
            return sum(image.sizeInBytes() for image in self._images.values() if image is not None)

        while len(self._images) > 1 and used() > self._budget:
            self._images.popitem(last=False)


_shared = SlideImages()


def shared() -> SlideImages:
    """The images every audience view uses (the projector and the preview share decodes)."""
    return _shared

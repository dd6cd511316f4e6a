"""Letting go of a QMediaPlayer before its window goes.

QtMultimedia's FFmpeg backend decodes and plays in threads of its own (a demuxer, a decoder and a
renderer per stream, and pooled threads that open the file), and they hand frames to the player's
video output and samples to its sound output. A player deleted with its window, children in the
order they were made, may outlive its outputs by a moment (the video item goes with the scene,
made first) or keep its threads running while the window is half destroyed. So a window that
closes releases its players first: stopped, the file let go of, both outputs detached, and the
player deleted at once, which joins its threads before anything else of the window goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QUrl

if TYPE_CHECKING:  # QtMultimedia loads with the first film, not at start
    from PySide6.QtMultimedia import QMediaPlayer


def release_player(player: QMediaPlayer) -> None:
    """Stop ``player``, detach its outputs and delete it now (on the main thread, never from one
    of its own signals)."""
    if not shiboken6.isValid(player):
        return
    player.stop()
    player.setSource(QUrl())  # the decoder's threads end here, while the outputs still exist
    # None detaches (the stubs say otherwise); the output, then a sink set on its own (the probe's)
    player.setVideoOutput(None)  # type: ignore[arg-type]
    player.setVideoSink(None)  # type: ignore[arg-type]
    player.setAudioOutput(None)  # type: ignore[arg-type]
    shiboken6.delete(player)

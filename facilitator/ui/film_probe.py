"""Does each film play? Before the session, the checklist has each film file decoded, silently and
one after another, until its first picture: a file that opens and shows a frame here plays on the
projector (same backend, same decoders). The first picture is kept (``frames``): the console's
next-step preview shows it, as the projector will show it, paused, when the film's step comes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from facilitator.ui.film_errors import NO_PICTURE, error_words
from facilitator.ui.film_release import release_player

PROBE_MS = 15_000
"""A film that shows no picture within this time is reported as not playing."""


class FilmProbe(QObject):
    checked = Signal(object)
    """One more film was tried (its path); ``results`` has the answer."""
    finished = Signal()

    def __init__(self, paths: Sequence[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = list(dict.fromkeys(paths))
        self.results: dict[Path, str] = {}
        """Each film tried: "" when it showed a picture, otherwise why not, in our English words
        (``film_errors.shown`` translates them)."""
        self.frames: dict[Path, QImage] = {}
        """Each film's first picture, once it showed one."""
        self._player: QMediaPlayer | None = None
        self._sink: QVideoSink | None = None
        self._current: Path | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(PROBE_MS)
        self._deadline.timeout.connect(lambda: self._done(NO_PICTURE))

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def start(self) -> None:
        if self._current is None:
            self._next()

    def add(self, path: Path) -> None:
        """Try ``path`` too (after those waiting), unless it was tried or waits already."""
        if path in self.results or path in self._queue or path == self._current:
            return
        self._queue.append(path)
        self.start()

    def release(self) -> None:
        """Its window is going: stop trying films and let go of the player now (``film_release``).
        Films not yet tried stay untried."""
        self._queue.clear()
        self._deadline.stop()
        self._current = None
        player, self._player = self._player, None
        if player is not None:
            release_player(player)

    def _next(self) -> None:
        if not self._queue:
            self._current = None
            self.finished.emit()
            return
        self._current = self._queue.pop(0)
        if self._player is None:
            self._player = QMediaPlayer(self)  # no sound output: the probe is silent
            self._sink = QVideoSink(self)
            self._player.setVideoSink(self._sink)
            self._sink.videoFrameChanged.connect(self._frame)
            self._player.errorOccurred.connect(lambda error, _text: self._done(error_words(error)))
        self._player.setSource(QUrl.fromLocalFile(str(self._current)))
        self._deadline.start()
        self._player.play()

    def _frame(self, frame: QVideoFrame) -> None:
        if not self._showing_current():
            return  # a late frame of the film tried before, queued before it was let go of
        if frame.isValid() and self._current is not None and self._current not in self.results:
            image = frame.toImage()
            if not image.isNull():
                self.frames[self._current] = image
            self._done("")

    def _showing_current(self) -> bool:
        """The player has opened the film being tried (its frames come only after that). Frames of
        the film before, sent by the decoder's threads before it stopped, reach ``_frame`` after
        the next film's ``setSource``, while that one is still loading: taken for its picture, a
        film that does not play would be said to play, with the other film's picture."""
        if self._player is None:
            return False
        _Status = QMediaPlayer.MediaStatus
        return self._player.mediaStatus() in (
            _Status.LoadedMedia,
            _Status.BufferingMedia,
            _Status.BufferedMedia,
            _Status.StalledMedia,
            _Status.EndOfMedia,
        )

    def _done(self, reason: str) -> None:
        path = self._current
        if path is None or path in self.results:
            return
        self._deadline.stop()
        self.results[path] = reason
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        self.checked.emit(path)
        self._next()

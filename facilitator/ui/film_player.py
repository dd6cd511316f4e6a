"""The film of a film step, played on the projector with QtMultimedia.

One ``FilmPlayer`` follows the session through the bridge: a film step with its file found loads
the film (paused on its first frame); another step, the end of the session, black or white (B, W),
the privacy screen (F12, which blanks) and the lock pause or stop it. The video goes to one
``QGraphicsVideoItem`` in a scene that the projector and the console's preview both look at
(``FilmView``), so the preview shows exactly the room's frame.

A missing or unplayable film is never a black screen: ``on_screen`` is then False and the windows
show the step's slide (its title and text, audience content only); ``trouble`` says why for the
console.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from facilitator.sessions.plan_films import FilmLookup, FilmTrouble
from facilitator.sessions.state import Status
from facilitator.settings import change_settings, load_settings
from facilitator.ui.audience_view import Display
from facilitator.ui.film_errors import error_words
from facilitator.ui.film_release import release_player
from facilitator.ui.session_bridge import SessionBridge

if TYPE_CHECKING:  # QtMultimedia (and QtNetwork with it) loads with the first film, not at start
    from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaPlayer, QVideoFrame
    from PySide6.QtMultimediaWidgets import QGraphicsVideoItem


class FilmPlayer(QObject):
    changed = Signal()
    """What the projector shows or what the console says about the film changed."""
    position_changed = Signal()
    """The film moved (playing, or a seek): the console's position line."""
    refused = Signal()
    """Play was asked for on a step whose film cannot play (``trouble`` says why)."""
    media_ready = Signal()
    """The player and its sound output exist (the console lists the sound devices then)."""

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.scene = QGraphicsScene(self)
        self.scene.setBackgroundBrush(QColor("black"))
        self.scene.setSceneRect(QRectF(0, 0, 1600, 900))
        self.player: QMediaPlayer | None = None
        """Made with the first film (QtMultimedia starts then, and looks for sound devices)."""
        self.audio: QAudioOutput | None = None
        self.item: QGraphicsVideoItem | None = None
        self.lookup: FilmLookup | None = None
        self.error = ""
        """Why the film cannot be played, in our English words (``film_errors``; translated where
        shown), never the player's own English string."""
        self.ended = False
        self.released = False
        """The window is going: the player was let go of (``release``) and no film loads again."""
        bridge.step_changed.connect(self.load)  # also emitted when the session starts
        bridge.session_ended.connect(self.unload)
        bridge.display_changed.connect(self._display_changed)
        bridge.locked_changed.connect(self._locked_changed)
        bridge.film_toggle_requested.connect(self.toggle)
        bridge.film_seek_requested.connect(self.seek)
        if bridge.status in (Status.RUNNING, Status.PAUSED):
            self.load()  # a resumed session, back on a film step

    def _media(self) -> tuple[QMediaPlayer, QGraphicsVideoItem]:
        """The player and the video item, made the first time a film is loaded."""
        if self.player is None:
            from PySide6.QtMultimedia import QMediaPlayer
            from PySide6.QtMultimediaWidgets import QGraphicsVideoItem

            self.player = player = QMediaPlayer(self)
            self.audio = _audio_output(self)
            self.audio.setVolume(load_settings().film_volume)
            player.setAudioOutput(self.audio)
            self.item = item = QGraphicsVideoItem()
            item.setSize(QSizeF(1600, 900))
            item.setVisible(False)  # shown with the film's own first frame, never an older one
            self.scene.addItem(item)
            player.setVideoOutput(item)
            player.errorOccurred.connect(self._failed)
            player.mediaStatusChanged.connect(self._status_changed)
            player.playbackStateChanged.connect(lambda _state: self.changed.emit())
            player.positionChanged.connect(lambda _position: self.position_changed.emit())
            player.durationChanged.connect(lambda _duration: self.position_changed.emit())
            item.nativeSizeChanged.connect(self._fit_item)
            item.videoSink().videoFrameChanged.connect(self._frame)
            self.media_ready.emit()
        assert self.item is not None
        return self.player, self.item

    # -- reading -------------------------------------------------------------------------------
    @property
    def trouble(self) -> FilmTrouble | None:
        """Why this step's film cannot be played; None when it can (or the step names none)."""
        if self.lookup is None:
            return None
        if self.lookup.trouble is not None:
            return self.lookup.trouble
        return FilmTrouble.UNPLAYABLE if self.error else None

    @property
    def loaded(self) -> bool:
        """This step's film is loaded and has not failed."""
        return self.lookup is not None and self.lookup.path is not None and not self.error

    @property
    def on_screen(self) -> bool:
        """The room sees the film (its frame), not the step's slide: loaded, not yet at its end,
        and the projector showing the step (not black, white, holding or closing)."""
        return self.loaded and not self.ended and self._bridge.display is Display.SLIDE

    @property
    def playing(self) -> bool:
        if self.player is None:
            return False
        from PySide6.QtMultimedia import QMediaPlayer

        return self.player.playbackState() is QMediaPlayer.PlaybackState.PlayingState

    def position(self) -> int:
        """Milliseconds played."""
        return self.player.position() if self.player is not None else 0

    def duration(self) -> int:
        """The film's length in milliseconds (0 until known)."""
        return self.player.duration() if self.player is not None else 0

    # -- commands ------------------------------------------------------------------------------
    def load(self, *_args: object) -> None:
        """The current step's film, paused on its first frame; any other film stops first."""
        self.unload()
        if self.released or self._bridge.status in (Status.NOT_STARTED, Status.ENDED):
            return
        self.lookup = self._bridge.film()
        if self.lookup is not None and self.lookup.path is not None:
            player, _item = self._media()
            player.setSource(QUrl.fromLocalFile(str(self.lookup.path)))
            player.pause()  # decodes the first frame: going back to a film shows its frame
        self.changed.emit()

    def unload(self, *_args: object) -> None:
        """Stop, and forget the film and its last frame (the next step never shows it)."""
        if self.item is not None:
            self.item.setVisible(False)
        if self.player is not None and not self.player.source().isEmpty():
            self.player.stop()
            self.player.setSource(QUrl())
        self.lookup, self.error, self.ended = None, "", False
        self.changed.emit()

    def release(self) -> None:
        """The window is going: stop the film and let go of the player now, its video and sound
        outputs detached before it is deleted and they go with the window (``film_release``). No
        film loads after this."""
        self.released = True
        self.unload()
        player, self.player = self.player, None
        if player is not None:
            release_player(player)
        self.changed.emit()

    def toggle(self) -> None:
        """Play or pause; after its end, play it again from the start. Never while the room sees
        black or white, or while locked. A film that cannot play: ``refused``, nothing else."""
        if self.trouble is not None:
            self.refused.emit()
            return
        if not self.loaded or self.player is None:
            return
        if self.playing:
            self.player.pause()
            return
        if self._bridge.display is not Display.SLIDE or self._bridge.locked:
            return
        if self.ended:
            self.ended = False
            self.player.setPosition(0)
            self.changed.emit()
        self.player.play()

    def pause(self) -> None:
        if self.player is not None and self.playing:
            self.player.pause()

    def seek(self, seconds: int) -> None:
        """Move by ``seconds`` (negative: back), within the film."""
        if not self.loaded or self.player is None:
            return
        duration = self.player.duration()
        target = max(0, self.player.position() + seconds * 1000)
        if duration > 0:
            target = min(target, max(0, duration - 1))
        if self.ended and seconds < 0:
            self.ended = False
            self.changed.emit()
        self.player.setPosition(target)

    def set_volume(self, volume: float) -> None:
        """0.0 to 1.0, remembered for the next session."""
        volume = min(1.0, max(0.0, volume))
        if self.audio is not None:
            self.audio.setVolume(volume)
        change_settings(film_volume=round(volume, 2))

    def set_muted(self, muted: bool) -> None:
        if self.audio is not None:
            self.audio.setMuted(muted)

    def set_device(self, device: QAudioDevice) -> None:
        """Where the sound goes (the projector's speakers, the laptop's, a USB speaker…)."""
        if self.audio is not None:
            self.audio.setDevice(device)

    # -- internals -----------------------------------------------------------------------------
    def _display_changed(self) -> None:
        if self._bridge.display is not Display.SLIDE:
            self.pause()  # black, white, holding, closing or the privacy screen: the film waits
        self.changed.emit()

    def _locked_changed(self, locked: bool) -> None:
        if locked:
            self.pause()

    def _failed(self, error: QMediaPlayer.Error, _text: str = "") -> None:
        if self.lookup is None:
            return
        self.error = error_words(error)
        if self.player is not None and self.item is not None:
            self.player.stop()
            self.item.setVisible(False)
        self._bridge.report_unplayable_film()
        self.changed.emit()

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if self.lookup is None or self.player is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        _Status = QMediaPlayer.MediaStatus
        if status is _Status.InvalidMedia and not self.error:
            self._failed(QMediaPlayer.Error.FormatError)
        elif status is _Status.EndOfMedia:
            self.ended = True  # the room sees the step's questions again
            self.changed.emit()

    def _frame(self, frame: QVideoFrame) -> None:
        item = self.item
        if frame.isValid() and self.lookup is not None and item is not None and not item.isVisible():
            item.setVisible(True)

    def _fit_item(self, size: QSizeF) -> None:
        if self.item is not None and size.isValid() and not size.isEmpty():
            self.item.setSize(size)
            self.scene.setSceneRect(self.item.boundingRect())
            self.changed.emit()


def _audio_output(parent: QObject) -> QAudioOutput:
    """A sound output that the decoder's threads can let go of without Python.

    Each film's audio renderer lives in a thread of the FFmpeg plugin and listens to this output's
    signals; when the renderer dies there, Qt calls ``disconnectNotify`` on this output while it
    holds a signal-slot mutex. On an output made from Python, shiboken then looks for a Python
    override, which needs the GIL; if the main thread holds the GIL at that moment and waits for the
    same mutex (stopping or loading a film), the app freezes for good. Shiboken remembers per object
    that Python does not override the method once it has looked: disconnecting once here, on the
    main thread, makes it look now, so the decoder's threads never ask for the GIL.
    """
    from PySide6.QtMultimedia import QAudioOutput

    audio = QAudioOutput(parent)
    audio.volumeChanged.connect(_nothing)
    audio.volumeChanged.disconnect(_nothing)
    return audio


def _nothing(*_args: object) -> None:
    return None


class FilmView(QGraphicsView):
    """A view of the film's scene, the video fitted with its proportions on black."""

    def __init__(self, films: FilmPlayer, parent: QWidget | None = None) -> None:
        super().__init__(films.scene, parent)
        self.setObjectName("film-view")
        self._films = films
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("black"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the presenter
        self.setInteractive(False)
        films.changed.connect(self.fit)

    def fit(self) -> None:
        rect = self._films.scene.sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

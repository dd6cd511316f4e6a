"""The console's film controls, under the preview on a film step: where the film is, play or
pause, ±10 s, volume, mute and where the sound goes; or what is wrong with the file and what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.plan_films import FilmTrouble
from facilitator.settings import load_settings
from facilitator.ui import film_errors
from facilitator.ui.film_player import FilmPlayer
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, in_quotes, translate
from facilitator.ui.session_bridge import SessionBridge

if TYPE_CHECKING:  # QtMultimedia loads with the first film, not at start
    from PySide6.QtMultimedia import QMediaDevices

SEEK_SECONDS = 10

TROUBLE_TEXT = {
    FilmTrouble.MISSING: QT_TRANSLATE_NOOP(  # looked in one folder: the plan's or the media folder
        "Films",
        "The film file {name} is not in {folder}. The projector shows the step's title instead. "
        "Copy the film into that folder, or choose the media folder (Projector menu), then go to "
        "this step again.",
    ),
    FilmTrouble.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Films",
        "{name} is a folder or a device, not a film file. The projector shows the step's title "
        "instead. Put the video file itself there, then go to this step again.",
    ),
    FilmTrouble.EMPTY: QT_TRANSLATE_NOOP(
        "Films",
        "The film file {name} is empty (0 bytes): the copy did not finish. The projector shows the "
        "step's title instead. Copy the film again, then go to this step again.",
    ),
    FilmTrouble.UNREADABLE: QT_TRANSLATE_NOOP(
        "Films",
        "The film file {name} cannot be read (permissions, or a disk that was removed). The "
        "projector shows the step's title instead. Copy the film to the laptop, then go to this "
        "step again.",
    ),
    FilmTrouble.UNPLAYABLE: QT_TRANSLATE_NOOP(
        "Films",
        "The film {name} does not play ({error}). The projector shows the step's title instead. "
        "Convert the film to MP4 (H.264 video, AAC sound), for example with HandBrake, then go to "
        "this step again.",
    ),
}
MISSING_IN_TWO = QT_TRANSLATE_NOOP(
    "Films",
    "The film file {name} is neither in {first} nor in {second}. The projector shows the step's "
    "title instead. Copy the film into either folder, then go to this step again.",
)
MISSING_NOWHERE = QT_TRANSLATE_NOOP(
    "Films",
    "The film file {name} cannot be looked for: the plan has no folder and no media folder is "
    "chosen. The projector shows the step's title instead. Choose the media folder (Projector "
    "menu) and copy the film into it, then go to this step again.",
)
NOT_NAMED = QT_TRANSLATE_NOOP(
    "Films",
    "This step names no film file: show the film from another player, then come back here for the "
    "questions. P and Space work as on other steps.",
)
"""Said on a film step that names no file (the built-in workshops' film step)."""
REFUSED = QT_TRANSLATE_NOOP(
    "Films",
    "Nothing to play: {problem} The step stays; what to do is under the projector's preview.",
)
"""Said on the status line when P or Space asks for a film that cannot play."""
SHORT_TROUBLE = {
    FilmTrouble.MISSING: QT_TRANSLATE_NOOP("Films", "the film file {name} is not there."),
    FilmTrouble.NOT_A_FILE: QT_TRANSLATE_NOOP("Films", "{name} is not a film file."),
    FilmTrouble.EMPTY: QT_TRANSLATE_NOOP("Films", "the film file {name} is empty."),
    FilmTrouble.UNREADABLE: QT_TRANSLATE_NOOP("Films", "the film file {name} cannot be read."),
    FilmTrouble.UNPLAYABLE: QT_TRANSLATE_NOOP("Films", "the film {name} does not play ({error})."),
}


def trouble_text(films: FilmPlayer) -> str:
    """What is wrong with this step's film and what to do, in the UI's language; "" when nothing."""
    lookup, trouble = films.lookup, films.trouble
    if lookup is None or trouble is None:
        return ""
    name, folders, error = in_quotes(lookup.name), lookup.folders, film_errors.shown(films.error)
    if trouble is FilmTrouble.MISSING and len(folders) != 1:
        if not folders:
            return translate("Films", MISSING_NOWHERE).format(name=name)
        first, second = (str(folder) for folder in folders[:2])
        return translate("Films", MISSING_IN_TWO).format(name=name, first=first, second=second)
    folder = str(folders[0]) if folders else ""
    return translate("Films", TROUBLE_TEXT[trouble]).format(name=name, folder=folder, error=error)


def refused_text(films: FilmPlayer) -> str:
    """The status line's short word when P or Space asks for a film that cannot play."""
    lookup, trouble = films.lookup, films.trouble
    if lookup is None or trouble is None:
        return ""
    problem = translate("Films", SHORT_TROUBLE[trouble]).format(
        name=in_quotes(lookup.name), error=film_errors.shown(films.error)
    )
    return translate("Films", REFUSED).format(problem=problem)


def film_clock(milliseconds: int) -> str:
    """``"1:05"``: minutes and whole seconds played (hours when needed)."""
    minutes, seconds = divmod(max(0, milliseconds) // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class FilmPanel(QWidget):
    def __init__(self, bridge: SessionBridge, films: FilmPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("film-panel")
        self._bridge = bridge
        self._films = films
        self.heading = QLabel(self)
        self.heading.setObjectName("film-heading")
        self.heading.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("film-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #9b2c2c;")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never read as HTML
        self.play = self._button("film-play", translate("Films", "Play"), bridge.toggle_film)
        self.back = self._button(
            "film-back", translate("Films", "−10 s"), lambda: bridge.seek_film(-SEEK_SECONDS)
        )
        self.forward = self._button(
            "film-forward", translate("Films", "+10 s"), lambda: bridge.seek_film(SEEK_SECONDS)
        )
        self.position = QLabel(self)
        self.position.setObjectName("film-position")
        self.mute = QCheckBox(translate("Films", "Mute"), self)
        self.mute.setObjectName("film-mute")
        self.mute.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mute.toggled.connect(films.set_muted)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("film-volume")
        self.volume.setRange(0, 100)
        self.volume.setValue(round(load_settings().film_volume * 100))
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.setAccessibleName(translate("Films", "Volume"))
        self.volume.valueChanged.connect(lambda value: films.set_volume(value / 100))
        self.device = QComboBox(self)
        self.device.setObjectName("film-device")
        self.device.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.device.setAccessibleName(translate("Films", "Sound goes to"))
        self.device.activated.connect(self._choose_device)
        self._devices: QMediaDevices | None = None
        films.media_ready.connect(self._watch_devices)
        self._build()
        films.changed.connect(self.refresh)
        films.position_changed.connect(self._show_position)
        self.refresh()

    def _button(self, name: str, text: str, run: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the presenter
        button.clicked.connect(run)
        return button

    def _build(self) -> None:
        """Three rows (the film and its position; play, seek and sound; the sound's device): the
        projector's preview above keeps its height on a 1366×768 laptop."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.position, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        self.controls = QWidget(self)
        rows = QVBoxLayout(self.controls)
        rows.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        for widget in (self.play, self.back, self.forward):
            buttons.addWidget(widget)
        buttons.addSpacing(8)
        buttons.addWidget(self.mute)
        buttons.addWidget(self.volume, 1)
        rows.addLayout(buttons)
        rows.addWidget(self.device)
        layout.addWidget(self.controls)

    def refresh(self) -> None:
        """Shown on a step that names a film: its controls, or what is wrong and what to do."""
        lookup = self._films.lookup
        unnamed = lookup is None and self._bridge.film_step_without_file()
        self.setVisible(lookup is not None or unnamed)
        if unnamed:
            self.heading.setText(translate("Films", "<b>Film</b>"))
            self.problem.setText(translate("Films", NOT_NAMED))
            self.problem.setStyleSheet("")
            self.problem.setVisible(True)
            self.controls.setVisible(False)
            self.position.setVisible(False)
            return
        self.problem.setStyleSheet("color: #9b2c2c;")
        if lookup is None:
            return
        self.heading.setText(translate("Films", "<b>Film:</b> {name}").format(name=_escaped(lookup.name)))
        trouble = self._films.trouble
        self.problem.setVisible(trouble is not None)
        self.controls.setVisible(trouble is None)
        self.position.setVisible(trouble is None)
        if trouble is not None:
            self.problem.setText(trouble_text(self._films))
        self.play.setText(translate("Films", "Pause") if self._films.playing else translate("Films", "Play"))
        self._show_position()

    def _show_position(self) -> None:
        films = self._films
        self.position.setText(f"{film_clock(films.position())} / {film_clock(films.duration())}")

    def _watch_devices(self) -> None:
        """The sound outputs, listed once QtMultimedia runs (the first film), and kept current."""
        from PySide6.QtMultimedia import QMediaDevices

        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._list_devices)
        self._list_devices()

    def _list_devices(self) -> None:
        self.device.clear()
        from PySide6.QtMultimedia import QMediaDevices

        self.device.addItem(translate("Films", "Sound: the system's default output"), None)
        for device in QMediaDevices.audioOutputs():
            name = translate("Films", "Sound: {device}").format(device=device.description())
            self.device.addItem(name, device)

    def _choose_device(self, index: int) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        device = self.device.itemData(index)
        self._films.set_device(device if device is not None else QMediaDevices.defaultAudioOutput())


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Films on the projector (issue #16, part 1): the committed clip played offscreen through the real
QtMultimedia (FFmpeg) backend, driven with the presenter keys."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.sessions.plan_films import FilmTrouble
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.state import Status
from facilitator.settings import change_settings
from facilitator.ui import film_errors
from facilitator.ui.audience_view import Display
from facilitator.ui.audience_window import AudienceWindow
from tests.helpers.films import film_plan_folder
from tests.ui.conftest import Rig, build_rig, close_rig
from tests.ui.test_console import activate, press

pytestmark = pytest.mark.films  # without pytest-qt's Qt message capture (tests/conftest.py)

FILM, AFTER, LOST, BROKEN, BLUE = 1, 2, 3, 4, 5
PLAYING = QMediaPlayer.PlaybackState.PlayingState


@pytest.fixture
def films(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    rig = build_rig(qtbot, load_plan(film_plan_folder(tmp_path / "plan")))
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    yield rig
    close_rig(rig)


def colours(widget: QWidget) -> set[str]:
    """The colours on a grid over what ``widget`` shows (testsrc's bars: many; black: one)."""
    image = widget.grab().toImage()
    xs = range(0, image.width(), max(1, image.width() // 40))
    ys = range(0, image.height(), max(1, image.height() // 40))
    return {image.pixelColor(x, y).name() for x in xs for y in ys}


def blueish(name: str) -> bool:
    """The blue clip's colour (#2050a0), give or take what H.264 and scaling do to it."""
    colour = QColor(name)
    return (
        abs(colour.red() - 0x20) < 16 and abs(colour.green() - 0x50) < 16 and abs(colour.blue() - 0xA0) < 16
    )


def on_film(qtbot: QtBot, rig: Rig) -> None:
    """Go to the film step and wait for its first frame on the projector."""
    rig.bridge.jump(FILM)
    films = rig.audience.films
    qtbot.waitUntil(lambda: films.item is not None and films.item.isVisible(), timeout=10_000)


def playing(qtbot: QtBot, rig: Rig) -> None:
    on_film(qtbot, rig)
    press(rig, Qt.Key.Key_P)
    player = rig.audience.films.player
    assert player is not None
    qtbot.waitUntil(lambda: player.position() > 300, timeout=10_000)


def test_the_film_plays_full_screen_on_the_projector_and_its_position_advances(
    qtbot: QtBot, films: Rig
) -> None:
    on_film(qtbot, films)
    audience, preview, panel = films.audience, films.console.preview, films.console.film_panel
    assert audience.showing_film and preview.showing_film
    assert audience.visible_text() == ""  # the film alone: no title, no timer over it
    assert films.audience.films.player.playbackState() is not PLAYING  # type: ignore[union-attr]
    frame = colours(audience)
    assert len(frame) >= 5  # testsrc's colour bars, not a black or a grey window
    press(films, Qt.Key.Key_P)
    player = films.audience.films.player
    assert player is not None
    qtbot.waitUntil(lambda: player.position() > 1000, timeout=10_000)
    assert player.playbackState() is PLAYING
    assert films.bridge.index == FILM and films.bridge.status is Status.RUNNING  # P: the film, not the timer
    assert panel.isVisible() and panel.position.text().endswith("/ 0:04")
    assert len(colours(preview)) >= 5  # the console's preview shows the same film
    assert panel.play.text() == "Pause"


def test_space_plays_and_pauses_on_a_film_step_and_is_next_elsewhere(qtbot: QtBot, films: Rig) -> None:
    press(films, Qt.Key.Key_Space)
    assert films.bridge.index == FILM  # Space on a step that is not a film: next step
    films_player = films.audience.films
    qtbot.waitUntil(lambda: films_player.loaded and films_player.player is not None)
    press(films, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: films_player.playing)
    press(films, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not films_player.playing)
    assert films.bridge.index == FILM
    press(films, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P: still the timer
    assert films.bridge.status is Status.PAUSED
    press(films, Qt.Key.Key_Right)
    assert films.bridge.index == AFTER


def test_b_pauses_and_blanks_and_b_again_shows_the_paused_frame(qtbot: QtBot, films: Rig) -> None:
    playing(qtbot, films)
    press(films, Qt.Key.Key_B)
    player = films.audience.films.player
    assert player is not None and player.playbackState() is not PLAYING
    assert films.bridge.display is Display.BLACK
    assert not films.audience.showing_film
    assert colours(films.audience) == {"#000000"}
    press(films, Qt.Key.Key_P)  # the room sees black: P does not play the film behind it
    assert player.playbackState() is not PLAYING
    press(films, Qt.Key.Key_B)
    assert films.audience.showing_film and len(colours(films.audience)) >= 5
    assert player.playbackState() is not PLAYING  # back to the frame; P plays on


def test_the_next_step_stops_the_film_and_going_back_shows_its_frame(qtbot: QtBot, films: Rig) -> None:
    playing(qtbot, films)
    press(films, Qt.Key.Key_Right)
    player = films.audience.films.player
    assert player is not None
    assert player.playbackState() is QMediaPlayer.PlaybackState.StoppedState
    assert player.source().isEmpty()
    assert not films.audience.showing_film
    assert "After the film" in films.audience.visible_text()
    press(films, Qt.Key.Key_Left)
    # straight back on the film's surface: black until its frame, never the step just left
    assert films.audience.showing_film and films.audience.visible_text() == ""
    assert colours(films.audience) <= {"#000000"} or len(colours(films.audience)) >= 5
    qtbot.waitUntil(lambda: len(colours(films.audience)) >= 5, timeout=10_000)
    assert player.playbackState() is not PLAYING and player.position() < 500


@pytest.mark.parametrize("step, trouble", [(LOST, FilmTrouble.MISSING), (BROKEN, FilmTrouble.UNPLAYABLE)])
def test_a_missing_or_unplayable_film_shows_its_title_on_both_windows_and_says_what_to_do(
    qtbot: QtBot, films: Rig, step: int, trouble: FilmTrouble
) -> None:
    films.bridge.jump(step)
    player = films.audience.films
    qtbot.waitUntil(lambda: player.trouble is trouble, timeout=10_000)
    title = films.bridge.plan.steps[step].title
    for window in (films.audience, films.console.preview):
        assert not window.showing_film
        assert title in window.visible_text()
        assert "Private" not in window.visible_text()
    shown = colours(films.audience)
    assert len(shown) > 2 and "#000000" not in shown  # the slide with its text, not a black window
    problem = films.console.film_panel.problem
    assert problem.isVisible() and not films.console.film_panel.controls.isVisible()
    name = films.bridge.plan.steps[step].audience.film
    assert f"“{name}”" in problem.text() and "title instead" in problem.text()
    assert ("Copy the film" if trouble is FilmTrouble.MISSING else "Convert the film") in problem.text()


@pytest.mark.parametrize("step", [LOST, BROKEN], ids=["missing", "unplayable"])
def test_space_and_p_on_a_film_that_cannot_play_keep_the_step_and_say_why(
    qtbot: QtBot, films: Rig, step: int
) -> None:
    films.bridge.jump(step)
    qtbot.waitUntil(lambda: films.audience.films.trouble is not None, timeout=10_000)
    status = films.console.statusBar()
    status.clearMessage()
    name = films.bridge.plan.steps[step].audience.film
    for key in (Qt.Key.Key_Space, Qt.Key.Key_P, Qt.Key.Key_Space):
        press(films, key)
        assert films.bridge.index == step  # a press meant for the film never moves the room on
        assert films.bridge.status is Status.RUNNING  # nor pauses the timer
        assert films.bridge.display is Display.SLIDE
        said = status.currentMessage()
        assert said.startswith("Nothing to play:") and f"“{name}”" in said, said
        status.clearMessage()
    press(films, Qt.Key.Key_Right)  # the arrow is still the next step
    assert films.bridge.index == step + 1


def test_the_player_error_is_said_in_our_words_not_qts(qtbot: QtBot, films: Rig) -> None:
    films.bridge.jump(BROKEN)
    player = films.audience.films
    qtbot.waitUntil(lambda: player.trouble is FilmTrouble.UNPLAYABLE, timeout=10_000)
    assert player.player is not None
    qt_words = player.player.errorString()
    problem = films.console.film_panel.problem.text()
    assert qt_words == "" or qt_words not in problem  # e.g. "Could not open file": never shown
    assert f"({film_errors.shown(player.error)})" in problem
    assert player.error in film_errors.PLAYER_ERRORS.values() or player.error == film_errors.CANNOT_OPEN


def test_a_missing_film_names_the_one_folder_or_both_folders_looked_in(
    qtbot: QtBot, films: Rig, tmp_path: Path
) -> None:
    plan_folder = tmp_path / "plan"
    films.bridge.jump(LOST)
    problem = films.console.film_panel.problem
    assert f"is not in {plan_folder}." in problem.text()
    assert "Copy the film into that folder" in problem.text() and "those" not in problem.text()
    media = tmp_path / "media"
    media.mkdir()
    change_settings(media_folder=str(media))
    films.bridge.jump(AFTER)
    films.bridge.jump(LOST)
    assert f"is neither in {plan_folder} nor in {media}." in problem.text()
    assert "Copy the film into either folder" in problem.text()


def test_another_film_never_starts_on_the_last_frame_of_the_one_before(qtbot: QtBot, films: Rig) -> None:
    playing(qtbot, films)
    assert len(colours(films.audience)) >= 5  # the colour bars
    films.bridge.jump(BLUE)
    assert films.audience.showing_film
    assert len(colours(films.audience)) <= 2  # black (or already blue): never the bars
    qtbot.waitUntil(lambda: any(blueish(c) for c in colours(films.audience)), timeout=10_000)
    assert len(colours(films.audience)) <= 2


def test_a_film_copied_into_the_media_folder_is_found_when_the_step_is_shown_again(
    qtbot: QtBot, films: Rig, tmp_path: Path
) -> None:
    media = tmp_path / "media" / "films"
    media.mkdir(parents=True)
    (media / "lost.mp4").write_bytes((tmp_path / "plan" / "clip.mp4").read_bytes())
    films.bridge.jump(LOST)
    assert films.audience.films.trouble is FilmTrouble.MISSING
    change_settings(media_folder=str(tmp_path / "media"))
    films.bridge.jump(AFTER)
    films.bridge.jump(LOST)
    qtbot.waitUntil(lambda: len(colours(films.audience)) >= 5, timeout=10_000)
    assert films.audience.films.trouble is None


def test_the_privacy_screen_and_the_lock_pause_the_film(qtbot: QtBot, films: Rig) -> None:
    playing(qtbot, films)
    player = films.audience.films.player
    assert player is not None
    films.console.aids.toggle_privacy()
    assert player.playbackState() is not PLAYING and colours(films.audience) == {"#000000"}
    films.console.aids.toggle_privacy()
    assert films.audience.showing_film
    press(films, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: player.playbackState() is PLAYING)
    films.bridge.set_locked(True)  # what the lock does to the session
    assert player.playbackState() is not PLAYING
    assert films.audience.showing_film  # locking never changes the projector


def test_seek_moves_ten_seconds_within_the_film_and_the_end_shows_the_questions(
    qtbot: QtBot, films: Rig
) -> None:
    on_film(qtbot, films)
    player = films.audience.films.player
    assert player is not None
    qtbot.waitUntil(lambda: player.duration() == 4000)
    panel = films.console.film_panel
    panel.forward.click()  # +10 s on a 4 s clip: its end
    qtbot.waitUntil(lambda: player.position() >= 3000, timeout=10_000)
    panel.back.click()
    qtbot.waitUntil(lambda: player.position() == 0, timeout=10_000)
    panel.forward.click()
    panel.play.click()
    qtbot.waitUntil(lambda: films.audience.films.ended, timeout=10_000)
    assert not films.audience.showing_film
    assert "Which rule did he break?" in films.audience.visible_text()
    panel.play.click()  # again: from the start
    qtbot.waitUntil(lambda: films.audience.showing_film and player.playbackState() is PLAYING)


def test_volume_is_remembered_and_mute_silences(qtbot: QtBot, films: Rig) -> None:
    on_film(qtbot, films)
    panel = films.console.film_panel
    panel.volume.setValue(40)
    audio = films.audience.films.audio
    assert audio is not None and audio.volume() == pytest.approx(0.4)
    from facilitator.settings import load_settings

    assert load_settings().film_volume == pytest.approx(0.4)
    panel.mute.setChecked(True)
    assert audio.isMuted()
    assert panel.device.count() >= 1 and panel.device.itemText(0).startswith("Sound:")


def test_projector_and_preview_show_the_same_frame(qtbot: QtBot, films: Rig) -> None:
    on_film(qtbot, films)
    projector = films.audience.grab().toImage()
    preview = films.console.preview.stack.grab().toImage()
    expected = projector.pixelColor(projector.width() // 2, projector.height() // 2)
    assert preview.pixelColor(preview.width() // 2, preview.height() // 2) == QColor(expected)


def test_a_window_opened_on_a_running_session_shows_the_film_of_its_step(qtbot: QtBot, films: Rig) -> None:
    """A resumed session opens its windows on the step it was at: a film step shows its film."""
    films.bridge.jump(FILM)
    resumed = AudienceWindow(films.bridge)
    qtbot.addWidget(resumed)
    try:
        assert resumed.films.loaded and resumed.showing_film
        qtbot.waitUntil(lambda: resumed.films.item is not None and resumed.films.item.isVisible())
    finally:
        resumed.films.unload()
        resumed.allow_close()


def test_closing_the_console_while_a_film_plays_lets_go_of_the_players_before_the_windows_go(
    qtbot: QtBot, films: Rig
) -> None:
    """The app closing with a film on the projector (and the next film's picture being decoded for
    the console's preview): each player is stopped, its file let go of and its outputs detached,
    then deleted at once, while the video item and the sound output it fed still exist; never
    deleted with the window, its threads still decoding into parts of it already gone."""
    playing(qtbot, films)
    player_of, stills = films.audience.films, films.console.next_preview.stills
    player, probe = player_of.player, stills._player if stills is not None else None
    assert player is not None and probe is not None
    item, audio = player_of.item, player_of.audio
    states: list[QMediaPlayer.PlaybackState] = []
    sources: list[str] = []
    outputs: list[bool] = []
    player.playbackStateChanged.connect(states.append)
    player.sourceChanged.connect(lambda url: sources.append(url.toString()))
    player.videoOutputChanged.connect(lambda: outputs.append(player.videoOutput() is None))
    films.console.close()  # the console's question is answered yes (tests/ui/conftest.py)
    assert not films.console.isVisible() and not films.audience.isVisible()
    assert states[-1:] == [QMediaPlayer.PlaybackState.StoppedState] and sources[-1:] == [""]
    assert outputs[-1:] == [True]  # the video item detached before the player went
    assert not shiboken6.isValid(player) and not shiboken6.isValid(probe)  # gone now, not later
    assert shiboken6.isValid(item) and shiboken6.isValid(audio)  # while what they fed still exists
    assert player_of.player is None and player_of.released and not player_of.playing
    films.bridge.jump(BLUE)  # a step change after that loads nothing: no new player, no threads
    assert player_of.player is None and not player_of.loaded


def test_film_tests_run_without_a_python_qt_message_handler(request: pytest.FixtureRequest) -> None:
    """QtMultimedia's threads call a Python message handler with the GIL (tests/conftest.py)."""
    assert request.node.get_closest_marker("no_qt_log") is not None
    assert not hasattr(request.node, "qt_log_capture")


def test_a_hundred_quick_film_changes_never_freeze_the_app(qtbot: QtBot, films: Rig) -> None:
    """Step changes, play, seek, B, the privacy screen and the lock, quickly, with films decoding:
    every one stops, loads or pauses a film while the decoder's threads are still letting go of the
    film before. A freeze here hangs the process (tests/conftest.py then dumps and exits)."""
    player_of = films.audience.films
    steps = (FILM, BLUE, AFTER, FILM, LOST, BLUE, BROKEN, FILM)
    for turn in range(100):
        films.bridge.jump(steps[turn % len(steps)])
        if turn % 3 == 0 and player_of.loaded:
            press(films, Qt.Key.Key_P)
        if turn % 4 == 1:
            films.bridge.seek_film(10 if turn % 8 == 1 else -10)
        if turn % 5 == 2:
            press(films, Qt.Key.Key_B)
            press(films, Qt.Key.Key_B)
        if turn % 7 == 3:
            films.console.aids.toggle_privacy()
            films.console.aids.toggle_privacy()
        if turn % 9 == 4:
            films.bridge.set_locked(True)
            films.bridge.set_locked(False)
        if turn % 10 == 9 and player_of.loaded:  # now and then, let the film really start
            qtbot.waitUntil(lambda: player_of.item is not None and player_of.item.isVisible(), timeout=10_000)
        QApplication.processEvents()  # what the decoder's threads posted, between two changes
    films.bridge.jump(BLUE)  # and the projector still shows the right film after all that
    qtbot.waitUntil(lambda: any(blueish(c) for c in colours(films.audience)), timeout=10_000)
    assert films.audience.showing_film and player_of.trouble is None


def test_a_late_frame_of_the_film_tried_before_never_counts_for_the_next(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The probe tries a film that plays, then one that does not. A frame of the first, sent by the
    decoder before it stopped, may reach the probe after the second's file is set: it must not be
    taken for the second's picture (the broken film said to play, with the first one's picture)."""
    from PySide6.QtMultimedia import QVideoFrame

    from facilitator.ui.film_probe import FilmProbe

    folder = film_plan_folder(tmp_path / "plan").parent
    clip, broken = folder / "clip.mp4", folder / "broken.mp4"
    red = QImage(32, 18, QImage.Format.Format_RGB32)
    red.fill(QColor("red"))
    late = QVideoFrame(red)
    probe = FilmProbe([clip, broken])

    def clip_done(path: object) -> None:
        if path == clip:  # the probe moves on to the broken film now; the clip's last frame comes
            sink = probe._sink
            assert sink is not None
            QTimer.singleShot(0, lambda: sink.videoFrameChanged.emit(late))

    probe.checked.connect(clip_done)
    probe.start()
    try:
        qtbot.waitUntil(lambda: not probe.busy, timeout=20_000)
        assert probe.results[clip] == "" and probe.results[broken] != ""
        assert broken not in probe.frames
    finally:
        probe.release()


def image_colours(image: QImage) -> set[str]:
    xs = range(0, image.width(), max(1, image.width() // 40))
    ys = range(0, image.height(), max(1, image.height() // 40))
    return {image.pixelColor(x, y).name() for x in xs for y in ys}


def alike(first: QImage, second: QImage) -> bool:
    """The same picture, give or take scaling and colour conversion: the same size, and nine in
    ten points of a grid over it within a few shades (a bar's edge may fall a pixel apart)."""
    if first.size() != second.size():
        return False
    points = [
        (x, y)
        for x in range(5, first.width(), first.width() // 20)
        for y in range(5, first.height(), first.height() // 20)
    ]
    near = 0
    for x, y in points:
        a, b = first.pixelColor(x, y), second.pixelColor(x, y)
        near += max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 40
    return near >= 0.9 * len(points)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["4:3", "16:9"])
def test_the_next_step_preview_shows_the_films_first_frame_as_the_projector_will(
    qtbot: QtBot, films: Rig, size: tuple[int, int]
) -> None:
    films.audience.resize(*size)
    films.bridge.jump(FILM - 1)  # the step before the film
    preview = films.console.next_preview
    assert preview.showing_film and preview.visible_text() == ""  # no text over the film's frame
    qtbot.waitUntil(lambda: len(image_colours(preview.next_screen.toImage())) >= 5, timeout=10_000)
    upcoming = preview.next_screen.toImage()
    assert upcoming.size() == films.audience.view.size()
    press(films, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: films.audience.films.item is not None and films.audience.films.item.isVisible())
    QApplication.processEvents()
    assert films.audience.showing_film
    assert alike(upcoming, films.audience.grab().toImage())  # the frame the room now sees, bands and all


@pytest.mark.parametrize("step", [LOST, BROKEN], ids=["missing", "unplayable"])
def test_the_next_step_preview_of_a_film_that_cannot_play_is_its_title_as_on_the_projector(
    qtbot: QtBot, films: Rig, step: int
) -> None:
    films.bridge.jump(step - 1)
    preview = films.console.next_preview
    title = films.bridge.plan.steps[step].title
    qtbot.waitUntil(lambda: not preview.showing_film, timeout=10_000)  # the broken one: once tried
    assert title in preview.visible_text()
    upcoming = preview.next_screen.toImage()
    films.bridge.next()
    qtbot.waitUntil(lambda: films.audience.films.trouble is not None, timeout=10_000)
    QApplication.processEvents()
    assert not films.audience.showing_film
    assert upcoming == films.audience.view.grab().toImage()  # the slide the room now sees


def projector_box(image: QImage, background: QColor) -> QRect:
    """Where ``image`` (the console's preview) differs from the console's background: the picture
    of the projector's screen."""
    xs = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(0, image.height(), 2))
    ]
    ys = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y) != background for x in range(0, image.width(), 2))
    ]
    return QRect(xs[0], ys[0], xs[-1] - xs[0] + 1, ys[-1] - ys[0] + 1) if xs and ys else QRect()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["4:3", "16:9"])
def test_the_live_preview_shows_the_film_as_the_projector_does_at_a_useful_size(
    qtbot: QtBot, films: Rig, size: tuple[int, int]
) -> None:
    """The projector's whole screen, in its shape (a 16:9 film on a 4:3 projector with its black
    bands), as large as the column allows: not the film alone squeezed into a thin strip."""
    films.console.showNormal()
    films.console.resize(1366, 768)  # the laptop
    films.audience.resize(*size)
    on_film(qtbot, films)
    QApplication.processEvents()
    preview = films.console.preview
    assert preview.showing_film
    image = preview.grab().toImage()
    box = projector_box(image, preview.palette().color(preview.backgroundRole()))
    assert abs(box.width() / box.height() - size[0] / size[1]) < 0.03, box  # the projector's shape
    assert box.height() >= 200, box  # the column's room, not a 160-pixel strip
    room = films.audience.grab().toImage().scaled(box.size())
    assert alike(image.copy(box), room)  # the room's frame, bands and all


def test_a_film_step_naming_no_file_says_so_and_keeps_the_usual_keys(qtbot: QtBot, rig: Rig) -> None:
    """The built-in workshop's film step names no file (the facilitator picks one of four films): a
    newcomer pressed P for the film, the timer paused and nothing said why."""
    film_step = next(i for i, step in enumerate(rig.bridge.plan.steps) if step.kind.value == "film")
    panel = rig.console.film_panel
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    assert not panel.isVisible()  # the first step is no film step
    rig.bridge.jump(film_step)
    qtbot.waitUntil(panel.isVisible)
    assert "names no film file" in panel.problem.text() and "another player" in panel.problem.text()
    assert not panel.controls.isVisible() and not panel.position.isVisible()
    assert "names no film file" not in rig.audience.view.visible_text()  # the console's word only
    press(rig, Qt.Key.Key_P)
    assert rig.bridge.status is Status.PAUSED  # P is the timer here, as the panel says
    rig.bridge.jump(film_step + 1)
    qtbot.waitUntil(lambda: not panel.isVisible())

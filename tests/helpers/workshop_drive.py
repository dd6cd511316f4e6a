"""Drive a whole workshop by keys on a 1366×768 laptop with a projector, as a facilitator would, and
print what went wrong as JSON (an empty list: nothing).

Run in its own process (the screen layout is fixed when the QApplication is created):
``QT_QPA_PLATFORM=offscreen:configfile=tests/helpers/laptop.json \\
    python -m tests.helpers.workshop_drive kk [DIR] [--plan=PLAN.yaml]``
With DIR, screenshots of the console and the projector are saved at each point; with --plan, that
plan is driven instead of the built-in workshop (e.g. a session of the built-in series).

At each point it checks the projector (only audience content: the step's own text, the holding or
closing screen, black; never guidance, a note, a cue or a referral; never overtime) and that no
window or panel is wider or taller than the laptop's screen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from facilitator.aids.cue_set import load_cue_set
from facilitator.aids.referrals import Directory
from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan import as_data
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.state import Status
from facilitator.sessions.store import Store
from facilitator.ui import dialogs, i18n
from facilitator.ui.audience_view import Display
from facilitator.ui.launch import Launcher, load_fonts
from tests.helpers.plans import private_strings

PASSPHRASE = "workshop drive"
NOTE = "Timur (8 701 555 2233) said his father never cooked"


class Drive:
    def __init__(self, language: str, shots: Path | None, plan: Path | None = None) -> None:
        self.language = language
        self.shots = shots
        self.problems: list[str] = []
        self.points: list[str] = []
        self.asked: list[str] = []
        self.app = QApplication.instance() or QApplication([])
        assert isinstance(self.app, QApplication)
        load_fonts(self.app)
        i18n.install(self.app, language)
        self.laptop = next(s for s in self.app.screens() if s.name() == "Laptop")
        self.store = Store.open(database_path())
        self.clock = FakeClock()
        self.loaded = load_plan(plan or default_workshop(language))
        self.launcher = Launcher(
            self.app, self.loaded, "plan.yaml", self.store, self.clock, ask=False, passphrase=PASSPHRASE
        )
        dialogs.ask = self._ask  # type: ignore[assignment]
        dialogs.ask_passphrase = lambda *_a, **_k: PASSPHRASE  # type: ignore[assignment]
        dialogs.tell = lambda _parent, title, _text: self.asked.append(title)  # type: ignore[assignment]
        assert self.launcher.open()
        assert self.launcher.console and self.launcher.audience and self.launcher.bridge
        self.console = self.launcher.console
        self.audience = self.launcher.audience
        self.bridge = self.launcher.bridge
        cues = load_cue_set()
        self.private = {NOTE, "Timur", "8 701 555 2233"}
        for library in cues.libraries.values():
            for cue in library.cues:
                self.private.update(move.text for move in cue.moves)
        self.private.update(s.name for s in Directory(self.store).services())
        self.private.update(s for step in self.loaded.plan.steps for s in private_strings(step))
        public = " ".join(str(as_data(step.audience)) for step in self.loaded.plan.steps)
        public += " " + self.loaded.plan.title
        self.private = {text for text in self.private if text and text not in public}

    def _ask(self, _parent: object, title: str, text: str) -> bool:
        self.asked.append(f"{title}: {text}")
        return True

    # -- keys -----------------------------------------------------------------------------------
    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget() or self.console
        QTest.keyClick(target, key, modifier)
        self.app.processEvents()

    def type(self, widget: QWidget, text: str) -> None:
        for character in text:  # per character: keyClicks with non-ASCII aborts (ENGINEERING-NOTES)
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier
            )
        self.app.processEvents()

    # -- checks ---------------------------------------------------------------------------------
    def check(self, point: str, expect: Display | None = None) -> None:
        self.app.processEvents()
        self.points.append(point)
        shown = self.audience.view.visible_text()
        for secret in self.private:
            if secret in shown:
                self.problems.append(f"{point}: the projector shows private text {secret[:40]!r}")
        if "+" in shown.splitlines()[-1:][0] if shown else False:
            self.problems.append(f"{point}: the projector shows overtime ({shown.splitlines()[-1]!r})")
        if expect is not None and self.bridge.display is not expect:
            self.problems.append(f"{point}: the projector is {self.bridge.display}, expected {expect}")
        available = self.laptop.availableGeometry()
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or window is self.audience:
                continue
            name = window.objectName() or type(window).__name__
            frame = window.frameGeometry()
            if frame.width() > available.width() or frame.height() > available.height():
                self.problems.append(f"{point}: {name} is {frame.width()}×{frame.height()}")
            hint = window.minimumSizeHint()
            if hint.width() > available.width() or hint.height() > available.height():
                self.problems.append(f"{point}: {name} needs at least {hint.width()}×{hint.height()}")
            if window.screen() is not self.laptop:
                self.problems.append(f"{point}: {name} is not on the laptop")
        for dock in self.console.findChildren(QDockWidget):
            if dock.isVisible() and not QRect(self.console.rect()).contains(
                QRect(dock.mapTo(self.console, dock.rect().topLeft()), dock.size())
            ):
                self.problems.append(f"{point}: the panel {dock.objectName()} is outside the console")
        if self.shots is not None:
            number = len(self.points)
            self.console.grab().save(str(self.shots / f"{self.language}-{number:02d}-{point}-console.png"))
            self.audience.grab().save(str(self.shots / f"{self.language}-{number:02d}-{point}-projector.png"))

    def expect(self, point: str, condition: bool, what: str) -> None:
        if not condition:
            self.problems.append(f"{point}: {what}")

    # -- the workshop ---------------------------------------------------------------------------
    def run(self) -> None:
        console, bridge, clock = self.console, self.bridge, self.clock
        self.expect("open", console.isMaximized(), "the console is not maximized on the laptop")
        self.check("open", Display.HOLDING)
        self.key(Qt.Key.Key_F5)
        self.expect("start", bridge.state().status is Status.RUNNING, "F5 did not start")
        self.expect("start", not console.actions_by_id["start"].isEnabled(), "Start is still enabled")
        self.check("start", Display.SLIDE)

        editor = console.notes.editor
        QTest.mouseClick(editor, Qt.MouseButton.LeftButton)
        editor.setFocus()
        self.type(editor, NOTE)
        self.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        self.check("note", Display.SLIDE)
        self.expect("note", editor.hasFocus(), "Ctrl+Enter took the caret out of the notes box")
        self.key(Qt.Key.Key_Escape)  # out of the notes box: the presenter keys drive again
        self.key(Qt.Key.Key_Space)
        self.expect("note", bridge.state().index == 1, "Space after a note did not go to step 2")
        if bridge.held_back:  # step 2 is sensitive: the warning first, then Space puts it up
            self.key(Qt.Key.Key_Space)
        self.expect("note", NOTE not in editor.toPlainText(), "the note stayed in the box")

        self.key(Qt.Key.Key_F2)
        panel = console.aids.cue_panel
        self.expect(
            "f2", panel is not None and panel.search.hasFocus(), "F2 did not put the caret in its search"
        )
        if panel is not None:
            self.type(panel.search, "  ")  # two spaces typed in the panel
        self.expect("f2", bridge.state().index == 1, "typing in the cue panel moved the projector")
        self.check("f2", Display.SLIDE)
        self.key(Qt.Key.Key_Escape)
        self.expect("f2", panel is None or not panel.isVisible(), "Escape did not close the cue panel")

        self.key(Qt.Key.Key_F3)
        sheet = console.aids.referral_panel
        focus = QApplication.focusWidget()
        self.expect(
            "f3", sheet is not None and focus is not None and sheet.isAncestorOf(focus), "F3 has no caret"
        )
        self.check("f3", Display.SLIDE)
        self.key(Qt.Key.Key_Escape)

        before = self.audience.view.visible_text()
        self.key(Qt.Key.Key_F12)
        self.expect("f12", bridge.state().status is Status.PAUSED, "F12 did not pause the timer")
        self.check("f12", Display.BLACK)
        clock.advance(60)
        self.key(Qt.Key.Key_F12)
        bridge.timer_updated.emit()
        self.check("f12-back", Display.SLIDE)
        self.expect("f12-back", self.audience.view.visible_text() == before, "F12 again did not restore")

        lock = self.launcher.lock
        assert lock is not None
        self.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        self.expect("lock", lock.locked, "Ctrl+L did not lock")
        self.check("lock", Display.SLIDE)
        self.expect("lock", lock.ask_unlock(), "unlock failed")
        self.check("unlock", Display.SLIDE)

        self.key(Qt.Key.Key_P)  # a pause, then the laptop is left alone
        clock.advance(11 * 60)
        bridge.timer_updated.emit()
        self.expect("idle", lock.locked, "eleven idle minutes (paused) did not lock")
        self.check("idle-locked", Display.SLIDE)
        lock.ask_unlock()
        self.key(Qt.Key.Key_P)

        clock.advance(bridge.state().step_allotted + 90)  # the step runs over
        bridge.timer_updated.emit()
        self.expect("overtime", not lock.locked, "a running step locked by default")
        self.check("overtime", Display.SLIDE)

        steps = len(self.loaded.plan.steps)
        for _ in range(steps * 8):
            if (
                bridge.state().index == steps - 1
                and not bridge.held_back
                and self.audience.view.visible_text()
            ):
                break
            self.expect(  # a sensitive step is up only once the console has warned
                f"step-{bridge.state().index + 1}",
                not bridge.held_back or console.stage_banner.isVisible(),
                "a sensitive step is held without the console's warning",
            )
            self.key(Qt.Key.Key_Space)
            self.check(f"step-{bridge.state().index + 1}")
        self.check("last-step", Display.SLIDE)
        self.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        self.expect("end", any("{" not in a and str(steps) in a for a in self.asked), "ending did not ask")
        self.expect("end", bridge.state().status is Status.ENDED, "Ctrl+E (confirmed) did not end")
        self.check("end")

    def close(self) -> None:
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window not in (self.console, self.audience):
                window.close()
        self.launcher.close()
        self.store.close()


def main() -> None:
    plans = [Path(arg.removeprefix("--plan=")) for arg in sys.argv[1:] if arg.startswith("--plan=")]
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--plan=")]
    language = args[0]
    shots = Path(args[1]) if len(args) > 1 else None
    QApplication([])
    drive = Drive(language, shots, plans[0] if plans else None)
    series = drive.console.series_label.text() if drive.console.series_label.isVisible() else ""
    try:
        drive.run()
    finally:
        report = {"language": language, "points": drive.points, "problems": drive.problems, "series": series}
        print(json.dumps(report))
        drive.close()


if __name__ == "__main__":
    main()

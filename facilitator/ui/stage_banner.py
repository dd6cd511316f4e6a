"""What the console says, above everything, when the room does not see the current step's slide
because of where the workshop stands: a sensitive step held back until the facilitator has read
its warning, the closing screen after the last step, the session ended (and what to do next); and
before the start, why F5 did not start a new session (this workshop was run today, or has a session
kept for later: the same key again starts it).

The projector follows the console here, never the other way round: the warning is on the laptop
before the step is on the projector (``SessionBridge.held_back``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.sessions.state import Status
from facilitator.ui.actions import key_text
from facilitator.ui.i18n import ago, translate
from facilitator.ui.session_bridge import SessionBridge

COLOURS = {"held": "#fde2e1", "closing": "#d7efe9", "again": "#fff3cd"}


class StageBanner(QWidget):
    """A coloured line with one or two buttons: hidden while the room sees the step as planned."""

    def __init__(
        self, bridge: SessionBridge, actions: dict[str, QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stage-banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._bridge = bridge
        self._actions = actions
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setObjectName("stage-text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.text, 1)
        self.buttons: dict[str, QPushButton] = {}
        for action_id in ("start", "next", "end", "review"):
            button = QPushButton(self)
            button.setObjectName(f"stage-{action_id}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click never takes the presenter's keys
            button.clicked.connect(lambda _checked=False, a=action_id: self._actions[a].trigger())
            row.addWidget(button)
            self.buttons[action_id] = button
        signals = (bridge.step_changed, bridge.display_changed, bridge.session_ended, bridge.start_held)
        for signal in signals:
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        bridge = self._bridge
        shown: dict[str, str] = {}
        if bridge.status is Status.NOT_STARTED and bridge.earlier_run is not None:
            stage = "again"
            text = self._again_text()
            shown["start"] = translate("Stage", "Start a new session")
        elif bridge.status is Status.ENDED:
            stage = "closing"
            text = translate(
                "Stage",
                "<b>The session has ended.</b> The projector shows the closing screen. Next: review "
                "the notes and export the anonymized PDF ({review}).",
            ).format(review=key_text("review"))
            shown["review"] = translate("Stage", "Review and export…")
        elif bridge.at_closing:
            stage = "closing"
            text = translate(
                "Stage",
                "<b>The workshop's steps are done: the projector shows the closing screen.</b> End the "
                "session ({end}) to stop the timer, then review the notes and export ({review}). "
                "{back} goes back to the last step.",
            ).format(end=key_text("end"), review=key_text("review"), back=key_text("previous"))
            shown["end"] = translate("Stage", "End the session…")
        elif bridge.held_back:
            stage = "held"
            text = translate(
                "Stage",
                "<b>Sensitive step: the projector shows the holding screen.</b> Announce the topic, "
                "remind everyone they may pass, and say where help is. Then press {next} to show it.",
            ).format(next=key_text("next"))
            shown["next"] = translate("Stage", "Show it on the projector")
        else:
            self.hide()
            return
        self.setStyleSheet(f"QWidget#stage-banner {{ background: {COLOURS[stage]}; }}")
        self.setProperty("stage", stage)
        self.text.setText(text)
        for action_id, button in self.buttons.items():
            button.setVisible(action_id in shown)
            button.setText(shown.get(action_id, ""))
        self.show()

    def _again_text(self) -> str:
        """Why F5 did not start: a session of this workshop kept for later, or one run today."""
        run = self._bridge.earlier_run
        assert run is not None
        key = key_text("start")
        if run.unfinished:
            kept = (
                translate(
                    "Stage",
                    "<b>A session of this workshop was left open</b> when the app was closed ({ago}); it "
                    "is kept to continue later. Press {start} again to start a new session anyway. To go "
                    "on with that one instead, close the app and open it again: it is offered then.",
                )
                if run.left_open
                else translate(
                    "Stage",
                    "<b>A session of this workshop did not end properly</b> ({ago}); it is kept to resume "
                    "later. Press {start} again to start a new session anyway. To go on with that one "
                    "instead, close the app and open it again: it is offered then.",
                )
            )
            return kept.format(ago=ago(self._bridge.clock.wall() - run.last_wall), start=key)
        said = translate(
            "Stage",
            "<b>This workshop was already run today</b> (from {began} to {ended}). Press {start} "
            "again to start a new session of it.",
        )
        ended = run.ended_wall or run.last_wall
        return said.format(began=_clock_time(run.started_wall), ended=_clock_time(ended), start=key)


def _clock_time(wall: float) -> str:
    return datetime.fromtimestamp(wall).strftime("%H:%M")

"""The big timer (step, phase, overtime), the session's standing, and the running-late advice."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.presentation import clock_text, timer_level
from facilitator.sessions.retiming import RetimingAdvice
from facilitator.sessions.state import Status
from facilitator.ui import i18n, theme
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge


class TimerPanel(QWidget):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.clock = QLabel(self)
        self.clock.setObjectName("big-timer")
        self.clock.setAccessibleName(translate("Timer", "Time left in this step"))
        font = QFont(theme.FONT_FAMILY)
        font.setPixelSize(56)
        font.setBold(True)
        self.clock.setFont(font)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase = QLabel(self)
        self.phase.setObjectName("phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setWordWrap(True)
        self.standing = QLabel(self)
        self.standing.setObjectName("standing")
        self.standing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.standing.setWordWrap(True)
        self.late = QLabel(self)
        self.late.setObjectName("running-late")
        self.late.setWordWrap(True)
        self.apply = QPushButton(translate("Timer", "Shorten as advised"), self)
        self.apply.setObjectName("apply-advice")
        self.apply.clicked.connect(bridge.apply_advice)
        late_row = QHBoxLayout()
        late_row.addWidget(self.late, 1)
        late_row.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.clock)
        layout.addWidget(self.phase)
        layout.addWidget(self.standing)
        layout.addLayout(late_row)
        bridge.timer_updated.connect(self.refresh)
        bridge.step_changed.connect(lambda _index: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        state = self._bridge.state()
        if state.status is Status.NOT_STARTED:
            self.clock.setText(clock_text(state.step_allotted))
            self.phase.setText(translate("Timer", "Not started: press F5 or → to begin"))
        else:
            level = timer_level(state.remaining, state.step_allotted)
            self.clock.setText(clock_text(state.remaining))
            self.clock.setStyleSheet(f"color: {theme.TIMER_COLOURS[level].name()};")
            phase = state.phase
            paused = translate("Timer", "PAUSED") + " · " if state.status is Status.PAUSED else ""
            if phase is not None:
                where = translate("Timer", "Phase {number}/{count}: {label}").format(
                    number=phase.index + 1, count=phase.count, label=phase.label
                )
                self.phase.setText(f"{paused}{where} · {clock_text(phase.remaining)}")
            else:
                self.phase.setText(
                    paused.strip(" ·")
                    if paused
                    else (translate("Timer", "Ended") if state.status is Status.ENDED else "")
                )
        end = state.projected_end_wall
        if end is None:  # not started: how long it is planned to take, not an end with no time
            plan = self._bridge.plan
            text = translate("Timer", "Planned length {length}").format(
                length=i18n.length(plan.planned_total)
            )
            if plan.buffer:
                text += " " + translate("Timer", "+ {length} buffer").format(length=i18n.length(plan.buffer))
            self.standing.setText(text)
        elif state.status is Status.ENDED:  # what happened, not a projection ("−115 min")
            self.standing.setText(
                translate("Timer", "Ended at {time} · {length} in all").format(
                    time=datetime.fromtimestamp(end).strftime("%H:%M"),
                    length=i18n.length(state.session_elapsed),
                )
            )
        else:
            self.standing.setText(
                translate("Timer", "Projected end {time} · {standing}").format(
                    time=datetime.fromtimestamp(end).strftime("%H:%M"), standing=i18n.standing(state.behind)
                )
            )
        self._show_advice()

    def _show_advice(self) -> None:
        advice = self._bridge.advice()
        if not advice.behind_minutes:
            self.late.setText("")
            self.late.hide()
            self.apply.hide()
            return
        self.late.setText(advice_text(advice, [step.title for step in self._bridge.plan.steps]))
        self.late.show()
        self.apply.setVisible(bool(advice.cuts))


def advice_text(advice: RetimingAdvice, titles: list[str]) -> str:
    """What the console says of a delay: the buffer left while it lasts, then what to shorten."""
    if advice.buffer_minutes and not advice.past_buffer:
        return translate("Timer", "Running {minutes} min over: {left} min of buffer left.").format(
            minutes=advice.behind_minutes, left=advice.buffer_left_minutes
        )
    text = translate("Timer", "Running late by {minutes} min.").format(minutes=advice.behind_minutes)
    if advice.buffer_minutes:
        text += " " + translate("Timer", "The {minutes} min buffer is used up.").format(
            minutes=advice.buffer_minutes
        )
    cuts = ", ".join(f"{titles[cut.index]} −{cut.minutes}" for cut in advice.cuts)
    if cuts:
        text += " " + translate("Timer", "Shorten: {steps}.").format(steps=cuts)
    if advice.shortfall_minutes:
        text += " " + translate(
            "Timer", "Still {minutes} min over: cut an activity or agree to run over."
        ).format(minutes=advice.shortfall_minutes)
    return text

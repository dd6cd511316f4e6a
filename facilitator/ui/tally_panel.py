"""The console's tally panel: on a step with tallies, a count per answer typed as hands go up.

Each change is committed at once through the bridge (nothing typed is lost to a crash; on a full
disk it is kept, said here, and written when there is room); the panel says how many answers are
in and whether the room sees the distribution yet. Spin boxes take their
own keys: typing a digit or an arrow here never drives the projector (see ``presenter_keys``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.tallies import MAX_COUNT, MIN_THRESHOLD, TallyQuestion, distribution
from facilitator.ui.flow_layout import FlowLayout
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge

HINT_HEIGHT = 60
"""Pixels the panel asks for; its statements scroll past that."""


class _Scroll(QScrollArea):
    def sizeHint(self) -> QSize:
        """A few rows' worth: more statements scroll, so the console still fits a laptop."""
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), HINT_HEIGHT))


class CountBox(QSpinBox):
    """A count; Enter or Esc when done hands the keyboard back to the presenter controls."""

    done = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.interpretText()  # what was typed is the count, stored before the keys go back
            self.done.emit()
            return
        super().keyPressEvent(event)


class TallyPanel(QWidget):
    keys_handed_back = Signal()
    """Enter or Esc in a count: the presenter keys drive the session again."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tally-panel")
        self._bridge = bridge
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        heading = QLabel("<b>" + translate("Tally", "Room's answers (counts only, never who)") + "</b>")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        scroll = _Scroll(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(scroll)
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.unsaved = QLabel(self)
        """Said while counts typed are kept here only (a full disk); "All counts saved" after."""
        self.unsaved.setObjectName("tally-unsaved")
        self.unsaved.setWordWrap(True)
        self.unsaved.hide()
        outer.addWidget(self.unsaved)
        bridge.records_unsaved.connect(self._on_unsaved)
        self.spins: dict[tuple[str, str], CountBox] = {}
        """(question id, answer id) -> its spin box, for the current step."""
        self.totals: dict[str, QLabel] = {}
        self._questions: tuple[TallyQuestion, ...] = ()
        self._step = -1
        bridge.step_changed.connect(self.show_step)
        bridge.session_started.connect(lambda: self.show_step(bridge.index))
        self.show_step(bridge.index)

    def show_step(self, index: int) -> None:
        if index == self._step and self._questions:
            return
        self._step = index
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.spins.clear()
        self.totals.clear()
        tallies = self._bridge.plan.steps[index].audience.tallies
        self._questions = tuple(tally.question() for tally in tallies)
        for question in self._questions:
            self._layout.addWidget(self._box(index, question))
        self.setVisible(bool(self._questions))

    def _box(self, index: int, question: TallyQuestion) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 2, 0, 4)
        column.setSpacing(2)
        statement = QLabel(question.statement, box)
        statement.setTextFormat(Qt.TextFormat.PlainText)
        statement.setWordWrap(True)
        statement.setStyleSheet("font-weight: bold;")
        column.addWidget(statement)
        row = FlowLayout(spacing=8)
        counts = self._bridge.tally_counts(index, question.id)
        for answer in question.answers:
            pair = QWidget(box)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            name = QLabel(answer.label, pair)
            name.setTextFormat(Qt.TextFormat.PlainText)
            spin = CountBox(pair)
            spin.done.connect(self.keys_handed_back)
            spin.setObjectName(f"tally-{question.id}-{answer.id}")
            spin.setRange(0, MAX_COUNT)
            spin.setValue(counts.get(answer.id, 0))
            spin.setAccessibleName(
                translate("Tally", "How many answered: {answer}").format(answer=answer.label)
            )
            name.setBuddy(spin)
            spin.valueChanged.connect(lambda value, q=question.id, a=answer.id: self._typed(q, a, value))
            self.spins[(question.id, answer.id)] = spin
            pair_layout.addWidget(name)
            pair_layout.addWidget(spin)
            row.addWidget(pair)
        column.addLayout(row)
        total = QLabel(box)
        total.setObjectName(f"tally-total-{question.id}")
        total.setWordWrap(True)
        self.totals[question.id] = total
        column.addWidget(total)
        self._show_total(question)
        return box

    def _on_unsaved(self) -> None:
        """Counts kept in memory (the disk was full): said until they land, then "All saved"."""
        count = self._bridge.unsaved_tallies()
        if not count and not self.unsaved.styleSheet():
            return  # nothing was said unsaved: nothing to take back
        if count:
            self.unsaved.setText(
                translate(
                    "Tally",
                    "Counts not saved yet: {count} (disk full?). Kept here; free some space.",
                ).format(count=count)
            )
            self.unsaved.setStyleSheet("color: #9b2c2c; font-weight: bold;")
        else:
            self.unsaved.setText(translate("Tally", "All counts saved."))
            self.unsaved.setStyleSheet("")
        self.unsaved.show()

    def _typed(self, question: str, answer: str, value: int) -> None:
        if not self._bridge.set_tally(question, answer, value):
            stored = self._bridge.tally_counts(self._bridge.index, question).get(answer, 0)
            spin = self.spins.get((question, answer))
            if spin is not None and spin.value() != stored:
                spin.blockSignals(True)  # not kept (locked): show what is kept
                spin.setValue(stored)
                spin.blockSignals(False)
        for known in self._questions:
            if known.id == question:
                self._show_total(known)

    def _show_total(self, question: TallyQuestion) -> None:
        counts = {answer.id: self.spins[(question.id, answer.id)].value() for answer in question.answers}
        spread = distribution(question, counts)
        if spread.shown:
            text = translate("Tally", "{total} answers in: the room sees the distribution.")
        else:
            text = translate("Tally", "{total} answers in: the room sees the distribution from {threshold}.")
        label = self.totals[question.id]
        label.setText(text.format(total=spread.total, threshold=max(question.threshold, MIN_THRESHOLD)))

"""The agenda: planned against actual per step, the current one highlighted, and a timeline bar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.presentation import clock_text
from facilitator.sessions.state import AgendaRow, RowStatus, SessionState, Status
from facilitator.ui import i18n
from facilitator.ui.actions import shortcuts
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.session_bridge import SessionBridge

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("Agenda", "Step"),
    QT_TRANSLATE_NOOP("Agenda", "Planned"),
    QT_TRANSLATE_NOOP("Agenda", "Actual"),
    QT_TRANSLATE_NOOP("Agenda", "At"),
)
TITLE_WIDTH = 150
"""Pixels the step titles keep however narrow the console gets (longer titles are elided)."""
CURRENT = QColor("#d7efe9")
DONE = QColor("#5a6470")
SKIPPED = QColor("#a0a7b0")


class TimelineBar(QWidget):
    """Two bars: the plan (its steps, then its buffer, hatched), and where the session stands (done,
    now, projected to the end); the red line is the plan's end, buffer included."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMinimumHeight(34)
        self._rows: list[AgendaRow] = []
        self._state: SessionState | None = None
        self.setToolTip(
            translate("Agenda", "Top: the plan. Bottom: time used so far and what is left, against the plan.")
        )

    def set_data(self, rows: list[AgendaRow], state: SessionState) -> None:
        self._rows, self._state = rows, state
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows or self._state is None:
            return
        painter = QPainter(self)
        state = self._state
        width = self.width() - 2
        scale = width / max(state.planned_length + state.buffer, state.projected_length, 1.0)
        half = (self.height() - 6) / 2
        x = 1.0
        for row in self._rows:  # the plan, a block a step
            colour = QColor("#c9d6df") if row.index % 2 else QColor("#aebfcc")
            if row.status is RowStatus.CURRENT:
                colour = QColor("#0b6e69")
            painter.fillRect(QRectF(x, 1, row.planned * scale, half), colour)
            x += row.planned * scale
        if state.buffer:  # time in hand, in no step
            painter.fillRect(
                QRectF(x, 1, state.buffer * scale, half),
                QBrush(QColor("#aebfcc"), Qt.BrushStyle.BDiagPattern),
            )
        used = state.session_elapsed * scale
        projected = state.projected_length * scale
        late = state.over_buffer > 60
        painter.fillRect(QRectF(1, half + 4, used, half), QColor("#5a6470"))
        painter.fillRect(
            QRectF(1 + used, half + 4, max(0.0, projected - used), half),
            QColor("#e9b872") if late else QColor("#b5dccf"),
        )
        painter.setPen(QPen(QColor("#c53030"), 2))
        plan_end = 1 + (state.planned_length + state.buffer) * scale
        painter.drawLine(int(plan_end), 0, int(plan_end), self.height())
        painter.end()


class AgendaPanel(QWidget):
    step_activated = Signal(int)

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.table = QTableWidget(len(bridge.plan.steps), len(COLUMNS), self)
        self.table.setObjectName("agenda")
        self.table.setAccessibleName(translate("Agenda", "Agenda"))
        self.table.setHorizontalHeaderLabels([translate("Agenda", column) for column in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # a click or Tab gives it the keyboard (the presenter keys work from here);
        # ↑/↓ choose a step, Enter goes there (← and → stay the presenter keys)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.setTabKeyNavigation(False)
        go = QShortcut(
            QKeySequence(shortcuts("go-to-row")[0]), self.table, context=Qt.ShortcutContext.WidgetShortcut
        )
        go.activated.connect(lambda: bridge.jump(self.table.currentRow()))
        self._go = go
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # a long title wraps onto a second line, its row grows (a laptop's agenda is narrow: at
        # 1366 × 768 Russian and Kazakh titles were cut to a word); the tooltip has it whole too
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._title_width_changed)
        self.table.cellDoubleClicked.connect(lambda row, _column: bridge.jump(row))
        for index, step in enumerate(bridge.plan.steps):
            title = (
                translate("Agenda", "{title} (fixed)").format(title=step.title) if step.fixed else step.title
            )
            for column, text in enumerate((str(index + 1), title, i18n.length(step.duration), "", "")):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(title)  # the cell elides a long title at the column's width
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self._painted: dict[int, RowStatus] = {}
        self.timeline = TimelineBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.timeline)
        bridge.timer_updated.connect(self.refresh)
        bridge.step_changed.connect(self._follow)
        self.refresh()

    def minimumSizeHint(self) -> QSize:
        """Room for the numbers and at least TITLE_WIDTH pixels of each step's title."""
        header = self.table.horizontalHeader()
        numbers = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
            for c in range(len(COLUMNS))
            if c != 1
        )
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        return super().minimumSizeHint().expandedTo(QSize(numbers + TITLE_WIDTH + frame, 0))

    def _title_width_changed(self, column: int, _old: int, _new: int) -> None:
        """Rows are as high as their wrapped titles at the column's new width (Qt measures them
        again only when asked)."""
        if column == 1:
            self.table.resizeRowsToContents()

    def _follow(self, index: int) -> None:
        """The chosen row follows the step on the projector, so Enter alone never jumps elsewhere."""
        self.table.setCurrentCell(index, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = self._bridge.agenda()
        state = self._bridge.state()
        clock = state.start_wall
        for row in rows:
            if row.status is RowStatus.UPCOMING or (row.status is RowStatus.CURRENT and row.actual == 0):
                actual = ""
            else:
                actual = clock_text(row.actual) if row.actual else "—"
            if row.allotted != row.planned:
                actual = f"{actual} ({i18n.length(row.allotted)})".strip()
            self._set_text(row.index, 3, actual)
            at = ""
            if clock is not None and row.status is not RowStatus.SKIPPED:
                at = datetime.fromtimestamp(clock).strftime("%H:%M")
            self._set_text(row.index, 4, at)
            if clock is not None:  # a step done or skipped took what it took; the rest take their time
                passed = row.status in (RowStatus.DONE, RowStatus.SKIPPED)
                clock += row.actual if passed else max(row.allotted, row.actual)
            if self._painted.get(row.index) is not row.status:
                self._paint_row(row)
                self._painted[row.index] = row.status
        if state.status is not Status.NOT_STARTED:
            self.table.scrollToItem(self._cell(state.index, 0))
        self.timeline.set_data(rows, state)

    def _set_text(self, row: int, column: int, text: str) -> None:
        item = self._cell(row, column)
        if item.text() != text:
            item.setText(text)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "every cell is filled in __init__"
        return item

    def _paint_row(self, row: AgendaRow) -> None:
        colour = {RowStatus.DONE: DONE, RowStatus.SKIPPED: SKIPPED}.get(row.status)
        for column in range(len(COLUMNS)):
            item = self._cell(row.index, column)
            item.setBackground(QBrush(CURRENT) if row.status is RowStatus.CURRENT else QBrush())
            item.setForeground(QBrush(colour) if colour else QBrush())
            font = QFont(item.font())
            font.setBold(row.status is RowStatus.CURRENT)
            font.setStrikeOut(row.status is RowStatus.SKIPPED)
            item.setFont(font)

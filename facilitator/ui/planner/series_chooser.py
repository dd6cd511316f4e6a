"""Choose the session of a series to open: every session with its number, title, length and
purpose, when it last ran on this laptop, and the next one not yet run chosen already.

By keys: ↑ ↓ (or the session's number) to choose, Enter to open, Esc to cancel.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.planner.series_choice import SessionChoice, next_to_run, session_choices
from facilitator.sessions.series_loader import LoadedSeries
from facilitator.ui import i18n
from facilitator.ui.i18n import translate


def choice_text(choice: SessionChoice) -> str:
    """Two or three lines: "Session 3: <title> · 1h 30m", the purpose, and when it last ran."""
    if choice.number is None:
        heading = choice.title  # the follow-up's title says it is one
    else:
        heading = translate("Planner", "Session {number}: {title}").format(
            number=choice.number, title=choice.title
        )
    lines = [f"{heading} · {i18n.length(choice.seconds)}", choice.purpose]
    if choice.last_run is not None:
        day = datetime.fromtimestamp(choice.last_run).strftime("%d.%m.%Y")
        lines.append(translate("Planner", "Last run on this laptop: {date}").format(date=day))
    return "\n".join(lines)


class SeriesChooser(QDialog):
    """The series' sessions, one a row; ``chosen()`` is the row picked (after Enter or Open)."""

    def __init__(
        self, loaded: LoadedSeries, runs: Mapping[str, float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("series-chooser")
        self.setWindowTitle(translate("Planner", "Open a session of the series"))
        self.choices: Sequence[SessionChoice] = session_choices(loaded, runs)
        heading = QLabel(f"<b>{escape(loaded.series.title)}</b>")
        heading.setWordWrap(True)
        hint = QLabel(
            translate(
                "Planner",
                "Choose the session with ↑ ↓ or its number, then Enter to open it; Esc cancels. "
                "The next session not yet run on this laptop is chosen first.",
            )
        )
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("series-sessions")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(5)
        for choice in self.choices:
            item = QListWidgetItem(choice_text(choice))
            if choice.last_run is not None:
                item.setForeground(self.palette().placeholderText())  # done: quieter
            self.list.addItem(item)
        self.list.setCurrentRow(next_to_run(self.choices))
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.installEventFilter(self)
        buttons = QDialogButtonBox()
        opening = buttons.addButton(
            translate("Planner", "Open this session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        opening.setDefault(True)
        buttons.addButton(translate("Planner", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()

    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    def chosen(self) -> int | None:
        """The row picked, or None when cancelled (or nothing is chosen)."""
        row = self.list.currentRow()
        if self.result() != QDialog.DialogCode.Accepted or row < 0:
            return None
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if text.isdigit() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                row = next((i for i, c in enumerate(self.choices) if c.number == int(text)), None)
                if row is not None:
                    self.list.setCurrentRow(row)
                return True  # a digit picks a session, never a list search
        return super().eventFilter(watched, event)


def choose_session(parent: QWidget | None, loaded: LoadedSeries, runs: Mapping[str, float]) -> int | None:
    """Ask which session to open (its index among the sessions, then the follow-up); None:
    cancelled. Tests drive ``SeriesChooser`` by keys, or replace this function."""
    dialog = SeriesChooser(loaded, runs, parent)
    dialog.exec()
    return dialog.chosen()

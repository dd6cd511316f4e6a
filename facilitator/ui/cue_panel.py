"""The resistance cue panel: find a way to respond in two keystrokes, log the moment, no names.

Opened with F2 from anywhere (the notes box keeps its text); typing filters across statements,
drivers and forms in any language; Enter picks the first cue; Alt+D / Alt+C / Alt+O log the moment
as defused, continued, or taken outside the group, and close the panel.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.aids.cue_set import CueSet
from facilitator.aids.cues import Cue, CueLibrary
from facilitator.aids.moments import Outcome
from facilitator.languages import quoted
from facilitator.ui.actions import shortcuts
from facilitator.ui.flow_layout import FlowLayout
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

MOVE_TITLES = {
    "acknowledge": QT_TRANSLATE_NOOP("Cues", "Acknowledge"),
    "ask": QT_TRANSLATE_NOOP("Cues", "Ask"),
    "reflect": QT_TRANSLATE_NOOP("Cues", "Reflect"),
    "connect-values": QT_TRANSLATE_NOOP("Cues", "Connect to values"),
    "fact": QT_TRANSLATE_NOOP("Cues", "A fact"),
    "role-model": QT_TRANSLATE_NOOP("Cues", "A role model"),
    "take-outside": QT_TRANSLATE_NOOP("Cues", "Take it outside"),
    "moveable-middle": QT_TRANSLATE_NOOP("Cues", "The moveable middle"),
}
OUTCOMES = (
    (Outcome.DEFUSED, QT_TRANSLATE_NOOP("Cues", "Defused"), shortcuts("log-defused")[0]),
    (Outcome.CONTINUED, QT_TRANSLATE_NOOP("Cues", "Continued"), shortcuts("log-continued")[0]),
    (Outcome.TAKEN_OUTSIDE, QT_TRANSLATE_NOOP("Cues", "Taken outside"), shortcuts("log-outside")[0]),
)


def cue_html(cue: Cue, library: CueLibrary) -> str:
    drivers = ", ".join(escape(d.title) for i in cue.drivers if (d := library.driver(i)))
    forms = ", ".join(escape(f.title) for i in cue.forms if (f := library.form(i)))
    statement = escape(quoted(cue.statement, library.language))  # «…» in Russian and Kazakh
    parts = [f"<h3>{statement}</h3>", f"<p><i>{drivers} · {forms}</i></p><ol>"]
    parts += [
        f"<li><b>{translate('Cues', MOVE_TITLES[m.kind])}.</b> {escape(m.text)}</li>" for m in cue.moves
    ]
    parts.append("</ol>")
    if cue.fact:
        fact = translate("Cues", "Fact.")
        parts.append(f"<p><b>{fact}</b> {escape(cue.fact.text)} <i>({escape(cue.fact.source)})</i></p>")
    if cue.avoid:
        parts.append("<p><b>" + translate("Cues", "Avoid:") + "</b> " + escape("; ".join(cue.avoid)) + "</p>")
    if cue.take_outside:
        parts.append(
            "<p><b>" + translate("Cues", "Better continued outside the group, one to one.") + "</b></p>"
        )
    return "".join(parts)


class CuePanel(QWidget):
    moment_logged = Signal(str, str, str, str, str)
    """cue id, driver, form, move kind, outcome."""
    closed = Signal()

    def sizeHint(self) -> QSize:
        """A third of a laptop screen wide and half as high: the rest stays the console's."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), 420), min(hint.height(), 400))

    def __init__(self, cues: CueSet, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cue-panel")
        self._cues = cues
        self._language = language
        self._suggested: tuple[str, ...] = ()
        self.problems = QLabel(self)
        self.problems.setObjectName("cue-problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #9b2c2c;")
        self.problems.setText(
            translate("Cues", "Some of your own cue files were skipped:")
            + "\n"
            + "\n".join(str(p) for p in cues.problems[:5])
        )
        self.problems.setVisible(bool(cues.problems))
        self.search = QLineEdit(self)
        self.search.setObjectName("cue-search")
        self.search.setPlaceholderText(translate("Cues", "What was said? A few letters, any language…"))
        self.search.setAccessibleName(translate("Cues", "Search resistance cues"))
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._pick_first)
        self.results = QListWidget(self)
        self.results.setObjectName("cue-results")
        self.results.setAccessibleName(translate("Cues", "Matching cues"))
        self.results.setWordWrap(True)  # a statement shows whole, on two lines if need be
        self.results.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("cue-detail")
        self.detail.setTabChangesFocus(True)
        self.detail.setAccessibleName(translate("Cues", "How to respond"))
        self.move_choice = QComboBox(self)
        self.move_choice.setAccessibleName(translate("Cues", "Move used"))
        self.buttons = {}
        self.move_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.move_choice.setMinimumContentsLength(12)
        move_row = QHBoxLayout()
        move_row.addWidget(QLabel(translate("Cues", "Move used:")))
        move_row.addWidget(self.move_choice, 1)
        row = FlowLayout()
        for outcome, title, key in OUTCOMES:
            button = QPushButton(f"{translate('Cues', title)} ({key})", self)
            button.setObjectName(f"log-{outcome.value}")
            button.clicked.connect(lambda _c=False, o=outcome: self.log(o))
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda o=outcome: self.log(o))
            row.addWidget(button)
            self.buttons[outcome] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.problems)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.detail, 3)
        layout.addLayout(move_row)
        layout.addLayout(row)
        self.refresh()

    def suggest(self, cue_ids: tuple[str, ...]) -> None:
        """Cues the current step expects: listed first (★) while the search box is empty."""
        self._suggested = cue_ids
        self.refresh()

    def open(self) -> None:
        self.search.clear()
        self.refresh()
        self.show()
        self.search.setFocus()

    def refresh(self) -> None:
        query = self.search.text()
        found = self._cues.search(query)
        if not query.strip():
            found = [c for c in self._suggested if c in found] + [
                c for c in found if c not in self._suggested
            ]
        self.results.clear()
        for cue_id in found:
            cue = self._cues.cue(cue_id, self._language)
            if cue is None:
                continue
            mark = "★ " if cue_id in self._suggested and not query.strip() else ""
            item = QListWidgetItem(f"{mark}{cue.statement}")
            item.setData(Qt.ItemDataRole.UserRole, cue_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.detail.setHtml(
                "<p>"
                + translate("Cues", "No cue matches. Acknowledge, ask a question, and note the moment.")
                + "</p>"
            )

    def current_cue(self) -> Cue | None:
        item = self.results.currentItem()
        return self._cues.cue(str(item.data(Qt.ItemDataRole.UserRole)), self._language) if item else None

    def _show(self, item: QListWidgetItem | None) -> None:
        cue = self._cues.cue(str(item.data(Qt.ItemDataRole.UserRole)), self._language) if item else None
        self.move_choice.clear()
        if cue is None:
            return
        self.detail.setHtml(cue_html(cue, self._cues.library(self._language)))
        for move in cue.moves:
            self.move_choice.addItem(translate("Cues", MOVE_TITLES[move.kind]), move.kind)

    def _pick_first(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self.buttons[Outcome.DEFUSED].setFocus()

    def log(self, outcome: Outcome) -> None:
        cue = self.current_cue()
        if cue is None:
            self.moment_logged.emit("", "", "", "", outcome.value)
        else:
            move = str(self.move_choice.currentData() or "")
            self.moment_logged.emit(cue.id, cue.drivers[0], cue.forms[0], move, outcome.value)
        self.closed.emit()

"""Browse and search the step library; preview a step's audience screen and private guidance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.languages import LANGUAGE_NAMES, LANGUAGES
from facilitator.planner.library import LibraryStep, themes
from facilitator.presentation import AudienceSlide
from facilitator.sessions.plan import StepKind
from facilitator.ui.actions import shortcuts
from facilitator.ui.audience_view import AudienceView
from facilitator.ui.i18n import translate
from facilitator.ui.kind_names import step_kind
from facilitator.ui.step_panel import guidance_html

MOVES = {
    QKeySequence(key): rows for key, rows in zip(shortcuts("library-move"), (1, -1, 10, -10), strict=True)
}
"""Keys of the search box that move the selection in the list below it, and by how many rows (the
caret stays; read from facilitator/ui/actions.py, "library-move": ↓ ↑ PageDown PageUp)."""


class SlidePreview(AudienceView):
    """The projector's view of a library step, asking for a third of a laptop's width."""

    def sizeHint(self) -> QSize:
        return QSize(400, 225)


class LibraryPanel(QWidget):
    chosen = Signal(object)
    """A LibraryStep the facilitator wants in the agenda (Enter or double-click)."""

    def __init__(self, library: list[LibraryStep], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.search = QLineEdit(self)
        self.search.setObjectName("library-search")
        self.search.setPlaceholderText(translate("Library", "Search the library (title, theme, kind)…"))
        self.kind = QComboBox(self)
        self.kind.addItem(translate("Library", "Any kind"), "")
        for kind in StepKind:
            self.kind.addItem(step_kind(kind), kind.value)
        self.theme = QComboBox(self)
        self.theme.addItem(translate("Library", "Any theme"), "")
        for theme in themes(library):
            self.theme.addItem(theme, theme)
        self.language = QComboBox(self)
        for code in ("", *LANGUAGES):
            self.language.addItem(LANGUAGE_NAMES.get(code) or translate("Library", "Any language"), code)
        self.longest = QSpinBox(self)
        self.longest.setRange(0, 180)
        self.longest.setSpecialValueText(translate("Library", "Any length"))
        self.longest.setSuffix(translate("Library", " min at most"))
        self.list = QListWidget(self)
        self.list.setObjectName("library-list")
        self.list.setDragEnabled(True)
        self.list.itemActivated.connect(self._choose)
        self.list.currentItemChanged.connect(lambda item, _old: self._preview(item))
        self.slide_view = SlidePreview(parent=self)
        self.slide_view.setMinimumHeight(140)
        self.guidance = QTextBrowser(self)
        filters = QGridLayout()
        for place, combo in enumerate((self.kind, self.theme, self.language)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            filters.addWidget(combo, place // 2, place % 2)
            combo.currentIndexChanged.connect(self.refresh)
        filters.addWidget(self.longest, 1, 1)
        self.longest.valueChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._choose_current)
        self.search.installEventFilter(self)
        previews = QSplitter(Qt.Orientation.Vertical, self)
        previews.addWidget(self.slide_view)
        previews.addWidget(self.guidance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 2)
        layout.addWidget(previews, 3)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        query = self.search.text()
        longest = self.longest.value() or None
        self.list.clear()
        found = [
            item
            for item in self._library
            if item.matches(
                query,
                self.kind.currentData() or None,
                self.theme.currentData() or None,
                longest,
                self.language.currentData() or None,
            )
        ]
        for item in sorted(found, key=lambda item: not item.named_by(query)):  # stable: library order
            row = QListWidgetItem(
                f"{item.step.title}  ·  {step_kind(item.step.kind)}  ·  "
                f"{item.minutes:g} {translate('Units', 'min')}  ·  "
                f"{LANGUAGE_NAMES.get(item.language, item.language)}"  # its name, never its code
            )
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setToolTip(item.source)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)

    def show_language(self, code: object) -> None:
        """Filter the library to ``code`` (a plan's language), or to any language if it is not one."""
        index = self.language.findData(code if isinstance(code, str) else "")
        self.language.setCurrentIndex(max(index, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ ↑ PgDn PgUp in the search box move the selection in the filtered list, so Enter adds
        the step chosen there; the caret stays in the box to type on."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and QKeySequence(event.key()) in MOVES
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.move_selection(MOVES[QKeySequence(event.key())])
            return True
        return super().eventFilter(watched, event)

    def move_selection(self, offset: int) -> None:
        if self.list.count():
            row = self.list.currentRow()
            start = -1 if row < 0 and offset > 0 else row
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, start + offset)))

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        """Add the step, then move the selection on: Enter again adds the next step, never the same
        one twice by accident (after the last one nothing is chosen until ↓ or ↑)."""
        row = self.list.row(item)
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        if row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)
        else:
            self.list.setCurrentRow(-1)

    def _preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        library_step: LibraryStep = item.data(Qt.ItemDataRole.UserRole)
        step = library_step.step
        self.slide_view.set_language(library_step.language)
        self.slide_view.show_slide(AudienceSlide(step.audience_title, step.audience, 1, 1, revealed=True))
        self.guidance.setHtml(guidance_html(step, library_step.language))

"""Before starting: what is missing (referral sheet, agreement, check-out, partner, projector, slides)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.aids.referrals import Directory
from facilitator.planner.checklist import Item, checklist, load_ticks, save_ticks
from facilitator.screens import choose_audience_screen
from facilitator.sessions.plan import Plan
from facilitator.ui.i18n import translate
from facilitator.ui.screen_manager import describe
from facilitator.ui.test_pattern import TestPattern


class ChecklistDialog(QDialog):
    def __init__(
        self, plan: Plan, directory: Directory, town: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setWindowTitle(translate("Checklist", "Before you start: {title}").format(title=plan.title))
        self._plan = plan
        self._directory = directory
        self._ticked = load_ticks(plan.id)
        self.town = QLineEdit(town, self)
        self.town.setObjectName("checklist-town")
        self.town.setPlaceholderText(translate("Checklist", "Town of the venue (for the referral sheet)"))
        self.town.textChanged.connect(self.refresh)
        self._rows = QVBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("checklist-summary")
        pattern = QPushButton(translate("Checklist", "Show a test pattern on the projector"), self)
        pattern.setObjectName("show-test-pattern")
        pattern.clicked.connect(self.show_test_pattern)
        self.pattern: TestPattern | None = None
        buttons = QDialogButtonBox(self)
        self.start = buttons.addButton(
            translate("Checklist", "Start the workshop"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.town)
        layout.addLayout(self._rows)
        layout.addWidget(pattern)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.items: list[Item] = []
        self.refresh()

    def refresh(self, *_args: object) -> None:
        while self._rows.count():
            row = self._rows.takeAt(0)
            widget = row.widget() if row is not None else None
            if widget is not None:
                widget.deleteLater()
        self.items = checklist(
            self._plan, self._directory.services(), self.town.text().strip(), date.today(), self._ticked
        )
        for item in self.items:
            if item.manual:
                box = QCheckBox(item.title, self)
                box.setObjectName(f"check-{item.id}")
                box.setChecked(item.done)
                box.toggled.connect(lambda on, key=item.id: self._tick(key, on))
                self._rows.addWidget(box)
            else:
                mark = "✓" if item.done else "✗"
                label = QLabel(f"{mark} {item.title}" + (f"\n    {item.detail}" if item.detail else ""), self)
                label.setObjectName(f"check-{item.id}")
                label.setStyleSheet("" if item.done else "color: #9b2c2c;")
                self._rows.addWidget(label)
        missing = [item for item in self.items if not item.done]
        self.summary.setText(
            translate("Checklist", "Everything is ready.")
            if not missing
            else translate("Checklist", "{count} thing(s) still open.").format(count=len(missing))
        )

    def show_test_pattern(self) -> None:
        """Full screen on the screen the audience window would use (a window with one screen)."""
        screens = [describe(s) for s in QGuiApplication.screens()]
        target = choose_audience_screen(screens, describe(QGuiApplication.primaryScreen()))
        qt_screen = next((s for s in QGuiApplication.screens() if target and describe(s) == target), None)
        self.pattern = TestPattern()
        if qt_screen is None:
            self.pattern.resize(960, 540)
            self.pattern.show()
        else:
            self.pattern.setScreen(qt_screen)
            self.pattern.setGeometry(qt_screen.geometry())
            self.pattern.showFullScreen()

    def _tick(self, key: str, on: bool) -> None:
        (self._ticked.add if on else self._ticked.discard)(key)
        save_ticks(self._plan.id, self._ticked)
        self.refresh()

    def missing(self) -> list[str]:
        return [item.id for item in self.items if not item.done]

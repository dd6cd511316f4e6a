"""The referral sheet in the console: services for the venue, kept up to date, never projected.

"Referral offered" records the kind of service only: never who it was offered to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.aids.referral_csv import export_csv, read_csv
from facilitator.aids.referrals import KIND_TITLES, Directory, Service, ServiceKind, check_for_town
from facilitator.sessions.atomic import WriteFailed
from facilitator.sessions.errors import InvalidFile, StoreError
from facilitator.ui import dialogs
from facilitator.ui.flow_layout import FlowLayout
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, current, translate

COLUMN_LIMIT = 220


def verification_text(service: Service, today: date) -> str:
    """When the entry was last checked, with a warning in the UI's language when it needs a look."""
    if service.verification(today) is None:
        return str(service.last_verified)
    if service.last_verified is None:
        return "⚠ " + translate("Referrals", "not verified: check before use")
    return "⚠ " + translate("Referrals", "last verified {date}: more than 90 days ago").format(
        date=service.last_verified.isoformat()
    )


"""Pixels: a column wider than this scrolls (its cells show the rest in their tooltip)."""
EDITABLE = ("name", "phone", "hours", "languages", "cost", "region", "notes")
HEADERS = (
    QT_TRANSLATE_NOOP("Referrals", "Kind"),
    QT_TRANSLATE_NOOP("Referrals", "Name"),
    QT_TRANSLATE_NOOP("Referrals", "Phone"),
    QT_TRANSLATE_NOOP("Referrals", "Hours"),
    QT_TRANSLATE_NOOP("Referrals", "Languages"),
    QT_TRANSLATE_NOOP("Referrals", "Cost"),
    QT_TRANSLATE_NOOP("Referrals", "Region"),
    QT_TRANSLATE_NOOP("Referrals", "Notes"),
    QT_TRANSLATE_NOOP("Referrals", "Verified"),
)


def kind_titles() -> dict[ServiceKind, str]:
    """Kinds of service in the UI's language (the handout has them in en, ru and kk)."""
    from facilitator.export.handout import KINDS

    return KINDS.get(current(), KIND_TITLES)


class ReferralPanel(QWidget):
    referral_offered = Signal(str)
    """The kind of service offered (ServiceKind value)."""
    message = Signal(str)

    def sizeHint(self) -> QSize:
        """A third of a laptop screen wide, a few services high."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), 420), min(hint.height(), 260))

    def __init__(self, directory: Directory, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral-panel")
        self._directory = directory
        self._language = language
        self._services: list[Service] = []
        self._filling = False
        self.region = QLineEdit(self)
        self.region.setObjectName("referral-region")
        self.region.setAccessibleName(translate("Referrals", "Town or region of the venue"))
        self.region.setPlaceholderText(translate("Referrals", "Town or region of the venue"))
        self.region.textChanged.connect(self.refresh)
        self.checks = QLabel(self)
        self.checks.setObjectName("referral-checks")
        self.checks.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("referral-table")
        self.table.setAccessibleName(translate("Referrals", "Services"))
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([translate("Referrals", header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._edited)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("Referrals", "Kind:"))
        for kind, title in kind_titles().items():
            self.kind.addItem(title, kind.value)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)
        buttons = FlowLayout()
        for title, slot in (
            (QT_TRANSLATE_NOOP("Referrals", "Referral offered"), self._offer),
            (QT_TRANSLATE_NOOP("Referrals", "Add"), self._add),
            (QT_TRANSLATE_NOOP("Referrals", "Delete"), self._delete),
            (QT_TRANSLATE_NOOP("Referrals", "Verified today"), self._verified),
            (QT_TRANSLATE_NOOP("Referrals", "Import CSV…"), self._import),
            (QT_TRANSLATE_NOOP("Referrals", "Export CSV…"), self._export),
            (QT_TRANSLATE_NOOP("Referrals", "Handout PDF…"), self._handout),
        ):
            button = QPushButton(translate("Referrals", title), self)
            button.setObjectName("referral-" + title.split()[0].lower().strip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.region, 1)
        top.addWidget(QLabel(translate("Referrals", "Kind:")))
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.checks)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        region = self.region.text().strip()
        try:
            everything = self._directory.services()
        except StoreError as exc:
            self.message.emit(str(exc))
            return
        self._services = [s for s in everything if s.serves(region)] if region else everything
        self._filling = True
        self.table.setRowCount(len(self._services))
        today = date.today()
        for row, service in enumerate(self._services):
            cells = [kind_titles()[service.kind], *(getattr(service, n) for n in EDITABLE)]
            cells.append(verification_text(service, today))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0 or column == len(HEADERS) - 1:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self._filling = False
        self._fit_columns()
        problems = check_for_town(everything, region, today) if region else []
        self.checks.setText("\n".join(problems))
        self.checks.setVisible(bool(problems))

    def _fit_columns(self) -> None:
        """Columns as wide as their text, up to a limit: long notes scroll, the panel stays narrow."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), COLUMN_LIMIT))

    def selected(self) -> Service | None:
        row = self.table.currentRow()
        return self._services[row] if 0 <= row < len(self._services) else None

    # -- editing ------------------------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or not 1 <= item.column() <= len(EDITABLE):
            return
        service = self._services[item.row()]
        field = EDITABLE[item.column() - 1]
        changes: dict[str, object] = {field: item.text().strip()}
        self._save(replace(service, **changes))  # type: ignore[arg-type]

    def _save(self, service: Service) -> None:
        try:
            self._directory.save(service)
        except StoreError as exc:
            self.message.emit(str(exc))
        self.refresh()

    def _add(self) -> None:
        kind = ServiceKind(str(self.kind.currentData()))
        self._save(Service(translate("Referrals", "New service"), kind, region=self.region.text().strip()))
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)

    def _delete(self) -> None:
        service = self.selected()
        if service is None or service.id is None:
            return
        if dialogs.ask(
            self,
            translate("Referrals", "Delete service?"),
            translate("Referrals", 'Delete "{name}" from the referral sheet?').format(name=service.name),
        ):
            self._directory.delete(service.id)
            self.refresh()

    def _verified(self) -> None:
        service = self.selected()
        if service is not None:
            self._save(replace(service, last_verified=date.today()))

    def _offer(self) -> None:
        """Record that a referral of the selected (or chosen) kind was offered: kind only."""
        service = self.selected()
        kind = service.kind if service else ServiceKind(str(self.kind.currentData()))
        self.referral_offered.emit(kind.value)

    # -- files --------------------------------------------------------------------------------
    def _import(self) -> None:
        path = dialogs.open_file(self, translate("Referrals", "Import services"), "CSV (*.csv)")
        if not path:
            return
        try:
            services = read_csv(Path(path))
            self._directory.merge(services)
        except InvalidFile as exc:
            dialogs.tell(
                self, translate("Referrals", "Nothing imported"), "\n".join(str(e) for e in exc.errors[:20])
            )
            return
        except StoreError as exc:
            dialogs.tell(self, translate("Referrals", "Nothing imported"), str(exc))
            return
        self.message.emit(
            translate("Referrals", "Imported {count} services from {file}").format(
                count=len(services), file=Path(path).name
            )
        )
        self.refresh()

    def _export(self) -> None:
        path = dialogs.save_file(
            self, translate("Referrals", "Export services"), "referral-sheet.csv", "CSV (*.csv)"
        )
        if path:
            self._write(lambda: export_csv(self._services, Path(path)), path)

    def _handout(self) -> None:
        from facilitator.export.handout import render_handout

        path = dialogs.save_file(
            self, translate("Referrals", "Save the handout"), "handout.pdf", "PDF (*.pdf)"
        )
        if path:
            self._write(lambda: render_handout(self._services, self._language, Path(path)), path)

    def _write(self, action: Callable[[], None], path: str) -> None:
        try:
            action()
        except WriteFailed as exc:
            dialogs.tell(self, translate("Referrals", "Not saved"), str(exc))
            return
        self.message.emit(translate("Referrals", "Saved {file}").format(file=path))

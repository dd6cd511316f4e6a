"""The referral sheet in the console: services for the venue, kept up to date, never projected.

"Referral offered" records the kind of service only: never who it was offered to. A national
service shows for a venue in its own country only; built-in entries show in the UI's language.
While the sheet holds only the built-in entries, it says so and offers to import the
organisation's list or add a service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.aids.places import countries, country_code, country_name, find_town, place_name
from facilitator.aids.referral_csv import PhoneProblem, export_csv, import_csv, phone_problem
from facilitator.aids.referral_seed import localized, only_seed
from facilitator.aids.referrals import (
    KIND_TITLES,
    Check,
    Directory,
    Problem,
    Service,
    ServiceKind,
    Venue,
    Verification,
    check_for_town,
)
from facilitator.sessions.atomic import WriteFailed
from facilitator.sessions.errors import InvalidFile, StoreError
from facilitator.sessions.hidden_characters import hidden_character, without_hidden
from facilitator.ui import dialogs
from facilitator.ui.actions import shortcuts
from facilitator.ui.flow_layout import FlowLayout
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, current, translate
from facilitator.ui.service_dialog import PHONE_PROBLEMS, ServiceDialog
from facilitator.ui.store_messages import Typed, failure_text, written_detail

CHANGE_KEYS = frozenset(QKeySequence(key) for key in (*shortcuts("referral-change"), "Enter"))
"""Enter on the sheet (the keypad's too) changes the chosen cell of one's own service."""
DELETE_KEYS = frozenset(QKeySequence(key) for key in shortcuts("referral-delete"))
"""Delete on the sheet deletes the chosen service of one's own, as the Delete button does."""
KIND_COLUMN, NAME_COLUMN, PHONE_COLUMN = 0, 1, 2
"""Columns of ``HEADERS``, shown name, phone, kind (see ``ReferralPanel``): the name and the whole
number share the sheet's width, the rest scroll (the chosen row's kind is in the Kind box too)."""
COLUMN_LIMIT = 220
"""Pixels: a column wider than this scrolls (its cells show the rest in their tooltip)."""
EDITABLE = ("name", "phone", "hours", "languages", "cost", "country", "region", "description", "notes")
HEADERS = (
    QT_TRANSLATE_NOOP("Referrals", "Kind"),
    QT_TRANSLATE_NOOP("Referrals", "Name"),
    QT_TRANSLATE_NOOP("Referrals", "Phone"),
    QT_TRANSLATE_NOOP("Referrals", "Hours"),
    QT_TRANSLATE_NOOP("Referrals", "Languages"),
    QT_TRANSLATE_NOOP("Referrals", "Cost"),
    QT_TRANSLATE_NOOP("Referrals", "Country"),
    QT_TRANSLATE_NOOP("Referrals", "Town or region"),
    QT_TRANSLATE_NOOP("Referrals", "Description"),
    QT_TRANSLATE_NOOP("Referrals", "Notes"),
    QT_TRANSLATE_NOOP("Referrals", "Verified"),
)


NOT_SAVED = QT_TRANSLATE_NOOP("Referrals", "The phone was not saved; what you typed is still in the cell.")
NO_PHONE_IN_SHEET = QT_TRANSLATE_NOOP(
    "Referrals",
    "No phone: a participant could not call this service. Type its number, or press Enter again to "
    "keep it without one (a service reached at its address).",
)


def phone_refusal(problem: PhoneProblem, phone: str) -> str:
    """Why the phone typed in the sheet was refused, in the UI's language, naming the field: the
    Add form's words, and that nothing was saved."""
    said = translate("Referrals", PHONE_PROBLEMS[problem]).format(phone=phone)
    return f"{said} {translate('Referrals', NOT_SAVED)}"


class CellEditor(QStyledItemDelegate):
    """The sheet's cell editor: a refused cell opens again holding what was typed, while the item
    under it shows what is saved (Esc then leaves the saved value in sight)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.held: dict[tuple[int, int], str] = {}
        """(row, column) -> the text its next editor opens with."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        typed = self.held.pop((index.row(), index.column()), None)
        if typed is not None and isinstance(editor, QLineEdit):
            editor.setText(typed)
        else:
            super().setEditorData(editor, index)


def kind_titles() -> dict[ServiceKind, str]:
    """Kinds of service in the UI's language (the handout has them in en, ru and kk)."""
    from facilitator.export.handout import KINDS

    return KINDS.get(current(), KIND_TITLES)


def describe(check: Check) -> str:
    """A pre-session problem with the sheet, in the UI's language."""
    when = short_date(check.verified) if check.verified else ""
    texts = {
        Problem.UNKNOWN_TOWN: translate(
            "Referrals",
            '"{town}" is not in the town list: check its spelling, or choose the country to see '
            "national services.",
        ),
        Problem.NO_COUNTRY: translate("Referrals", "Country unknown: national services are not shown."),
        Problem.NO_LOCAL: translate("Referrals", "No local service for {town}: add the nearest ones."),
        Problem.NOT_VERIFIED: translate("Referrals", "{service}: not verified, check before use."),
        Problem.OUT_OF_DATE: translate(
            "Referrals", "{service}: last verified {date}, more than 90 days ago."
        ),
    }
    return texts[check.problem].format(town=check.town, service=check.service, date=when)


def short_date(day: date) -> str:
    """23.11.2026 in Russian and Kazakh, 2026-11-23 in English."""
    return day.isoformat() if current() == "en" else day.strftime("%d.%m.%Y")


def verified_text(service: Service, today: date) -> str:
    """The entry's state: "not verified", or when it was verified (and that it is old)."""
    state = service.state(today)
    if state is Verification.NOT_VERIFIED or service.last_verified is None:
        return "⚠ " + translate("Referrals", "not verified")
    when = short_date(service.last_verified)
    if state is Verification.OUT_OF_DATE:
        return "⚠ " + translate("Referrals", "verified {date}, more than 90 days ago").format(date=when)
    return translate("Referrals", "verified {date}").format(date=when)


def country_box(parent: QWidget) -> QComboBox:
    """The venue's country: not chosen, or one the town list knows (names in the UI's language)."""
    box = QComboBox(parent)
    box.setAccessibleName(translate("Referrals", "Country of the venue"))
    box.addItem(translate("Referrals", "Country?"), "")
    for code in countries():
        box.addItem(country_name(code, current()), code)
    return box


def import_services(parent: QWidget, directory: Directory) -> str | None:
    """Ask for a CSV and merge it (all rows or none); the message to show, or None if cancelled."""
    path = dialogs.open_file(parent, translate("Referrals", "Import services"), "CSV (*.csv *.txt)")
    if not path:
        return None
    try:
        merged = import_csv(Path(path), directory)
    except InvalidFile as exc:
        dialogs.tell(
            parent, translate("Referrals", "Nothing imported"), "\n".join(str(e) for e in exc.errors[:20])
        )
        return None
    except StoreError as exc:
        dialogs.tell(parent, translate("Referrals", "Nothing imported"), failure_text(exc, Typed.NOT_DONE))
        return None
    return translate("Referrals", "{file}: {added} added, {updated} updated, {unchanged} unchanged").format(
        file=Path(path).name, added=merged.added, updated=merged.updated, unchanged=merged.unchanged
    )


class ReferralPanel(QWidget):
    referral_offered = Signal(str)
    """The kind of service offered (ServiceKind value)."""
    message = Signal(str)

    def sizeHint(self) -> QSize:
        """A third of a laptop screen wide, a few services high."""
        hint = super().sizeHint()
        return QSize(420, min(hint.height(), 260))  # narrower than its rows' hint: they wrap and scroll

    def __init__(self, directory: Directory, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral-panel")
        self._directory = directory
        self._language = language
        self._services: list[Service] = []
        self._filling = False
        self.adding: ServiceDialog | None = None
        """The form of the service being added, while it is open."""
        self.region = QLineEdit(self)
        self.region.setObjectName("referral-region")
        self.region.setAccessibleName(translate("Referrals", "Town or region of the venue"))
        self.region.setPlaceholderText(translate("Referrals", "Town or region of the venue"))
        self.region.textChanged.connect(self._town_changed)
        self.country = country_box(self)
        self.country.setObjectName("referral-country")
        self.country.currentIndexChanged.connect(self.refresh)
        self.first_start = QFrame(self)
        self.first_start.setObjectName("referral-first-start")
        self.first_start.setFrameShape(QFrame.Shape.StyledPanel)
        first_text = QLabel(
            translate(
                "Referrals",
                "Only the built-in helpline is here: nothing of your organisation's own yet. Import "
                "your organisation's list or add the services nearest to the venue. Check every "
                "entry marked “not verified” before you give it out.",
            ),
            self.first_start,
        )
        first_text.setWordWrap(True)
        first_buttons = FlowLayout()
        for title, slot, name in (
            (
                QT_TRANSLATE_NOOP("Referrals", "Import your organisation's list (CSV)…"),
                self._import,
                "import",
            ),
            (QT_TRANSLATE_NOOP("Referrals", "Add a service…"), self.add_service, "add"),
        ):
            button = QPushButton(translate("Referrals", title), self.first_start)
            button.setObjectName(f"referral-first-{name}")
            button.clicked.connect(slot)
            first_buttons.addWidget(button)
        first_layout = QVBoxLayout(self.first_start)
        first_layout.setContentsMargins(6, 4, 6, 4)
        first_layout.addWidget(first_text)
        first_layout.addLayout(first_buttons)
        self.checks = QLabel(self)
        self.checks.setObjectName("referral-checks")
        self.checks.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("referral-table")
        self.table.setAccessibleName(translate("Referrals", "Services"))
        self.table.setTabKeyNavigation(False)
        # the keyboard moves, reads and copies (Ctrl+C, Qt's own); a cell of the organisation's own
        # service changes on a double click or Enter only, never on Space or a letter typed by
        # mistake during a session (built-in rows never change in place: see refresh)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setHorizontalHeaderLabels([translate("Referrals", header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()  # the name, its number, then its kind: the name and
        for shown, column in enumerate((NAME_COLUMN, PHONE_COLUMN, KIND_COLUMN)):  # the number whole in
            header.moveSection(header.visualIndex(column), shown)  # a narrow sheet, never off the edge
        self.table.currentCellChanged.connect(self._show_kind)
        self.table.setWordWrap(True)  # a long name or kind on two lines, never cut (see _fit_columns)
        self.table.installEventFilter(self)  # resized: the columns fit it again
        self.table.itemChanged.connect(self._edited)
        self._cells = CellEditor(self.table)
        self._cells.closeEditor.connect(self._editor_closed)
        self.table.setItemDelegate(self._cells)
        self._warned_no_phone: int | None = None
        """The service whose phone was cleared and said to be missing: a second Enter keeps it so."""
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("Referrals", "Kind:"))
        for kind, title in kind_titles().items():
            self.kind.addItem(title, kind.value)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)
        buttons = FlowLayout()
        for title, slot in (
            (QT_TRANSLATE_NOOP("Referrals", "Referral offered"), self._offer),
            (QT_TRANSLATE_NOOP("Referrals", "Add"), self.add_service),
            (QT_TRANSLATE_NOOP("Referrals", "Verified today"), self._verified),
            (QT_TRANSLATE_NOOP("Referrals", "Import CSV…"), self._import),
            (QT_TRANSLATE_NOOP("Referrals", "Export CSV…"), self._export),
            (QT_TRANSLATE_NOOP("Referrals", "Handout PDF…"), self._handout),
            # last, after every other action (it asks first, No the default): one Tab too many
            # after "Referral offered" must never land on it
            (QT_TRANSLATE_NOOP("Referrals", "Delete"), self._delete),
        ):
            button = QPushButton(translate("Referrals", title), self)
            button.setObjectName("referral-" + title.split()[0].lower().strip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        top = QHBoxLayout()  # the town on a line of its own: its hint reads whole in ru and kk
        top.addWidget(self.country)
        top.addWidget(QLabel(translate("Referrals", "Kind:")))
        top.addWidget(self.kind, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.region)
        layout.addLayout(top)
        layout.addWidget(self.first_start)
        layout.addWidget(self.checks)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    # -- showing ------------------------------------------------------------------------------
    def venue(self) -> Venue:
        return Venue.of(self.region.text(), str(self.country.currentData() or ""))

    def _town_changed(self) -> None:
        """A town the list knows sets the country; an unknown one leaves the choice as it was."""
        town = find_town(self.region.text())
        if town is not None:
            index = self.country.findData(town.country)
            if index >= 0 and index != self.country.currentIndex():
                self.country.setCurrentIndex(index)  # refreshes
                return
        self.refresh()

    def refresh(self) -> None:
        venue = self.venue()
        try:
            everything = self._directory.services()
        except StoreError as exc:
            self.message.emit(failure_text(exc, Typed.READ))
            return
        filtered = bool(venue.town or venue.country)
        self._services = [s for s in everything if s.serves(venue)] if filtered else everything
        self._filling = True
        self.table.setRowCount(len(self._services))
        today = date.today()
        language = current()
        for row, service in enumerate(self._services):
            shown = localized(service, language)
            cells = [
                kind_titles()[service.kind],
                *(getattr(shown, n) for n in EDITABLE[:5]),
                service.country,
                place_name(service.country, service.region, language),
                shown.description,
                shown.notes,
                verified_text(service, today),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if service.seed or column == 0 or column == len(HEADERS) - 1:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == len(HEADERS) - 1 and service.state(today) is not Verification.VERIFIED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self._filling = False
        self._fit_columns()
        self.first_start.setVisible(only_seed(everything))
        shown_all = [localized(service, language) for service in everything]
        problems = check_for_town(shown_all, venue.town, today, venue.country) if venue.town else []
        self.checks.setText("\n".join(describe(problem) for problem in problems))
        self.checks.setVisible(bool(problems))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table:
            self._fit_columns()  # the sheet narrowed or widened: kind, phone and name share it again
        if (
            event.type() == QEvent.Type.KeyPress
            and watched is self.table
            and isinstance(event, QKeyEvent)
            and self.table.state() is not QAbstractItemView.State.EditingState
        ):
            pressed = QKeySequence(event.keyCombination())
            if pressed in CHANGE_KEYS:
                self._change_chosen()
                return True
            if pressed in DELETE_KEYS:
                self._delete()
                return True
        return super().eventFilter(watched, event)

    def _change_chosen(self) -> None:
        """Enter: the chosen cell of the organisation's own service is edited; a built-in
        service says it is read-only, and how to have one of your own."""
        item = self.table.currentItem()
        service = self.selected()
        if item is None or service is None:
            return
        if service.seed:
            self.message.emit(
                translate(
                    "Referrals",
                    "“{name}”: built in, read-only here. Ctrl+C copies the chosen cell; Add makes a "
                    "service of your own.",
                ).format(name=localized(service, current()).name)
            )
        elif item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.editItem(item)

    def _fit_columns(self) -> None:
        """Columns as wide as their text, up to a limit: long notes scroll, the panel stays narrow.
        The phone column has no limit: a number shows whole or not at all. The name takes what the
        numbers leave of the sheet's width, and wraps onto more lines of its row when it needs to
        (with a long number, the name had been cut to a few letters at the sheet's right edge)."""
        table = self.table
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            if column != PHONE_COLUMN:
                header.resizeSection(column, min(header.sectionSize(column), COLUMN_LIMIT))
        left = self._rows_width() - header.sectionSize(PHONE_COLUMN)
        if left > 0 and header.sectionSize(NAME_COLUMN) > left:
            header.resizeSection(NAME_COLUMN, left)
        self._fit_rows()

    def _rows_width(self) -> int:
        """The width the table's cells have, from the table's own width (its viewport learns the
        row numbers' width only when it is next laid out, after a refresh)."""
        table = self.table
        width = table.width() - 2 * table.frameWidth() - table.verticalHeader().sizeHint().width()
        scroll = table.verticalScrollBar()
        return width - (scroll.sizeHint().width() if scroll.isVisible() else 0)

    def _show_kind(self, row: int, *_rest: int) -> None:
        """The chosen service's kind in the Kind box: what "Referral offered" records is in sight
        (the kind's column may be scrolled off to the right of a narrow sheet)."""
        if 0 <= row < len(self._services):
            index = self.kind.findData(self._services[row].kind.value)
            if index >= 0:
                self.kind.setCurrentIndex(index)

    def _fit_rows(self) -> None:
        """Each row as high as its kind and its name need, wrapped in their columns (the columns
        that scroll, such as long notes, show what fits and the rest in their tooltip)."""
        table = self.table
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        pad = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        least = table.verticalHeader().defaultSectionSize()
        for row in range(table.rowCount()):
            needed = least
            for column in (KIND_COLUMN, NAME_COLUMN):
                item = table.item(row, column)
                area = QRect(0, 0, max(header.sectionSize(column) - pad, 1), 10_000)
                text = item.text() if item is not None else ""
                lines = metrics.boundingRect(area, Qt.TextFlag.TextWordWrap, text)
                needed = max(needed, lines.height() + pad)
            table.setRowHeight(row, needed)

    def selected(self) -> Service | None:
        row = self.table.currentRow()
        return self._services[row] if 0 <= row < len(self._services) else None

    # -- editing ------------------------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or not 1 <= item.column() <= len(EDITABLE):
            return
        service = self._services[item.row()]
        field = EDITABLE[item.column() - 1]
        value = item.text().strip()
        if field == "phone" and not self._phone_taken(item, service, value):
            return
        if hidden_character(value) is not None:  # pasted: it could make the handout show another text
            value = without_hidden(value).strip()
            self.message.emit(
                translate(
                    "Referrals",
                    "Hidden characters (control or text-direction marks) were removed from what you typed.",
                )
            )
        if field == "country" and value:
            code = country_code(value) or value.upper()
            if len(code) != 2 or not code.isascii() or not code.isalpha():
                self.message.emit(translate("Referrals", "Country: a two-letter code like KZ, KG, UZ or TJ."))
                self.refresh()
                return
            value = code
        changes: dict[str, object] = {field: value}
        self._save(replace(service, **changes))  # type: ignore[arg-type]

    def _phone_taken(self, item: QTableWidgetItem, service: Service, value: str) -> bool:
        """The Add form's check (tests/ui/test_referral_add.py), in its words: a phone that does
        not dial is refused; a cleared one is said first and kept on a second Enter. False: said,
        nothing saved, and the cell edited again holding what was typed."""
        problem = phone_problem(value, service.country)
        if problem is not None:
            said = phone_refusal(problem, value)
        elif not value and service.phone and self._warned_no_phone != service.id:
            self._warned_no_phone = service.id
            said = translate("Referrals", NO_PHONE_IN_SHEET)
        else:
            self._warned_no_phone = None
            return True
        self.message.emit(said)
        service_id, column, typed = service.id, item.column(), item.text()
        QTimer.singleShot(0, self, lambda: self._edit_again(service_id, column, typed))
        return False

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint is QAbstractItemDelegate.EndEditHint.RevertModelCache:  # Esc: a cleared phone is
            self._warned_no_phone = None  # said again the next time

    def _edit_again(self, service_id: int | None, column: int, typed: str) -> None:
        """A refused value: the sheet shows what is saved, and the cell is edited again holding
        what was typed (nothing is lost; Enter on it is checked again, Esc leaves it)."""
        if self.table.state() is QAbstractItemView.State.EditingState:
            return  # another cell is being edited already
        self.refresh()
        row = next((i for i, s in enumerate(self._services) if s.id == service_id), -1)
        item = self.table.item(row, column)
        if item is None:
            return  # gone meanwhile
        self._cells.held[(row, column)] = typed
        self.table.setCurrentCell(row, column)
        self.table.editItem(item)

    def _save(self, service: Service) -> None:
        try:
            self._directory.save(service)
        except StoreError as exc:
            self.message.emit(failure_text(exc, Typed.NOT_DONE))
        self.refresh()

    def add_service(self) -> None:
        """A form for the new service (its phone checked before anything is saved); the sheet
        shows it, chosen, once added."""
        kind = ServiceKind(str(self.kind.currentData()))
        adding = self.adding = ServiceDialog(kind_titles(), kind, self.venue(), self)
        adding.accepted.connect(lambda: self._add(adding.service()))
        adding.show()

    def _add(self, service: Service) -> None:
        try:
            added = self._directory.save(service)
        except StoreError as exc:
            self.message.emit(failure_text(exc, Typed.NOT_DONE))
            return
        self.refresh()
        row = next((i for i, s in enumerate(self._services) if s.id == added.id), -1)
        if row >= 0:
            self.table.setCurrentCell(row, NAME_COLUMN)
        self.table.setFocus()

    def _delete(self) -> None:
        """The chosen service of one's own, after a question; a built-in one stays, and says why."""
        service = self.selected()
        if service is None or service.id is None:
            return
        if service.seed:
            self.message.emit(
                translate(
                    "Referrals",
                    "“{name}”: built in, it cannot be deleted (it would be gone from every handout for "
                    "good). Check it and press “Verified today”; Add makes a service of your own.",
                ).format(name=localized(service, current()).name)
            )
            return
        if dialogs.ask(
            self,
            translate("Referrals", "Delete service?"),
            translate("Referrals", 'Delete "{name}" from the referral sheet?').format(name=service.name),
        ):
            try:
                self._directory.delete(service.id)
            except StoreError as exc:
                self.message.emit(failure_text(exc, Typed.NOT_DONE))
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
        said = import_services(self, self._directory)
        if said is not None:
            self.message.emit(said)
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
            left_out: list[Service] = []
            services, language = self._services, self._language
            self._write(lambda: left_out.extend(render_handout(services, language, Path(path))), path)
            if left_out:  # the page was full: said, never silently short of a service
                self.message.emit(
                    translate("Referrals", "Saved {file}, but the page is full: left out {names}.").format(
                        file=path, names="; ".join(service.name for service in left_out)
                    )
                )

    def _write(self, action: Callable[[], None], path: str) -> None:
        try:
            action()
        except WriteFailed as exc:
            dialogs.tell(self, translate("Referrals", "Not saved"), written_detail(exc))
            return
        self.message.emit(translate("Referrals", "Saved {file}").format(file=path))

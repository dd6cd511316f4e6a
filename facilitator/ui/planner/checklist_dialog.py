"""Before starting: what is missing (referral sheet, agreement, check-out, partner, projector, slides).

While the referral sheet holds only the built-in entries, it says so and offers to import the
organisation's list or add a service (in the referral sheet, opened here).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.aids.referral_seed import localized, only_seed
from facilitator.aids.referrals import Directory, Service, check_for_town
from facilitator.planner.checklist import (
    FilmCheck,
    Item,
    checklist,
    film_checks,
    load_ticks,
    save_ticks,
    unplayable,
)
from facilitator.screens import choose_audience_screen
from facilitator.sessions.plan import Plan
from facilitator.sessions.plan_films import FilmTrouble
from facilitator.settings import load_settings
from facilitator.ui import film_errors, referral_panel
from facilitator.ui.film_probe import FilmProbe
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, current, in_quotes, translate
from facilitator.ui.qt_screens import describe
from facilitator.ui.referral_panel import ReferralPanel, country_box, import_services
from facilitator.ui.test_pattern import TestPattern

TITLES = {  # the checklist's items in the UI's language, by id (the core keeps them in English)
    "agreement": QT_TRANSLATE_NOOP("Checklist", "A welcome with the group agreement"),
    "check-out": QT_TRANSLATE_NOOP("Checklist", "A check-out with the referral handout for everyone"),
    "partner-informed": QT_TRANSLATE_NOOP(
        "Checklist", "Partner women's organisation informed about this workshop"
    ),
    "projector-tested": QT_TRANSLATE_NOOP(
        "Checklist", "Projector tested (test pattern on the chosen screen)"
    ),
    "slides-printed": QT_TRANSLATE_NOOP(
        "Checklist", "Backup slides printed (facilitator slides PLAN --out slides.pdf)"
    ),
}
DETAILS = {
    "agreement": QT_TRANSLATE_NOOP(
        "Checklist", "Add the group agreement (confidentiality, respect, the right to pass)."
    ),
    "check-out": QT_TRANSLATE_NOOP(
        "Checklist", "Add a check-out step that hands out the sheet of services to all."
    ),
}


def item_title(item_id: str, english: str, town: str = "") -> str:
    """An item's title in the UI's language (``english`` when it has none)."""
    if item_id == "referrals":
        if town:
            return translate("Checklist", "Referral sheet verified for {town}").format(town=town)
        return translate("Checklist", "Referral sheet verified for the town")
    return translate("Checklist", TITLES[item_id]) if item_id in TITLES else english


FILM_TROUBLE = {
    FilmTrouble.MISSING: QT_TRANSLATE_NOOP(
        "Checklist",
        "{step}: the film file {name} is not there (looked in: {folders}). Copy it there, or choose "
        "the media folder in the console's Projector menu.",
    ),
    FilmTrouble.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Checklist", "{step}: {name} is a folder or a device; put the video file itself there."
    ),
    FilmTrouble.EMPTY: QT_TRANSLATE_NOOP(
        "Checklist", "{step}: the film file {name} is empty (0 bytes); copy the film again."
    ),
    FilmTrouble.UNREADABLE: QT_TRANSLATE_NOOP(
        "Checklist", "{step}: the film file {name} cannot be read; copy it to the laptop again."
    ),
    FilmTrouble.UNPLAYABLE: QT_TRANSLATE_NOOP(
        "Checklist",
        "{step}: the film {name} does not play ({error}); convert it to MP4 (H.264 video, AAC sound).",
    ),
}


NO_FILM_NAMED = QT_TRANSLATE_NOOP("Checklist", "{step}: this film step names no film file.")
HOW_TO_NAME_A_FILM = QT_TRANSLATE_NOOP(
    "Checklist",
    "To name one: in a text editor, add film: with a local video file (e.g. films/the-dress.mp4, "
    "next to the plan or in the media folder) to the step's audience; see the README, “Films on the "
    "projector”.",
)
"""Said once under the film steps that name no film (each of them named on a line of its own)."""


TITLE_BAR = 40
"""Pixels a window manager's title bar and frame take above a window (not counted by Qt)."""


class ChecklistDialog(QDialog):
    def __init__(
        self,
        plan: Plan,
        directory: Directory,
        town: str = "",
        parent: QWidget | None = None,
        plan_folder: Path | None = None,
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
        self.country = country_box(self)
        self.country.setObjectName("checklist-country")
        self.country.currentIndexChanged.connect(self.refresh)
        self.first_start = QLabel(
            translate(
                "Checklist",
                "The referral sheet holds only the built-in helpline, nothing of your organisation's "
                "own: import your organisation's list or add the services nearest to the venue.",
            ),
            self,
        )
        self.first_start.setObjectName("checklist-first-start")
        self.first_start.setWordWrap(True)
        self.first_import = QPushButton(
            translate("Referrals", "Import your organisation's list (CSV)…"), self
        )
        self.first_import.setObjectName("checklist-first-import")
        self.first_import.clicked.connect(self._import)
        self.first_add = QPushButton(translate("Referrals", "Add a service…"), self)
        self.first_add.setObjectName("checklist-first-add")
        self.first_add.clicked.connect(self.open_sheet)
        self.sheet: QDialog | None = None
        # the findings scroll when a laptop's screen is too low for them all (films named nowhere,
        # a referral sheet to fill: each says what to do in a few lines); the ticks stay in sight
        self.findings = QScrollArea(self)
        self.findings.setObjectName("checklist-findings")
        self.findings.setWidgetResizable(True)
        self.findings.setFrameShape(QFrame.Shape.NoFrame)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        found = QWidget(self.findings)
        self._rows = QVBoxLayout(found)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._found = found
        self.findings.setWidget(found)
        self._ticks = QVBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("checklist-summary")
        pattern = QPushButton(translate("Checklist", "Show a test pattern on the projector"), self)
        pattern.setObjectName("show-test-pattern")
        pattern.clicked.connect(self.show_test_pattern)
        self.pattern: TestPattern | None = None
        buttons = QDialogButtonBox(self)
        self.start = buttons.addButton(
            translate("Checklist", "Open the console"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        venue = QHBoxLayout()
        venue.addWidget(self.town, 1)
        venue.addWidget(self.country)
        layout.addLayout(venue)
        layout.addWidget(self.first_start)
        first_buttons = QHBoxLayout()
        first_buttons.addWidget(self.first_import)
        first_buttons.addWidget(self.first_add)
        first_buttons.addStretch(1)
        layout.addLayout(first_buttons)
        layout.addWidget(self.findings, 1)
        layout.addLayout(self._ticks)
        layout.addWidget(pattern)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.items: list[Item] = []
        self._films = film_checks(plan, plan_folder, load_settings().media_folder)
        self.film_probe = FilmProbe([c.lookup.path for c in self._films if c.lookup.path], self)
        self.film_probe.checked.connect(self.refresh)
        self.refresh()
        self.film_probe.start()

    def refresh(self, *_args: object) -> None:
        for rows in (self._rows, self._ticks):
            while rows.count():
                row = rows.takeAt(0)
                widget = row.widget() if row is not None else None
                if widget is not None:
                    widget.setParent(None)  # gone from findChild now, not at the next event loop turn
                    widget.deleteLater()
        services = self._directory.services()
        town, country = self.town.text().strip(), str(self.country.currentData() or "")
        films = self._film_results()
        self.items = checklist(self._plan, services, town, date.today(), self._ticked, country, films)
        pending = [check for check in films if check.ok and check.lookup.path not in self.film_probe.results]
        self.items = [replace(i, done=False) if i.id == "films" and pending else i for i in self.items]
        first = only_seed(services)
        for widget in (self.first_start, self.first_import, self.first_add):
            widget.setVisible(first)
        for item in self.items:
            if item.manual:
                box = QCheckBox(item_title(item.id, item.title), self)
                box.setObjectName(f"check-{item.id}")
                box.setChecked(item.done)
                box.toggled.connect(lambda on, key=item.id: self._tick(key, on))
                self._ticks.addWidget(box)
            else:
                mark = "✓" if item.done else "✗"
                title = item_title(item.id, item.title, town)
                detail = (
                    translate("Checklist", DETAILS[item.id])
                    if item.detail and item.id in DETAILS
                    else item.detail
                )
                if item.id == "referrals":
                    detail = self._referral_detail(services, town, country)
                elif item.id == "films":
                    title = translate("Checklist", "Every film file is there and plays")
                    detail = self._film_detail(films, pending)
                label = QLabel(f"{mark} {title}" + (f"\n    {detail}" if detail else ""), self._found)
                label.setObjectName(f"check-{item.id}")
                label.setWordWrap(True)  # a long detail (a folder, what to add) wraps on a laptop
                label.setStyleSheet("" if item.done else "color: #9b2c2c;")
                self._rows.addWidget(label)
        self._rows.addStretch(1)
        self._fit_findings()
        missing = [item for item in self.items if not item.done]
        self.summary.setText(
            translate("Checklist", "Everything is ready.")
            if not missing
            else translate("Checklist", "{count} thing(s) still open.").format(count=len(missing))
        )

    def _fit_findings(self) -> None:
        """The findings ask for the height their lines need, which Qt's scroll area caps at about 24
        lines (the rest scroll); at least five lines always show."""
        self.findings.setMinimumHeight(5 * self.fontMetrics().lineSpacing())
        self.findings.setWidget(self.findings.takeWidget())  # its size hint taken afresh
        self.findings.updateGeometry()
        if self.isVisible():
            self._fit_to_screen()

    def done(self, result: int) -> None:
        """Accepted, cancelled or closed: the films not yet tried stay untried, and the player that
        tries them goes before the dialog does."""
        self.film_probe.release()
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As high as it asks, up to its screen less a title bar (Qt opens a dialog at most two
        thirds of the screen high: on a 1366×768 laptop the findings were cut to a few lines); it
        only grows, so a list never jumps shorter under the facilitator's eyes."""
        room = self.screen().availableGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self._found.heightForWidth(self.findings.viewport().width())  # every line whole
        missing = max(0, needed - self.findings.viewport().height())
        wanted = min(max(self.sizeHint().height(), self.height() + missing), room.height() - TITLE_BAR)
        if wanted > self.height():
            self.resize(self.width(), wanted)
            top = max(room.top() + TITLE_BAR, min(self.y(), room.bottom() - wanted))
            if self.y() != top and self.y() + wanted > room.bottom():
                self.move(self.x(), top)

    def _film_results(self) -> list[FilmCheck]:
        """The film checks, with the files the probe could not play marked so."""
        return [
            unplayable(check)
            if check.lookup.path and self.film_probe.results.get(check.lookup.path)
            else check
            for check in self._films
        ]

    def _film_detail(self, films: list[FilmCheck], pending: list[FilmCheck]) -> str:
        """What is wrong with each film, in the UI's language, and the films still being tried."""
        lines = []
        unnamed = False
        for found, check in zip(self._films, films, strict=True):
            step, name = f"{check.step + 1}. {check.title}", in_quotes(check.lookup.name)
            if check in pending:
                text = translate("Checklist", "{step}: checking that {name} plays…")
                lines.append(text.format(step=step, name=name))
            elif not check.named:
                lines.append(translate("Checklist", NO_FILM_NAMED).format(step=step))
                unnamed = True
            elif check.lookup.trouble is not None:
                error = self.film_probe.results.get(found.lookup.path, "") if found.lookup.path else ""
                error = film_errors.shown(error) if error else ""
                folders = ", ".join(str(folder) for folder in check.lookup.folders) or "—"
                text = translate("Checklist", FILM_TROUBLE[check.lookup.trouble])
                lines.append(text.format(step=step, name=name, folders=folders, error=error))
        if unnamed:
            lines.append(translate("Checklist", HOW_TO_NAME_A_FILM))
        return "\n    ".join(lines)

    def _referral_detail(self, services: list[Service], town: str, country: str) -> str:
        """The referral sheet's problems in the UI's language (the first start is said above)."""
        if not town:
            return translate("Checklist", "Which town is the workshop in?")
        shown = [localized(service, current()) for service in services]
        return "\n    ".join(
            referral_panel.describe(check) for check in check_for_town(shown, town, date.today(), country)
        )

    def _import(self) -> None:
        said = import_services(self, self._directory)
        if said is not None:
            self.refresh()
            self.summary.setText(said)

    def open_sheet(self) -> None:
        """The referral sheet for this venue, to add or edit services; the list is checked again after."""
        self.sheet = QDialog(self)
        self.sheet.setObjectName("checklist-referral-sheet")
        self.sheet.setWindowTitle(translate("Aids", "Referral sheet"))
        panel = ReferralPanel(self._directory, self._plan.language, self.sheet)
        panel.region.setText(self.town.text())
        panel.country.setCurrentIndex(max(0, panel.country.findData(self.country.currentData())))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self.sheet)
        close.rejected.connect(self.sheet.reject)
        layout = QVBoxLayout(self.sheet)
        layout.addWidget(panel)
        layout.addWidget(close)
        self.sheet.resize(900, 480)
        self.sheet.finished.connect(self.refresh)
        self.sheet.open()
        panel.add_service()

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

"""Open every window, panel and dialog on a 1366×768 laptop screen and print their sizes as JSON.

Run in its own process (the platform is fixed when the QApplication is created), with a UI
language and, optionally, a folder for screenshots:
``QT_QPA_PLATFORM=offscreen:configfile=tests/helpers/laptop.json python -m tests.helpers.laptop_fit kk [DIR]``

Each record names a window or panel and gives its frame on the screen, its minimum size hint and
size hint, and every button or toolbar action that is not inside the visible window.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStyle,
    QStyleOptionFrame,
    QTabBar,
    QTableWidget,
    QToolBar,
    QWidget,
)

from facilitator.aids.referrals import Directory
from facilitator.content import CONTENT_DIR, default_workshop
from facilitator.paths import database_path
from facilitator.planner.draft import Draft, document_of
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs, i18n, window_state
from facilitator.ui.audience_view import AudienceView
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.console_window import ConsoleWindow
from facilitator.ui.launch import Launcher, load_fonts
from facilitator.ui.planner.checklist_dialog import ChecklistDialog
from facilitator.ui.planner.planner_window import PlannerWindow
from facilitator.ui.session_bridge import SessionBridge

Record = dict[str, object]


def size(value: QSize) -> list[int]:
    return [value.width(), value.height()]


def rect(value: QRect) -> list[int]:
    return [value.x(), value.y(), value.width(), value.height()]


def outside(window: QWidget) -> list[str]:
    """Buttons and toolbar actions shown in ``window`` but not inside what the window shows."""
    area = window.rect()
    problems = []
    back_tabs = [  # a dock behind another's tab is moved out of sight by Qt: its tab shows it
        dock
        for dock in window.findChildren(QDockWidget)
        if isinstance(window, QMainWindow)
        and window.tabifiedDockWidgets(dock)
        and not area.intersects(dock.geometry())
    ]
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        if any(dock.isAncestorOf(button) for dock in back_tabs):
            continue
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if not area.contains(where):
            problems.append(f"{button.objectName() or button.text()!r} at {rect(where)}")
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.isVisibleTo(window):
            continue
        for action in toolbar.actions():
            shown = toolbar.widgetForAction(action)
            if action.isVisible() and (shown is None or not shown.isVisibleTo(window)):
                problems.append(f"toolbar action {action.text()!r} is not shown (overflow)")
    return problems


def placeholder_room(field: QLineEdit) -> int:
    """Pixels a line edit has for its text (and its placeholder), as QLineEdit lays it out."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * 2  # QLineEdit's own margin


def clipped(window: QWidget) -> list[str]:
    """Labels shown in ``window`` whose text does not fit them: a wrapping label lower than its
    lines need, or a one-line label narrower than its text. The projector's previews are left to
    their own fitting (tests/ui/test_audience_fit.py)."""
    problems = []
    previews = window.findChildren(AudienceView)
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.window() is not window:
            continue
        if any(preview.isAncestorOf(label) for preview in previews):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                problems.append(
                    f"label {label.objectName() or label.text()[:40]!r}: {label.height()} < {needed} high"
                )
        elif label.width() < label.minimumSizeHint().width():
            problems.append(f"label {label.objectName() or label.text()[:40]!r}: {label.width()} too narrow")
    for field in window.findChildren(QLineEdit):  # a hint in an empty field, whole
        if field.isVisibleTo(window) and not field.text() and field.placeholderText():
            room, needed = (
                placeholder_room(field),
                field.fontMetrics().horizontalAdvance(field.placeholderText()),
            )
            if needed > room:
                problems.append(f"placeholder {field.placeholderText()[:40]!r}: {needed} > {room} wide")
    problems += cut_titles(window)
    for bar in window.findChildren(QTabBar):  # every tab's title whole: no scroll arrows, no "…"
        if bar.isVisibleTo(window) and bar.sizeHint().width() > bar.width():
            problems.append(
                f"tabs {bar.parent().objectName()!r}: {bar.sizeHint().width()} > {bar.width()} wide"
            )
    return problems


def cut_titles(window: QWidget) -> list[str]:
    """Agenda titles cut (elided) by their cell: each must fit, wrapped, in its row's height."""
    problems = []
    for table in window.findChildren(QTableWidget, "agenda"):
        if not table.isVisibleTo(window):
            continue
        for row in range(table.rowCount()):
            item = table.item(row, 1)
            cell = table.visualItemRect(item)
            margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
            room = QRect(0, 0, cell.width() - 2 * margin, 10_000)  # the delegate's text margins
            needed = QFontMetrics(item.font()).boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
            if needed.height() > cell.height() or needed.width() > room.width():
                problems.append(f"agenda title {item.text()!r}: {needed.size()} in a {cell.size()} cell")
    return problems


def measure(name: str, window: QWidget, shots: Path | None = None) -> Record:
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    frame = window.frameGeometry()
    screen = window.screen()
    if shots is not None:
        window.grab().save(str(shots / f"{name}.png"))
    preview = getattr(window, "preview", None)  # the console's live preview of the projector
    picture = getattr(preview, "picture", None)  # (the picture itself, not the box it is centred in)
    return {
        "name": name,
        "preview": size(picture.pixmap().size())
        if isinstance(picture, QLabel)
        else size(preview.size())
        if isinstance(preview, QWidget)
        else None,
        "preview_visible": size(picture.visibleRegion().boundingRect().size())
        if isinstance(picture, QLabel)
        else None,
        "screen": screen.name() if screen else None,
        "available": rect(screen.availableGeometry()) if screen else None,
        "frame": rect(frame),
        "minimum_hint": size(window.minimumSizeHint()),
        "minimum": size(window.minimumSize()),
        "hint": size(window.sizeHint()),
        "outside": outside(window),
        "clipped": clipped(window),
        "maximized": window.isMaximized(),
    }


def measure_modal(name: str, opens: Callable[[], object], records: list[Record], shots: Path | None) -> None:
    """Call ``opens`` (which shows a modal dialog), measure the dialog, then close it (cancel)."""

    def catch() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            records.append({"name": name, "missing": True})
            return
        records.append(measure(name, dialog, shots))
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    QTimer.singleShot(0, catch)
    opens()


def left_on_the_projector(app: QApplication) -> Record:
    """The console was last closed maximized on the projector (dragged there by mistake)."""
    projector = next(s for s in app.screens() if s.name() == "Projector")
    dragged = QMainWindow()
    dragged.setScreen(projector)
    dragged.setGeometry(projector.availableGeometry().adjusted(100, 100, -600, -400))
    dragged.showMaximized()
    record = measure("console-last-run", dragged)
    window_state.save(dragged, "console")
    dragged.close()
    return record


def tally_console(language: str, store: Store, laptop: QScreen, shots: Path | None) -> Record:
    """The console on the step library's tally step (two statements), counts typed in."""
    library = load_plan(CONTENT_DIR / "library" / f"library.{language}.yaml")
    bridge = SessionBridge(library, "library.yaml", store, FakeClock())
    audience = AudienceWindow(bridge)
    console = ConsoleWindow(bridge, audience)
    console.setScreen(laptop)
    console.showMaximized()
    bridge.start()
    bridge.jump(next(i for i, step in enumerate(library.plan.steps) if step.audience.tallies))
    for number, box in enumerate(console.step_panel.tallies.spins.values()):
        box.setValue(number + 1)
    record = measure("console-tally", console, shots)
    if shots is not None:
        audience.view.resize(1920, 1080)
        audience.view.grab().save(str(shots / f"projector-tally-{language}.png"))
    bridge.stop()
    audience.allow_close()
    console.hide()
    audience.close()
    return record


def series_windows(language: str, store: Store, laptop: QScreen, shots: Path | None) -> list[Record]:
    """The console and the planner on session 3 of the built-in series, its notes shown."""
    loaded = load_plan(CONTENT_DIR / "plans" / f"young-men-series-3.{language}.yaml")
    bridge = SessionBridge(loaded, "series.yaml", store, FakeClock())
    audience = AudienceWindow(bridge)
    console = ConsoleWindow(bridge, audience)
    console.setScreen(laptop)
    console.showMaximized()
    assert console.step_panel.tabs is not None
    console.step_panel.tabs.setCurrentIndex(1)
    records = [measure("console-series", console, shots)]
    planner = PlannerWindow(Draft(document_of(loaded.plan)))
    planner.setScreen(laptop)
    planner.showMaximized()
    assert planner.series_guidance.isVisible()
    records.append(measure("planner-series", planner, shots))
    planner.close()
    audience.allow_close()
    console.hide()
    audience.close()
    return records


def new_planner(language: str, laptop: QScreen, shots: Path | None) -> Record:
    """The planner as ``facilitator planner`` opens it (not maximized), a new workshop of six steps
    in the UI's language whose length check fails, so its problem line shows under the agenda."""
    from facilitator.planner.library import load_library

    planner = PlannerWindow()
    planner.setScreen(laptop)
    library = load_library()
    for item in [step for step in library if step.language == language][:6]:
        planner.add(item, len(planner.draft.steps))
    planner.show()
    record = measure("planner-new", planner, shots)
    planner.undo.setClean()  # nothing to save: closing asks nothing
    planner.close()
    return record


def films_checklist(language: str, store: Store, laptop: QScreen, shots: Path | None) -> Record:
    """The checklist as the fourth blind drive met it: a new workshop of the library's film steps
    (none names its film file: each says in three lines what to add), the referral sheet still the
    built-in one, no town yet. Its findings scroll; every line is whole."""
    from facilitator.planner.library import load_library

    planner = PlannerWindow()
    planner.setScreen(laptop)
    films = [item for item in load_library() if item.language == language and item.step.kind.value == "film"]
    others = [item for item in load_library() if item.language == language and item.step.kind.value != "film"]
    for item in [*others[:1], *films[:5]]:
        planner.add(item, len(planner.draft.steps))
    planner.show()
    plan = planner.draft.plan
    assert plan is not None, planner.draft.errors
    checklist = ChecklistDialog(plan, Directory(store), parent=planner)
    checklist.show()
    record = measure("checklist-films", checklist, shots)
    findings = checklist.findings
    labels = [label for label in checklist.findChildren(QLabel) if label.objectName().startswith("check-")]
    record["findings"] = {
        "viewport": findings.viewport().height(),
        "content": findings.widget().height(),
        "scroll_max": findings.verticalScrollBar().maximum(),
        "labels": [
            [label.y(), label.height(), label.heightForWidth(label.width()), label.text()]
            for label in labels
            if label.isVisibleTo(checklist)
        ],
    }
    checklist.close()
    planner.undo.setClean()
    planner.close()
    return record


def main() -> None:
    language = sys.argv[1]
    shots = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    app = QApplication([])
    load_fonts(app)
    i18n.install(app, language)
    laptop = next(s for s in app.screens() if s.name() == "Laptop")
    store = Store.open(database_path())
    loaded = load_plan(default_workshop(language))
    records: list[Record] = [left_on_the_projector(app)]
    launcher = Launcher(app, loaded, "plan.yaml", store, FakeClock(), ask=False, passphrase="laptop fit")
    launcher.open()
    console = launcher.console
    assert console is not None and launcher.bridge is not None and launcher.lock is not None
    records.append(measure("console", console, shots))  # as remembered: maximized, on the laptop
    bridge = launcher.bridge
    bridge.start()
    bridge.save_note(None, "A note with a name, Aigerim, and 8 701 234 5678.", ["quote"])
    bridge.wait_for_saves()
    records.append(measure("console-running", console, shots))
    console.aids.toggle_cues()
    records.append(measure("console-f2", console, shots))
    console.aids.toggle_referrals()
    records.append(measure("console-f2-f3", console, shots))
    console.aids.toggle_cues()
    records.append(measure("console-f3", console, shots))
    console.aids.toggle_referrals()
    console.set_mirrored(True)
    records.append(measure("console-mirrored", console, shots))
    console.confirm_private()
    records.append(tally_console(language, store, laptop, shots))

    records += series_windows(language, store, laptop, shots)
    planner = PlannerWindow(Draft(document_of(loaded.plan)))
    planner.setScreen(laptop)
    planner.showMaximized()
    planner.agenda.setCurrentRow(1)
    records.append(measure("planner", planner, shots))
    checklist = ChecklistDialog(loaded.plan, Directory(store), parent=planner)
    checklist.show()
    records.append(measure("checklist", checklist, shots))
    checklist.close()
    planner.close()
    records.append(new_planner(language, laptop, shots))
    records.append(films_checklist(language, store, laptop, shots))

    bridge.end()  # the end of the session asks for its figures (not modal)
    figures = console.after.figures_dialog
    assert figures is not None
    records.append(measure("session-figures", figures, shots))
    figures.participants.setValue(12)
    figures.accept()  # the export needs them; ended, it asks about the raw notes afterwards
    console.after.open_review()
    review = console.after.review
    assert review is not None
    records.append(measure("review", review, shots))
    report = Path(database_path()).parent / "report.pdf"
    dialogs.save_file = lambda *_args: str(report)  # type: ignore[assignment]
    measure_modal("after-export-question", console.after.export, records, shots)
    review.close()
    measure_modal("resume-offer", launcher._offer_resume, records, shots)
    launcher.lock.lock()
    measure_modal("unlock", launcher.lock.ask_unlock, records, shots)
    print(json.dumps({"language": language, "records": records}))
    launcher.close()
    store.close()


if __name__ == "__main__":
    main()

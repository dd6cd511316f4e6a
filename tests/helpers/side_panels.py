"""The console maximized on a 1366×768 laptop with the cue panel (F2) or the referral sheet (F3)
open, measured (and, optionally, grabbed as pictures), printed as JSON.

``QT_QPA_PLATFORM=offscreen:configfile=tests/helpers/laptop.json``
``python -m tests.helpers.side_panels kk [DIR]``

For each panel: the width of the step's private guidance and of the projector column, the three
columns' sizes with it open and after it closed again; for the referral sheet (with a few services
whose numbers are as long as they come), the phone column's width, how much of it is in sight,
and the width its numbers need to show whole.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableWidget

from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import i18n
from facilitator.ui.launch import Launcher, load_fonts

PHONE = 2  # the referral table's phone column
SERVICES = (  # an organisation's own list, with numbers as long as they come
    Service(
        "Кризисный центр «Подруги»", ServiceKind.SHELTER, "+7 (727) 123-45-67", region="Алматы", country="KZ"
    ),
    Service("Психологическая помощь молодёжи", ServiceKind.PSYCHOLOGICAL, "8 800 080 7777", country="KZ"),
    Service("Программа для мужчин «Альтернатива»", ServiceKind.PERPETRATOR_PROGRAMME, "+7 701 234 56 78"),
    Service(  # a long number (a landline with its extension): the names beside it stay readable
        "Юридическая клиника для женщин и семей",
        ServiceKind.LEGAL_AID,
        "+7 (7172) 55-12-34, доб. 105",
        country="KZ",
    ),
)
NAME = 1  # the referral table's name column


def _names_unreadable(table: QTableWidget) -> list[str]:
    """The services whose name does not read whole in the sheet: its column not wholly in sight,
    a word of it wider than the column, or more lines than its row holds."""
    viewport = table.viewport().width()
    left, width = table.columnViewportPosition(NAME), table.columnWidth(NAME)
    text_width = width - 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    metrics = table.fontMetrics()
    unreadable = []
    for row in range(table.rowCount()):
        name = table.item(row, NAME).text()
        wrapped = metrics.boundingRect(QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, name)
        widest = max(metrics.horizontalAdvance(word) for word in name.split())
        if (
            left < 0
            or left + width > viewport
            or widest > text_width
            or wrapped.height() > table.rowHeight(row)
        ):
            unreadable.append(name)
    return unreadable


def main() -> None:
    language = sys.argv[1]
    shots = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    app = QApplication([])
    load_fonts(app)
    i18n.install(app, language)
    store = Store.open(database_path())
    loaded = load_plan(default_workshop(language))
    launcher = Launcher(app, loaded, "plan.yaml", store, FakeClock(), ask=False, passphrase="side panels")
    launcher.open()
    console = launcher.console
    assert console is not None and launcher.bridge is not None
    launcher.bridge.start()
    directory = Directory(store)
    for service in SERVICES:
        directory.save(service)
    records: dict[str, dict[str, object]] = {
        "none": {"columns": [console.step_panel.parentWidget().widget(i).width() for i in range(3)]}
    }
    for name, toggle in (("f2", console.aids.toggle_cues), ("f3", console.aids.toggle_referrals)):
        toggle()
        for _ in range(3):  # the sheet laid out in full (its row numbers' width comes a turn later)
            app.processEvents()
        record = {
            "guidance": console.step_panel.width(),
            "projector": console.preview.parentWidget().width(),
            "window": console.width(),
        }
        sheet = console.aids.referral_panel
        if name == "f3" and sheet is not None:
            table = sheet.table
            phones = [table.item(row, PHONE).text() for row in range(table.rowCount())]
            record["phone_column"] = table.columnWidth(PHONE)
            record["phone_visible"] = min(
                table.columnViewportPosition(PHONE) + table.columnWidth(PHONE), table.viewport().width()
            ) - max(table.columnViewportPosition(PHONE), 0)
            record["phone_needs"] = table.sizeHintForColumn(PHONE)  # every number whole
            record["phones"] = phones
            record["names"] = _names_unreadable(table)
        if shots is not None:
            console.grab().save(str(shots / f"console-{name}.png"))
        records[name] = record
        record["columns"] = console.step_panel.parentWidget().sizes()
        record["agenda"] = [
            console.step_panel.parentWidget().widget(0).width(),
            console.step_panel.parentWidget().widget(0).maximumWidth(),
        ]
        toggle()  # closed again (the keyboard is in the panel: the key closes it)
        for _ in range(3):
            app.processEvents()
        columns = console.step_panel.parentWidget()
        record["columns_after"] = [columns.widget(i).width() for i in range(3)]
    print(json.dumps(records, ensure_ascii=False))
    launcher.close()
    store.close()


if __name__ == "__main__":
    main()

# LOCAL ONLY (not committed): screenshots for review
import subprocess, sys
from pathlib import Path
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from facilitator.content import builtin_workshop_in, default_workshop
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui import i18n
from tests.ui.conftest import build_rig, close_rig
from tests.ui.test_console import activate, press, type_text

OUT = Path("/tmp/cshots")

def use(lang, tmp_path):
    if lang != "en":
        subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
            f"facilitator/i18n/facilitator_{lang}.ts", "-qm", str(tmp_path / f"facilitator_{lang}.qm")], check=True)
    i18n.install(QApplication.instance(), lang, folder=tmp_path)

@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_console_shot(qtbot, tmp_path, lang):
    use(lang, tmp_path)
    rig = build_rig(qtbot, load_plan(builtin_workshop_in(lang)))
    try:
        rig.console.resize(1366, 740)
        activate(qtbot, rig)
        press(rig, Qt.Key.Key_F5)
        notes = rig.console.notes
        for step, text in ((0, "Ivan said he helps at home. Call 87011234567"), (1, "A long note that should wrap across the width of the list to see how it looks"), (2, "Dima said his father beats his mother at home")):
            rig.bridge.jump(step)
            if rig.bridge.held_back:
                rig.bridge.next()
            type_text(notes.editor, text)
            QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: notes.list.count() == 1, timeout=3000)
        rig.console.grab().save(str(OUT / f"console_{lang}.png"))
        notes.show_all.click()
        rig.console.grab().save(str(OUT / f"console_all_{lang}.png"))
    finally:
        close_rig(rig)
        i18n.install(QApplication.instance(), "en")

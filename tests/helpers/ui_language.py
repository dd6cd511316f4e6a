"""The app's texts in another language for one test, compiled from the current .ts files."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def ui_language(language: str, folder: Path) -> Iterator[None]:
    """Install ``language``, its .ts compiled into ``folder`` (an uncompiled edit counts); English after."""
    app = QApplication.instance()
    if language != "en":
        ts = ROOT / "facilitator" / "i18n" / f"facilitator_{language}.ts"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        qm = folder / f"facilitator_{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        assert i18n.install(app, language, folder=folder) == language  # type: ignore[arg-type]
    try:
        yield
    finally:
        i18n.install(app, "en")  # type: ignore[arg-type]

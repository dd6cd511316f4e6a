"""The application's icon and bundled fonts: set on the QApplication before the first window, so
apart from the launcher (which imports the whole console)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from facilitator.resources import assets_dir, font_files
from facilitator.ui import theme


def set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in sorted((assets_dir() / "icons").glob("facilitator-*.png")):
        icon.addFile(str(path))
    app.setWindowIcon(icon)


def load_fonts(app: QApplication) -> None:
    """Bundled DejaVu Sans (all Kazakh letters), so nothing depends on the system's fonts."""
    for path in font_files():
        QFontDatabase.addApplicationFont(str(path))
    font = QFont(theme.FONT_FAMILY)
    font.setPointSize(10)
    app.setFont(font)

"""Where the windows were: size, position and maximized state, kept between runs.

The one place for window state (Qt's saveGeometry/saveState, in an INI file in the data folder);
what the facilitator chose (languages, projector, text size) is in facilitator/settings.py.
A window comes back on the screen it is meant for (the console on the laptop), never on a
projector it was once dragged to; the first time, it opens maximized there.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from facilitator.paths import window_state_path


def _store() -> QSettings:
    return QSettings(str(window_state_path()), QSettings.Format.IniFormat)


def save(window: QMainWindow, name: str) -> None:
    """Remember ``window``'s geometry (maximized included) and its toolbars under ``name``."""
    store = _store()
    store.setValue(f"{name}/geometry", window.saveGeometry())
    store.setValue(f"{name}/state", window.saveState())
    store.sync()


def restore(window: QWidget, name: str, screen: QScreen | None) -> bool:
    """Put ``window`` back as it was, on ``screen``; maximized there when nothing was saved (a
    main window's toolbars too; the first frame's plain window takes the geometry alone).

    Call before the window is shown. Returns True when a saved state was used.
    """
    store = _store()
    geometry, state = store.value(f"{name}/geometry"), store.value(f"{name}/state")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if isinstance(state, QByteArray) and isinstance(window, QMainWindow):
        window.restoreState(state)
    if screen is None:
        return restored
    area = screen.availableGeometry()
    if restored and area.contains(window.geometry().center()):
        return restored
    from PySide6.QtCore import Qt  # only here: the first frame restores a window before Qt's enums

    maximized = not restored or window.isMaximized()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setScreen(screen)  # the right screen, at a size that fits it
    window.setGeometry(QRect(area.topLeft(), window.size().boundedTo(area.size())))
    if maximized:
        window.setWindowState(Qt.WindowState.WindowMaximized)
    return restored

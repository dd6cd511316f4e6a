"""The projector's windows never take the keyboard.

Shown full screen on another monitor, a window manager would otherwise focus the projector's
window (the drive on two X screens saw it: the facilitator's first note, typed there, drove the
room's screen: each space a next step, a full stop a black screen). Light: the first frame uses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def keep_keys_off(window: QWidget) -> None:
    """Mark ``window`` as never taking focus, and shown without being activated."""
    window.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)


def show_full_screen(window: QWidget) -> None:
    """Full screen without asking for the focus (``showFullScreen`` activates the window too)."""
    window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
    window.show()

"""Guard against a Qt binding that corrupts Python's None (PySide6 6.12.0 on Python 3.11)."""

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setBold(True)
        label.setText("x")
    assert sys.getrefcount(None) - before > -100  # 6.12.0 loses 4,000 references here

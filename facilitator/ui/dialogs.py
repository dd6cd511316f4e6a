"""Questions to the facilitator, in one place so tests can answer them (no modal left open)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes. Tests replace this function."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message that needs acknowledging. Tests replace this function."""
    QMessageBox.warning(parent, title, text)


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """Pick one of ``options`` (index), or None when cancelled. Tests replace this function."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((index for index, button in enumerate(buttons) if button is clicked), None)


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    """A file to read, or None. Tests replace this function."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """A file to write, or None. Tests replace this function."""
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None

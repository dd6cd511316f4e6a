"""Questions to the facilitator, in one place so tests can answer them (no modal left open).

A question asked with no window behind it (at start-up: the passphrase, the unlock, "already
open", the resume question, a workshop that cannot be opened) opens centred on the laptop's
screen, never on the projector where the mouse pointer may happen to be (Qt's own choice for a
window with no parent: the screen under the pointer)."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from facilitator.screens import ScreenInfo, centred_on, laptop_screen
from facilitator.ui.i18n import translate
from facilitator.ui.qt_screens import QtScreenSource

if TYPE_CHECKING:  # imported where a dialog is shown: PySide6 builds each class's enums on its
    # first use (the message box's and the file dialog's are many), and the console's start shows none
    from PySide6.QtWidgets import QMessageBox


class Forgot(enum.Enum):
    """What ``ask_passphrase`` returns when the facilitator pressed "Forgot it?…"."""

    FORGOT = "forgot"


FORGOT = Forgot.FORGOT


class SaveAnswer(enum.Enum):
    """What ``ask_save`` returns."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


_FORGOT_CODE = 2  # the dialog's result for that button

P = ParamSpec("P")
R = TypeVar("R")


class _Centred(QObject):
    """Keeps a dialog centred on ``screen`` while it takes its size (a message box sizes itself
    as it is shown, before it is on the screen); gone once it is painted (it can be moved)."""

    def __init__(self, dialog: QWidget, screen: ScreenInfo) -> None:
        super().__init__(dialog)
        self._screen = screen
        dialog.installEventFilter(self)
        self.centre(dialog)

    def centre(self, dialog: QWidget) -> None:
        dialog.move(*centred_on(self._screen, dialog.width(), dialog.height()))  # Qt leaves it there

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.Resize:
                self.centre(watched)
            elif event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
        return False


def place_on_laptop(dialog: QWidget) -> None:
    """A dialog with no parent window: centred on the laptop's screen (call before it is shown)."""
    if dialog.parentWidget() is not None or QGuiApplication.primaryScreen() is None:
        return  # a parent window: Qt centres it over that window, on the laptop
    source = QtScreenSource()
    laptop = laptop_screen(source.screens())
    screen = source.qt_screen(laptop) if laptop is not None else None
    if laptop is None or screen is None:
        return
    dialog.setScreen(screen)
    dialog.adjustSize()
    _Centred(dialog, laptop)


def _keys_back(ask_something: Callable[P, R]) -> Callable[P, R]:
    """After the dialog closes, the keyboard goes back to the window it was asked from: some window
    managers focus nothing once a modal closes, and the presenter keys then did nothing until a
    click (blind drive, after unlocking and after the planner's unsaved-changes question)."""

    @functools.wraps(ask_something)
    def asked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return ask_something(*args, **kwargs)
        finally:
            parent = args[0] if args else kwargs.get("parent")
            if isinstance(parent, QWidget) and isValid(parent):
                window = parent.window()
                if window.isVisible() and not window.isActiveWindow():
                    window.activateWindow()

    return asked


@_keys_back
def ask(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    """A yes/no question; True for yes. Enter means No unless ``default_yes``: most questions guard
    something that cannot be undone (ending, deleting, closing). Tests replace this function."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    place_on_laptop(box)
    box.exec()
    return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes


class ResumeAnswer(enum.Enum):
    """What ``ask_resume`` returns."""

    RESUME = "resume"
    CLOSE = "close"
    LATER = "later"


@_keys_back
def ask_resume(parent: QWidget | None, title: str, text: str) -> ResumeAnswer:
    """Resume an unfinished session (the default: Enter), close it for good, or decide later
    (Esc, or closing the question): Esc never throws a session away. Tests replace this function."""
    labels = (
        translate("Dialogs", "Resume"),
        translate("Dialogs", "Close it for good"),
        translate("Dialogs", "Decide later"),
    )
    answer = _go_on_lose_or_keep(parent, title, text, labels, warning=False)
    return (ResumeAnswer.RESUME, ResumeAnswer.CLOSE, ResumeAnswer.LATER)[answer]


def _go_on_lose_or_keep(
    parent: QWidget | None, title: str, text: str, labels: tuple[str, str, str], warning: bool
) -> int:
    """A box of three answers: go on (the default: Enter), a destructive one, and one that keeps
    everything (Esc, or closing the box). Returns the index of the answer given, on the laptop."""
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    roles = (
        QMessageBox.ButtonRole.AcceptRole,
        QMessageBox.ButtonRole.DestructiveRole,
        QMessageBox.ButtonRole.RejectRole,
    )
    buttons = [box.addButton(label, role) for label, role in zip(labels, roles, strict=True)]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[2])
    place_on_laptop(box)
    box.exec()
    clicked = box.clickedButton()
    return next((index for index, button in enumerate(buttons) if button is clicked), 2)


def save_question(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The unsaved-changes question: Save (the default: Enter), Discard, Cancel (Esc), each with
    a mnemonic (Alt+letter, or the letter alone) in the UI's language."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(translate("Dialogs", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Dialogs", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Dialogs", "&Cancel"), QMessageBox.ButtonRole.RejectRole)
    for button, name in ((save, "save"), (discard, "discard"), (cancel, "cancel")):
        button.setObjectName(f"answer-{name}")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    return box


def save_answer(box: QMessageBox) -> SaveAnswer:
    """The answer given in ``save_question``'s box (Cancel when it was closed otherwise)."""
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"answer-save": SaveAnswer.SAVE, "answer-discard": SaveAnswer.DISCARD}.get(name, SaveAnswer.CANCEL)


@_keys_back
def ask_save(parent: QWidget | None, title: str, text: str) -> SaveAnswer:
    """Save the changes, discard them, or cancel what was being done. Tests replace this function."""
    box = save_question(parent, title, text)
    box.exec()
    return save_answer(box)


class UnsavedAnswer(enum.Enum):
    """What ``ask_unsaved`` returns."""

    RETRY = "retry"
    CLOSE = "close"
    CANCEL = "cancel"


@_keys_back
def ask_unsaved(parent: QWidget | None, title: str, text: str) -> UnsavedAnswer:
    """Things typed are not on disk yet: try saving again (the default: Enter), close and lose
    them, or cancel (Esc, or closing the question: nothing is lost). Tests replace this function."""
    labels = (
        translate("Dialogs", "&Try again"),
        translate("Dialogs", "Close and &lose them"),
        translate("Dialogs", "&Cancel"),
    )
    answer = _go_on_lose_or_keep(parent, title, text, labels, warning=True)
    return (UnsavedAnswer.RETRY, UnsavedAnswer.CLOSE, UnsavedAnswer.CANCEL)[answer]


@_keys_back
def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message that needs acknowledging. Tests replace this function."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    place_on_laptop(box)
    box.exec()


@_keys_back
def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """Pick one of ``options`` (index), or None when cancelled. Tests replace this function."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.addButton(QMessageBox.StandardButton.Cancel)
    place_on_laptop(box)
    box.exec()
    clicked = box.clickedButton()
    return next((index for index, button in enumerate(buttons) if button is clicked), None)


@_keys_back
def choose_folder(parent: QWidget | None, title: str, start: str) -> str | None:
    """A folder, or None. Tests replace this function."""
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None


@_keys_back
def open_file(parent: QWidget | None, title: str, filters: str, start: str = "") -> str | None:
    """A file to read, or None; the dialog opens in ``start`` (the home folder when not given,
    never wherever the app was started from). Tests replace this function."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    path, _selected = QFileDialog.getOpenFileName(parent, title, start or str(Path.home()), filters)
    return path or None


@_keys_back
def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """A file to write, or None; a bare file name is suggested in the home folder (not wherever
    the app was started from), a full path where it is. Tests replace this function."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    where = Path(suggested)
    if not where.is_absolute():
        where = Path.home() / where
    path, _selected = QFileDialog.getSaveFileName(parent, title, str(where), filters)
    return path or None


@_keys_back
def ask_passphrase(
    parent: QWidget | None, title: str, text: str, confirm: bool = False
) -> str | Forgot | None:
    """The passphrase typed (hidden), or None when cancelled. ``confirm`` asks twice and compares.

    When unlocking (not ``confirm``), a "Forgot it?" button offers the way out: it returns
    ``FORGOT``, and the caller asks before deleting anything. Tests replace this function.
    The passphrase is never stored anywhere.
    """
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    fields = [QLineEdit(dialog) for _ in range(2 if confirm else 1)]
    for index, field in enumerate(fields):
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(
            translate("Dialogs", "Passphrase") if index == 0 else translate("Dialogs", "The same again")
        )
        layout.addWidget(field)
    problem = QLabel(dialog)
    problem.setStyleSheet("color: #9b2c2c;")
    layout.addWidget(problem)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if not confirm:
        forgot = buttons.addButton(
            translate("Dialogs", "Forgot it? Delete all data and start again…"),
            QDialogButtonBox.ButtonRole.ResetRole,
        )
        forgot.setObjectName("forgot")
        forgot.setAutoDefault(False)  # Enter unlocks; only a deliberate click goes this way
        forgot.clicked.connect(lambda: dialog.done(_FORGOT_CODE))
    layout.addWidget(buttons)

    def accept() -> None:
        if confirm and len(fields[0].text()) < 8:
            problem.setText(
                translate("Dialogs", "Use at least 8 characters: a few words you will remember is best.")
            )
        elif confirm and fields[0].text() != fields[1].text():
            problem.setText(translate("Dialogs", "The two do not match."))
        else:
            dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)  # Esc: cancelled, nothing else (still locked)
    fields[0].setFocus()  # type at once; Enter presses OK (the button box's default)
    place_on_laptop(dialog)
    result = dialog.exec()
    if result == _FORGOT_CODE:
        return FORGOT
    if result != QDialog.DialogCode.Accepted:
        return None
    return fields[0].text()


@_keys_back
def confirm_typed(parent: QWidget | None, title: str, text: str, word: str) -> bool:
    """True only if the facilitator types ``word`` exactly: for what cannot be undone."""
    from PySide6.QtWidgets import QDialog, QInputDialog

    prompt = translate("Dialogs", "Type {word} to confirm:").format(word=word)
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(f"{text}\n\n{prompt}")
    place_on_laptop(dialog)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted and dialog.textValue().strip() == word

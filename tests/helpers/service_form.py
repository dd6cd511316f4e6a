"""Filling F3's "Add a service" form as a facilitator does (per character: non-ASCII text too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from facilitator.ui.referral_panel import ReferralPanel
from facilitator.ui.service_dialog import ServiceDialog


def type_into(field: QLineEdit, text: str) -> None:
    field.clear()
    for character in text:  # keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, field, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier
        )


def open_form(panel: ReferralPanel) -> ServiceDialog:
    """The form the panel's Add opened (Add must have been pressed)."""
    form = panel.adding
    assert form is not None and form.isVisible()
    return form


def fill(form: ServiceDialog, name: str, phone: str) -> None:
    type_into(form.name, name)
    type_into(form.phone, phone)


def press_add(form: ServiceDialog) -> None:
    form.add.click()

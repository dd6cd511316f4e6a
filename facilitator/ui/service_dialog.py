"""Adding a service to the referral sheet: a short form that checks the phone before anything is saved.

A blind drive added a service, typed a phone the check refused and pressed Esc: the service stayed
on the sheet with no number, and nothing said so. Here the form stays open with what was typed and
says under it what is wrong (as the session's figures do); a service without a phone is added only
when the facilitator presses Add a second time, having been told (one reached at its address).
The form is not modal: it never holds the console's keys hostage.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.aids.referral_csv import PhoneProblem, phone_problem
from facilitator.aids.referrals import Service, ServiceKind, Venue
from facilitator.sessions.hidden_characters import without_hidden
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

PHONE_PROBLEMS = {
    PhoneProblem.INVISIBLE: QT_TRANSLATE_NOOP(
        "Referrals",
        "Phone: the number holds an invisible character (a zero-width space, a direction mark or the "
        "like): it would look right and not dial. Type it again by hand.",
    ),
    PhoneProblem.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "Referrals",
        "Phone: “{phone}” is not a phone number. Type a number like +7 7132 55 11 22 or a short "
        "number like 150.",
    ),
}
NO_NAME = QT_TRANSLATE_NOOP("Referrals", "Name: type the service's name.")
NO_PHONE = QT_TRANSLATE_NOOP(
    "Referrals",
    "No phone: a participant could not call this service. Type its number, or press Add again to "
    "add it without one (a service reached at its address).",
)


class ServiceDialog(QDialog):
    """Asks for a new service's name, kind, phone, hours and town; ``service()`` once accepted."""

    def __init__(
        self, kinds: dict[ServiceKind, str], kind: ServiceKind, venue: Venue, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referral-add-dialog")
        self.setWindowTitle(translate("Referrals", "Add a service"))
        self.setModal(False)  # as the session's figures: the console's keys (B for black, Ctrl+L to
        # lock, the clicker's pages) keep working while it is open during a session
        self._country = venue.country
        self._warned_no_phone = False
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for value, title in kinds.items():
            self.kind.addItem(title, value.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("+7 7132 55 11 22")
        self.hours = QLineEdit(self)
        self.region = QLineEdit(venue.town, self)
        form = QFormLayout()
        for title, field in (
            (QT_TRANSLATE_NOOP("Referrals", "Name:"), self.name),
            (QT_TRANSLATE_NOOP("Referrals", "Kind:"), self.kind),
            (QT_TRANSLATE_NOOP("Referrals", "Phone:"), self.phone),
            (QT_TRANSLATE_NOOP("Referrals", "Hours:"), self.hours),
            (QT_TRANSLATE_NOOP("Referrals", "Town or region:"), self.region),
        ):
            field.setObjectName("referral-add-" + title.split()[0].strip(":").lower())
            field.setAccessibleName(translate("Referrals", title).rstrip(":"))
            form.addRow(translate("Referrals", title), field)
        self.problem = QLabel(self)
        self.problem.setObjectName("referral-add-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(self)
        self.add = self.buttons.addButton(
            translate("Referrals", "Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(translate("Referrals", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)  # under the form, wrapped whole (as the figures' message)
        layout.addWidget(self.buttons)
        self.phone.textChanged.connect(self._phone_changed)
        self.setMinimumWidth(420)

    def _phone_changed(self) -> None:
        self._warned_no_phone = False
        self.problem.hide()

    def accept(self) -> None:
        """Added only with a name, and a phone that dials (or none, said once and confirmed)."""
        phone = self.phone.text().strip()
        problem = phone_problem(phone, self._country)
        if not self.name.text().strip():
            self._say(translate("Referrals", NO_NAME), self.name)
        elif problem is not None:
            self._say(translate("Referrals", PHONE_PROBLEMS[problem]).format(phone=phone), self.phone)
        elif not phone and not self._warned_no_phone:
            self._warned_no_phone = True
            self._say(translate("Referrals", NO_PHONE), self.phone)
        else:
            super().accept()

    def _say(self, text: str, field: QWidget) -> None:
        """The problem under the form; the dialog grows to hold it whole, and the field has the keys."""
        self.problem.setText(text)
        self.problem.show()
        margins = self._layout.contentsMargins()
        width = max(self.width(), self.sizeHint().width()) - margins.left() - margins.right()
        self.problem.setMinimumHeight(self.problem.heightForWidth(width))
        self.adjustSize()
        field.setFocus()

    def service(self) -> Service:
        """The service as typed (hidden characters left out of the texts)."""

        def text(field: QLineEdit) -> str:
            return without_hidden(field.text()).strip()

        return Service(
            text(self.name),
            ServiceKind(str(self.kind.currentData())),
            self.phone.text().strip(),
            hours=text(self.hours),
            region=text(self.region),
            country=self._country,
        )

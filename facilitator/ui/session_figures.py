"""At the end of a session: how many took part (required), their age band and the town (optional).

The dialog is not modal: it opens on the console when the session ends and never holds the
keyboard of the presenter controls hostage. "Later" closes it; the export asks again, since the
report needs the participant count.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.figures import (
    AGE_BANDS,
    MAX_PARTICIPANTS,
    MAX_TOWN_LENGTH,
    MAX_TOWN_WORDS,
    SessionFigures,
    checked_town,
)
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

AGE_BAND_TITLES = {
    "14-17": QT_TRANSLATE_NOOP("Figures", "14–17 years"),
    "18-24": QT_TRANSLATE_NOOP("Figures", "18–24 years"),
    "25-35": QT_TRANSLATE_NOOP("Figures", "25–35 years"),
    "mixed": QT_TRANSLATE_NOOP("Figures", "Mixed ages"),
}


class CountField(QSpinBox):
    """A count that shows "—" until one is given: the first digit typed replaces the dash (a blind
    drive typed 14 after it and nothing happened until Ctrl+A)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        showing_dash = bool(self.specialValueText()) and self.text() == self.specialValueText()
        if showing_dash and event.text().isdigit():
            self.lineEdit().clear()  # the dash is not a number to type after
        super().keyPressEvent(event)


class SessionFiguresDialog(QDialog):
    """Asks for the figures; ``chosen()`` gives them once accepted."""

    def __init__(self, known: SessionFigures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session-figures")
        self.setWindowTitle(translate("Figures", "The session in figures"))
        self.setModal(False)
        intro = QLabel(
            translate(
                "Figures",
                "For the report: how many took part? Only counts are kept, never names.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.participants = CountField(self)
        self.participants.setObjectName("figures-participants")
        self.participants.setRange(0, MAX_PARTICIPANTS)
        self.participants.setSpecialValueText("—")  # 0: not given yet
        self.participants.setValue(known.participants or 0)
        self.participants.setAccessibleName(translate("Figures", "Participants"))
        self.age_band = QComboBox(self)
        self.age_band.setObjectName("figures-age-band")
        self.age_band.addItem(translate("Figures", "Not given"), None)
        for band in AGE_BANDS:
            self.age_band.addItem(translate("Figures", AGE_BAND_TITLES[band]), band)
        self.age_band.setCurrentIndex(max(0, self.age_band.findData(known.age_band)))
        self.town = QLineEdit(self)
        self.town.setObjectName("figures-town")
        self.town.setMaxLength(MAX_TOWN_LENGTH)
        self.town.setPlaceholderText(translate("Figures", "Town or district (optional)"))
        hint = self.town.fontMetrics().horizontalAdvance(self.town.placeholderText())
        self.town.setMinimumWidth(hint + 24)  # the hint whole, in every language (frame and margins)
        self.town.setText(known.town or "")
        form = QFormLayout()
        count = translate("Figures", "Participants (1–{n}):").format(n=MAX_PARTICIPANTS)
        form.addRow(count, self.participants)
        form.addRow(translate("Figures", "Age band:"), self.age_band)
        self.town_problem = QLabel(self)
        self.town_problem.setObjectName("figures-town-problem")
        self.town_problem.setWordWrap(True)
        self.town_problem.setStyleSheet("color: #a00000;")
        self.town_problem.hide()
        if not known.town:  # asked only when the session has none
            form.addRow(translate("Figures", "Town:"), self.town)
        else:
            self.town.hide()
        self.town.textChanged.connect(self.town_problem.hide)
        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(
            translate("Figures", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(translate("Figures", "Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.town_problem)  # under the form: a form row held it to one line, cut
        layout.addWidget(self.buttons)
        self.participants.valueChanged.connect(self._enable_save)
        self._enable_save()

    def _enable_save(self, *_args: object) -> None:
        self.save.setEnabled(self.participants.value() >= 1)  # the count is required

    def accept(self) -> None:
        if self.participants.value() < 1:
            return
        try:
            checked_town(self.town.text())
        except ValueError:  # a phone or a name typed in the wrong field: the dialog stays, text too
            self.town_problem.setText(
                translate(
                    "Figures",
                    "Only the town or district, in at most {n} words: no digits, e-mail or links "
                    "(a phone or an address does not belong here).",
                ).format(n=MAX_TOWN_WORDS)
            )
            self.town_problem.show()
            # the dialog grows to hold the message whole (a wrapped label shown late was cut)
            problem = self.town_problem
            margins = self._layout.contentsMargins()
            width = max(self.width(), self.sizeHint().width()) - margins.left() - margins.right()
            problem.setMinimumHeight(problem.heightForWidth(width))
            self.adjustSize()
            self.town.setFocus()
            return
        super().accept()

    def chosen(self) -> tuple[int, str | None, str | None]:
        """(participants, age band id or None, town or None) as entered."""
        band = self.age_band.currentData()
        town = self.town.text().strip() or None
        return self.participants.value(), band if isinstance(band, str) else None, town

"""Edit one step: its time box, then what the projector shows and what stays private, kept apart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.durations import parse_duration
from facilitator.sessions.plan import StepKind
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.kind_names import step_kind

# (path inside the step, label, kind of field): lists are edited one item a line
AUDIENCE_FIELDS = (
    (("audience", "title"), QT_TRANSLATE_NOOP("StepEditor", "Title on screen"), "line"),
    (("audience", "text"), QT_TRANSLATE_NOOP("StepEditor", "Text"), "text"),
    (("audience", "items"), QT_TRANSLATE_NOOP("StepEditor", "Points (one a line)"), "lines"),
    (("audience", "questions"), QT_TRANSLATE_NOOP("StepEditor", "Questions (one a line)"), "lines"),
)
PRIVATE_FIELDS = (
    (("facilitator", "purpose"), QT_TRANSLATE_NOOP("StepEditor", "Purpose"), "text"),
    (("facilitator", "how_to_run"), QT_TRANSLATE_NOOP("StepEditor", "How to run it (one a line)"), "lines"),
    (("facilitator", "safety"), QT_TRANSLATE_NOOP("StepEditor", "Safety note"), "text"),
    (("facilitator", "shorten"), QT_TRANSLATE_NOOP("StepEditor", "If running late"), "text"),
)


class StepEditor(QWidget):
    edited = Signal(tuple, object)
    """(path within the step, new value)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.title = QLineEdit(self)
        self.title.setObjectName("step-title")
        self.kind = QComboBox(self)
        for kind in StepKind:
            self.kind.addItem(step_kind(kind), kind.value)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("step-minutes")
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(translate("StepEditor", " min"))
        self.fixed = QCheckBox(translate("StepEditor", "Fixed"), self)
        self.fixed.setToolTip(translate("StepEditor", "Fixed (never shortened)"))
        self.sensitive = QCheckBox(translate("StepEditor", "Sensitive"), self)
        self.sensitive.setToolTip(translate("StepEditor", "Sensitive (announce it, say where help is)"))
        top = QFormLayout()
        top.addRow(translate("StepEditor", "Title"), self.title)
        top.addRow(translate("StepEditor", "Kind"), self.kind)
        top.addRow(translate("StepEditor", "Length"), self.minutes)
        self.phases = QPlainTextEdit(self)
        self.phases.setObjectName("step-phases")
        self.phases.setPlaceholderText(translate("StepEditor", "Optional, one a line:  Alone = 4"))
        self.phases.setMaximumHeight(64)
        top.addRow(translate("StepEditor", "Phases"), self.phases)
        marks = QHBoxLayout()
        marks.addWidget(self.fixed)
        marks.addWidget(self.sensitive)
        marks.addStretch(1)
        top.addRow(marks)
        self.fields: dict[tuple[str, ...], QLineEdit | QPlainTextEdit] = {}
        tabs = QTabWidget(self)
        tabs.addTab(self._form(AUDIENCE_FIELDS), translate("StepEditor", "Projector (audience)"))
        tabs.addTab(self._form(PRIVATE_FIELDS), translate("StepEditor", "Private (facilitator)"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tabs, 1)
        self.title.textEdited.connect(lambda text: self._emit(("title",), text))
        self.kind.activated.connect(lambda _i: self._emit(("kind",), self.kind.currentData()))
        self.minutes.valueChanged.connect(lambda value: self._emit(("duration",), value))
        self.fixed.toggled.connect(lambda on: self._emit(("fixed",), True if on else None))
        self.phases.textChanged.connect(
            lambda: self._emit(("phases",), parse_phases(self.phases.toPlainText()))
        )
        self.sensitive.toggled.connect(lambda on: self._emit(("sensitive",), True if on else None))
        self.setEnabled(False)

    def _form(self, fields: tuple[tuple[tuple[str, ...], str, str], ...]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the texts get the width
        for path, label, kind in fields:
            widget: QLineEdit | QPlainTextEdit = QLineEdit(page) if kind == "line" else QPlainTextEdit(page)
            widget.setObjectName("field-" + "-".join(path))
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda text, p=path: self._emit(p, text))
            else:
                widget.setMaximumHeight(90)
                widget.textChanged.connect(
                    lambda p=path, w=widget, k=kind: self._emit(p, _value(w.toPlainText(), k))
                )
            form.addRow(translate("StepEditor", label), widget)
            self.fields[path] = widget
        return page

    def show_step(self, step: dict[str, Any] | None) -> None:
        self._filling = True
        self.setEnabled(step is not None)
        step = step or {}
        self.title.setText(str(step.get("title", "")))
        self.kind.setCurrentIndex(max(0, self.kind.findData(step.get("kind", "exercise"))))
        try:
            self.minutes.setValue(round(parse_duration(step.get("duration", 10)) / 60))
        except ValueError:
            self.minutes.setValue(10)
        phases = "\n".join(f"{p.get('label', '')} = {p.get('duration', '')}" for p in step.get("phases", []))
        if self.phases.toPlainText() != phases:
            self.phases.setPlainText(phases)
        self.fixed.setChecked(bool(step.get("fixed")))
        self.sensitive.setChecked(bool(step.get("sensitive")))
        for path, widget in self.fields.items():
            value: Any = step
            for part in path:
                value = value.get(part, "") if isinstance(value, dict) else ""
            text = "\n".join(value) if isinstance(value, list) else str(value or "")
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            elif widget.toPlainText() != text:
                widget.setPlainText(text)
        self._filling = False

    def _emit(self, path: tuple[str, ...], value: object) -> None:
        if not self._filling:
            self.edited.emit(path, value)


def parse_phases(text: str) -> list[dict[str, object]]:
    """ "Alone = 4" lines to phases; a line without "=" keeps its text so the check names it."""
    phases: list[dict[str, object]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        label, _sep, minutes = line.partition("=")
        value: object = minutes.strip()
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        phases.append({"label": label.strip(), "duration": value})
    return phases


def _value(text: str, kind: str) -> object:
    if kind == "lines":
        return [line.strip() for line in text.splitlines() if line.strip()]
    return text.strip()

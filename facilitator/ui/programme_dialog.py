"""What leaves for the programme, shown in plain words before anything is saved.

The facilitator enters the codes the programme gave them (never a name) and the region; the
dialog shows every field of the session's summary exactly as it will be written, then saves it
as a summary file or for ODK Central / KoboToolbox (a zip of instances). DHIS2 values are made
by the programme's merge of every facilitator's summaries, never on a laptop (docs/programme-data.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.languages import LANGUAGES
from facilitator.programme.codes import CodeError, checked_code
from facilitator.programme.exports import summary_file_name, write_export
from facilitator.programme.identity import Sender, checked_sender
from facilitator.programme.odk_encryption import PublicKeyError, encryption_from_settings
from facilitator.programme.regions import region_codes, region_name
from facilitator.programme.summary import Summary
from facilitator.programme.summary_file import write_summary
from facilitator.sessions.atomic import WriteFailed
from facilitator.settings import change_settings, load_settings
from facilitator.ui import dialogs, i18n
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.session_bridge import SessionBridge
from facilitator.ui.store_messages import written_detail

_EXPORTS = (
    ("summary", QT_TRANSLATE_NOOP("Programme", "Save summary…"), "summary.json", "JSON (*.json)"),
    (
        "odk",
        QT_TRANSLATE_NOOP("Programme", "For ODK / KoboToolbox (zip)…"),
        "odk-instances.zip",
        "Zip (*.zip)",
    ),
)

_ODK_ENCRYPTED = QT_TRANSLATE_NOOP("Programme", "For ODK / KoboToolbox (zip, encrypted)…")
"""The ODK button when the programme's public key is set (facilitator programme encryption)."""


def _ui_language() -> str:
    """The language the UI speaks now (chosen with --ui-language, in the settings, or the
    system's), not the setting alone: its "" (follow the system) named the regions in English."""
    language = i18n.current()
    return language if language in LANGUAGES else "en"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{key}: {count}" for key, count in counts.items()) or translate("Programme", "none")


def describe(summary: Summary) -> list[str]:
    """Every field of the summary in plain words, in the order it is written."""
    t = translate
    lines = [
        t("Programme", "Programme: {code}").format(code=summary.programme),
        t("Programme", "Facilitator code: {code}").format(code=summary.facilitator),
        t("Programme", "Region: {code} ({name})").format(
            code=summary.region, name=region_name(summary.region, _ui_language())
        ),
        t("Programme", "Week: {week}").format(week=summary.week),
        t("Programme", "Workshop: {plan} (version {version}), session {n} of {total}, in {language}").format(
            plan=summary.plan_id,
            version=summary.plan_version,
            n=summary.session_number,
            total=summary.series_length,
            language=summary.language,
        ),
    ]
    if summary.participants is None:
        lines.append(t("Programme", "Participants: not given"))
    else:
        lines.append(
            t("Programme", "Participants: {count}; age band: {band}").format(
                count=summary.participants, band=summary.age_band or "—"
            )
        )
    lines += [
        t("Programme", "Time: {planned} min planned, {actual} min used").format(
            planned=summary.minutes_planned, actual=summary.minutes_actual
        ),
        t("Programme", "Steps: {delivered} delivered, {skipped} skipped, of {planned}").format(
            delivered=summary.steps_delivered, skipped=summary.steps_skipped, planned=summary.steps_planned
        ),
        t("Programme", "Follow-ups noted: {count}").format(count=summary.follow_ups),
        t("Programme", "Resistance moments by driver: {counts}").format(
            counts=_counts(summary.resistance_by_driver)
        ),
        t("Programme", "Resistance moments by form: {counts}").format(
            counts=_counts(summary.resistance_by_form)
        ),
        t("Programme", "Resistance moments by outcome: {counts}").format(
            counts=_counts(summary.resistance_by_outcome)
        ),
        t("Programme", "Referrals offered by kind: {counts}").format(
            counts=_counts(summary.referrals_by_kind)
        ),
    ]
    for tally in summary.tallies:
        lines.append(
            t("Programme", "The room's answers to {question}, time {round}: {counts}").format(
                question=tally.question, round=tally.round, counts=_counts(tally.counts)
            )
        )
    lines.append(
        t("Programme", "Not recorded (named as missing in the file): {names}").format(
            names=", ".join(summary.missing) or t("Programme", "none")
        )
    )
    if summary.missing_counts:
        lines.append(missing_text(summary))
    lines += [
        t("Programme", "Instance id: {id} (the same every time this session is saved)").format(
            id=summary.instance_id
        ),
        t("Programme", "Nothing else leaves: no names, no notes, no town, no date finer than the week."),
    ]
    return lines


def missing_text(summary: Summary) -> str:
    """The counts typed that could not be saved, named plainly (they are not in the summary)."""
    missing = ", ".join(
        translate("Programme", "{question} (step {step})").format(question=question, step=step + 1)
        for step, question in summary.missing_counts
    )
    return translate(
        "Programme",
        "MISSING: the room's answers to {questions} could not be saved (the disk is full?) and are "
        "not in this summary. Free some space and open the summary again to include them.",
    ).format(questions=missing)


class ProgrammeDialog(QDialog):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme-dialog")
        self.setWindowTitle(translate("Programme", "Programme summary"))
        self._bridge = bridge
        self.summary: Summary | None = None
        settings = load_settings()
        self.programme = QLineEdit(settings.programme_code)
        self.programme.setObjectName("programme-code")
        self.facilitator = QLineEdit(settings.facilitator_code)
        self.facilitator.setObjectName("facilitator-code")
        self.region = QComboBox()
        self.region.setObjectName("region-code")
        self.region.addItem("—", "")
        for code in region_codes():
            self.region.addItem(f"{code} — {region_name(code, _ui_language())}", code)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.region_code)))
        form = QFormLayout()
        form.addRow(translate("Programme", "Programme code"), self.programme)
        form.addRow(translate("Programme", "Your facilitator code (never your name)"), self.facilitator)
        form.addRow(translate("Programme", "Region"), self.region)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("programme-preview")
        self.preview.setReadOnly(True)
        self.status = QLabel()
        self.status.setObjectName("programme-status")
        self.status.setWordWrap(True)
        intro = QLabel(
            translate(
                "Programme",
                "This is everything that leaves this laptop for the programme: counts and codes only.",
            )
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        encrypted = encryption_from_settings() is not None
        for fmt, title, suggested, filters in _EXPORTS:
            if fmt == "odk" and encrypted:
                title = _ODK_ENCRYPTED
            button = QPushButton(translate("Programme", title))
            button.setObjectName(f"programme-{fmt}")
            button.clicked.connect(lambda _c=False, f=fmt, s=suggested, x=filters: self._save(f, s, x))
            buttons.addWidget(button)
            self.export_buttons[fmt] = button
        close = QPushButton(translate("Programme", "Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, 560)
        self.programme.editingFinished.connect(self.refresh)
        self.facilitator.editingFinished.connect(self.refresh)
        self.region.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def sender_codes(self) -> Sender | None:
        """The codes as typed, checked and saved; None (with a message saying what to fix)."""
        messages = {
            "programme": translate(
                "Programme", "Enter the programme code: 2 to 16 letters A–Z, digits or hyphens."
            ),
            "facilitator": translate(
                "Programme",
                "Enter your facilitator code from the programme: 2 to 16 letters A–Z, digits or hyphens.",
            ),
            "region": translate("Programme", "Choose the region where you work."),
        }
        try:
            checked_code(self.programme.text(), "programme")
            checked_code(self.facilitator.text(), "facilitator")
            sender = checked_sender(
                self.programme.text(), self.facilitator.text(), str(self.region.currentData())
            )
        except CodeError as exc:
            self.status.setText(messages[str(exc).split(":", 1)[0]])
            return None
        change_settings(
            programme_code=sender.programme, facilitator_code=sender.facilitator, region_code=sender.region
        )
        return sender

    def refresh(self) -> None:
        sender = self.sender_codes()
        self.summary = self._bridge.programme_summary(sender) if sender is not None else None
        if sender is not None and self.summary is None:
            self.status.setText(
                translate("Programme", "End the session first: the summary is made from the whole session.")
            )
        elif self.summary is not None:
            self.status.setText(missing_text(self.summary) if self.summary.missing_counts else "")
        self.preview.setPlainText("\n".join(describe(self.summary)) if self.summary is not None else "")
        for button in self.export_buttons.values():
            button.setEnabled(self.summary is not None)

    def _save(self, fmt: str, suggested: str, filters: str) -> None:
        if self.summary is None:
            return
        if self.summary.missing_counts and not dialogs.ask(
            self,
            translate("Programme", "Counts missing"),
            missing_text(self.summary) + "\n\n" + translate("Programme", "Save the summary without them?"),
        ):
            return
        if fmt == "summary":
            suggested = summary_file_name(self.summary)
        chosen = dialogs.save_file(self, translate("Programme", "Save for the programme"), suggested, filters)
        if not chosen:
            return
        self.save_to(fmt, Path(chosen))

    def save_to(self, fmt: str, path: Path) -> list[Path]:
        """Write the summary shown in ``fmt`` at ``path``; the files written (none on failure)."""
        assert self.summary is not None
        try:
            if fmt == "summary":
                write_summary(self.summary, path)
                written = [path]
            else:
                written = write_export([self.summary], fmt, path, encryption_from_settings())
        except (WriteFailed, PublicKeyError) as exc:
            reason = written_detail(exc) if isinstance(exc, WriteFailed) else str(exc)
            self.status.setText(translate("Programme", "Not saved: {reason}").format(reason=reason))
            return []
        self.status.setText(
            translate("Programme", "Saved: {files}").format(files=", ".join(p.name for p in written))
        )
        return written

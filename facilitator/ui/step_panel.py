"""The current step's private guidance for the facilitator, and what comes next."""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from facilitator.content import builtin_cue_files
from facilitator.paths import checked_cache_dir
from facilitator.sessions import checked_cache
from facilitator.sessions.plan import Step
from facilitator.sessions.state import Status
from facilitator.ui import i18n
from facilitator.ui.html_text import escape
from facilitator.ui.i18n import translate
from facilitator.ui.series_guidance import SeriesGuidance
from facilitator.ui.session_bridge import SessionBridge
from facilitator.ui.tally_panel import TallyPanel


@cache
def cue_statements(language: str) -> dict[str, str]:
    """Each built-in cue's statement in ``language`` (English where that language lacks it), by id.

    Kept in the data folder's cache for the exact bytes of the built-in cue files: the console
    opens on a step with resistance cues without reading them through pydantic and YAML."""
    inputs = [path.read_bytes() for path in builtin_cue_files()]
    return checked_cache.remember(
        checked_cache_dir(),
        f"cue-statements {language}",
        inputs,
        lambda: _cue_statements(language),
        _as_statements,
    )


def _as_statements(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise TypeError("not a statement for each cue id")
    return {str(k): v for k, v in value.items()}


def _cue_statements(language: str) -> dict[str, str]:
    from facilitator.aids.cue_loader import load_cues  # pydantic and YAML

    found: dict[str, str] = {}
    for library in sorted(
        (load_cues(path) for path in builtin_cue_files()), key=lambda lib: lib.language == language
    ):
        if library.language in (language, "en"):
            found.update({cue.id: cue.statement for cue in library.cues})
    return found


def guidance_html(step: Step, language: str = "en") -> str:
    """The facilitator content of ``step`` as simple, escaped HTML, resistance named in ``language``.

    A resistance cue shows as the statement it answers, never as its id; a cue the built-in library
    does not know shows its note alone.
    """
    private = step.facilitator
    words = {
        "sensitive": translate("Guidance", "Sensitive step."),
        "announce": translate(
            "Guidance",
            "Announce the topic first, remind the group of the right to pass, and say where help is.",
        ),
        "purpose": translate("Guidance", "Purpose."),
        "safety": translate("Guidance", "Safety."),
        "resistance": translate("Guidance", "Likely resistance"),
        "shorten": translate("Guidance", "If running late."),
        "materials": translate("Guidance", "Materials."),
    }
    red = "<p style='color:#9b2c2c'>"
    parts = [f"<h2>{escape(step.title)}</h2>"]
    if step.sensitive:
        parts.append(f"{red}<b>{words['sensitive']}</b> {words['announce']}</p>")
    parts.append(f"<p><b>{words['purpose']}</b> {escape(private.purpose)}</p>")
    parts.append("<ol>" + "".join(f"<li>{escape(line)}</li>" for line in private.how_to_run) + "</ol>")
    if private.safety:
        parts.append(f"{red}<b>{words['safety']}</b> {escape(private.safety)}</p>")
    if private.resistance:
        statements = cue_statements(language)
        cues = "".join(
            "<li>"
            + "<br>".join(
                part
                for part in (
                    f"<i>{escape(statements[link.cue])}</i>" if link.cue in statements else "",
                    escape(link.note or ""),
                )
                if part
            )
            + "</li>"
            for link in private.resistance
        )
        parts.append(f"<p><b>{words['resistance']}</b></p><ul>{cues}</ul>")
    if private.shorten:
        parts.append(f"<p><b>{words['shorten']}</b> {escape(private.shorten)}</p>")
    if private.materials:
        parts.append(
            f"<p><b>{words['materials']}</b></p><ul>"
            + "".join(f"<li>{escape(item)}</li>" for item in private.materials)
            + "</ul>"
        )
    return "\n".join(parts)


class StepPanel(QWidget):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.guidance = QTextBrowser(self)
        self.guidance.setObjectName("guidance")
        self.guidance.setAccessibleName(translate("Guidance", "Facilitator notes for this step"))
        self.guidance.setOpenLinks(False)
        self.guidance.setTabChangesFocus(True)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("next-step")
        self.next_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._with_series(bridge), 3)
        self.tallies = TallyPanel(bridge, self)
        layout.addWidget(self.tallies, 2)
        layout.addWidget(self.next_label)
        bridge.step_changed.connect(self.show_step)
        bridge.display_changed.connect(lambda: self.show_next(self._bridge.index))
        self.show_step(bridge.index)

    def _with_series(self, bridge: SessionBridge) -> QWidget:
        """The step's guidance alone, or, for a session of a series, in a tab beside the series'
        notes for this session (its purpose, what to prepare, the guidance on the programme)."""
        self.series_guidance: SeriesGuidance | None = None
        self.tabs: QTabWidget | None = None
        position = bridge.series_position()
        if position is None:
            return self.guidance
        self.series_guidance = SeriesGuidance(self)
        self.series_guidance.show_position(position, heading=False)
        tabs = self.tabs = QTabWidget(self)
        tabs.setObjectName("guidance-tabs")
        tabs.setDocumentMode(True)
        tabs.addTab(self.guidance, translate("Series", "This step"))
        tabs.addTab(self.series_guidance, translate("Series", "Series"))
        tabs.setTabToolTip(
            1, translate("Series", "This session in the series: purpose, what to prepare, guidance")
        )
        if bridge.status is Status.NOT_STARTED:  # preparing: the series' notes first; F5: the step's
            tabs.setCurrentIndex(1)
            bridge.session_started.connect(lambda: tabs.setCurrentIndex(0))
        return tabs

    def show_step(self, index: int) -> None:
        plan = self._bridge.plan
        self.guidance.setHtml(guidance_html(plan.steps[index], plan.facilitator_language or plan.language))
        self.show_next(index)

    def show_next(self, index: int) -> None:
        """What Next does: the next hidden answer (how many are left), or the next step."""
        steps = self._bridge.plan.steps
        hidden = sum(fact.reveal for fact in steps[index].audience.facts)
        shown = self._bridge.revealed() if self._bridge.index == index else 0
        if self._bridge.held_back and self._bridge.index == index:
            self.next_label.setText(
                translate(
                    "Guidance",
                    "Next: this sensitive step on the projector (the room sees the holding screen)",
                )
            )
        elif self._bridge.at_closing:
            self.next_label.setText(
                translate("Guidance", "Next: nothing more; the room sees the closing screen")
            )
        elif hidden and shown < hidden:
            self.next_label.setText(
                translate("Guidance", "Next: answer {number} of {total} on the projector").format(
                    number=shown + 1, total=hidden
                )
            )
        elif index + 1 < len(steps):
            upcoming = steps[index + 1]
            self.next_label.setText(
                translate("Guidance", "Next: {title} ({length})").format(
                    title=upcoming.title, length=i18n.length(upcoming.duration)
                )
            )
        else:
            self.next_label.setText(translate("Guidance", "Next: end of the workshop"))

"""What the series tells the facilitator about this session: where it sits ("Session 3 of 8"), its
purpose, what to prepare and the private guidance on the whole programme. Console and planner only:
none of it is ever handed to the projector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from facilitator.ui.html_text import escape
from facilitator.ui.i18n import translate

if TYPE_CHECKING:  # the loader brings pydantic: a plan of no series never needs it
    from facilitator.sessions.series_loader import SeriesPosition


def series_where(position: SeriesPosition) -> str:
    """ "Session 3 of 8", or "Follow-up session"."""
    if position.number is None:
        return translate("Console", "Follow-up session")
    return translate("Console", "Session {number} of {total}").format(
        number=position.number, total=position.total
    )


def series_text(position: SeriesPosition | None) -> str:
    """ "Session 3 of 8 · <series title>" as rich text; empty for a plan of no series."""
    if position is None:
        return ""
    return f"<b>{escape(series_where(position))}</b> · {escape(position.series_title)}"


def _items(lines: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def series_guidance_html(position: SeriesPosition, heading: bool = True) -> str:
    """This session's purpose, when to hold it (the follow-up), what to prepare, then the series'
    guidance, as simple escaped HTML; ``heading``: first the session's place and the series' title."""
    parts = [f"<p>{series_text(position)}</p>"] if heading else []
    purpose = translate("Series", "Purpose of this session.")
    parts.append(f"<p><b>{escape(purpose)}</b> {escape(position.purpose)}</p>")
    if position.when:
        parts.append(f"<p><b>{escape(translate('Series', 'When.'))}</b> {escape(position.when)}</p>")
    if position.prepare:
        parts.append(f"<p><b>{escape(translate('Series', 'Prepare'))}</b></p>{_items(position.prepare)}")
    if position.guidance:
        whole = translate("Series", "For the whole series")
        parts.append(f"<p><b>{escape(whole)}</b></p>{_items(position.guidance)}")
    return "\n".join(parts)


class SeriesGuidance(QTextBrowser):
    """The series' notes for one session, read-only and scrolling (never clipped, however long)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("series-guidance")
        self.setAccessibleName(translate("Series", "Private notes of the series for this session"))
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)

    def show_position(self, position: SeriesPosition, heading: bool = True) -> None:
        self.setHtml(series_guidance_html(position, heading))

"""Render the anonymized session report as a PDF (reportlab), with an embedded Unicode font."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

from facilitator.aids.referrals import KIND_TITLES
from facilitator.export.fonts import a4_document, drawable, escaping_canvas, forget_widths, register_fonts
from facilitator.export.handout import KINDS
from facilitator.export.report import Report
from facilitator.export.report_words import AGE_BANDS, NOTE_TAGS, REFLECTION, UNITS, WORDS
from facilitator.presentation import signed_minutes
from facilitator.sessions.atomic import write_atomic
from facilitator.sessions.durations import format_minutes

TEAL = "#0b6e69"
GREY = "#aebfcc"
LONG_TEXT = 3000
"""Characters from which a note is set as plain lines (``_lines_class``) rather than as a reportlab
Paragraph: a paragraph parses its text as markup and measures and breaks it again for each page it
is split across (one 1 MB paragraph took ten minutes; paragraphs of 3,000 characters, about 1 s a
MB, most of it in that line breaking). The lines look the same: the body font, size and leading,
words wrapped at spaces, a word wider than the column cut where it fills a line."""


def render_pdf(report: Report, path: Path, replace: bool = True) -> None:
    """Write the report to ``path`` atomically; the document metadata holds no personal data.
    ``replace``: False keeps a file made at ``path`` meanwhile (``WriteFailed``), as ``write_atomic``."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm

    from facilitator.anonymizer.workers import rare_collections

    regular, _bold = register_fonts()
    words = WORDS.get(report.language, WORDS["en"])
    buffer = io.BytesIO()
    document = a4_document(buffer, 2, words["anonymized"])

    def number(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{words['page']} {doc.page}")
        canvas.restoreState()

    # page streams compressed but not also ASCII85-encoded: reportlab encodes in pure Python, and a
    # long note's pages spent longer there than in compressing (the PDF is a binary file anyway)
    use_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        # a long note's lines and page streams: hundreds of thousands of small objects, no cycle
        with rare_collections():
            document.build(
                _story(report, words), onFirstPage=number, onLaterPages=number, canvasmaker=escaping_canvas()
            )
    finally:
        rl_config.useA85 = use_a85
        forget_widths()
    write_atomic(path, buffer.getvalue(), replace=replace)


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = register_fonts()
    base = ParagraphStyle("base", fontName=regular, bulletFontName=regular)  # not reportlab's Helvetica
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=22, leading=28, spaceAfter=12),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=bold,
            fontSize=15,
            leading=19,
            spaceBefore=14,
            spaceAfter=6,
            textColor=TEAL,
            keepWithNext=1,  # never the last line of a page
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "body": ParagraphStyle("body", parent=base, fontName=regular, fontSize=10, leading=14, spaceAfter=4),
        "label": ParagraphStyle("label", parent=base, fontName=bold, fontSize=10, leading=14),
        "small": ParagraphStyle(
            "small", parent=base, fontName=regular, fontSize=8.5, leading=11, textColor="#5a6470"
        ),
    }


def _p(text: str, style: Any) -> Any:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    return Paragraph(escape(drawable(text)), style)


def _story(report: Report, words: dict[str, str]) -> list[Any]:
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak, Spacer

    s = _styles()
    story: list[Any] = [_p(report.title, s["title"]), _p(words["anonymized"], s["h1"])]
    story += [_p(words["figures"], s["h2"]), _figures_table(report, words), Spacer(1, 16)]
    story.append(_p(words["removed"], s["small"]))
    story.append(_p(words["reviewed" if report.reviewed else "not_reviewed"], s["small"]))
    if report.open_quasi:
        story.append(_p(words["quasi"].format(n=report.open_quasi), s["small"]))
    if report.strict_notes:
        story.append(_p(words["strict"].format(n=report.strict_notes), s["small"]))
    story += _agenda(report, words, s)
    # the notes follow on the same page when a good part of it is left (a hard page break here
    # left a page holding only what did not fit under the agenda: its bar, or its last rows)
    story.append(CondPageBreak(7 * cm))
    story += _notes(report, words, s)
    story += _room_answers(report, words, s)
    story += _resistance(report, words, s)
    story += _referrals(report, words, s)
    story += _follow_ups(report, words, s)
    story += _accountability(report, words, s)
    return story


def _length(report: Report, seconds: float) -> str:
    return format_minutes(seconds, UNITS.get(report.language, UNITS["en"]))


def _figures_table(report: Report, words: dict[str, str]) -> Any:
    """The session at a glance: what the organisation and the partner look at first."""
    from reportlab.platypus import Table, TableStyle

    figures = report.figures
    bands = AGE_BANDS.get(report.language, AGE_BANDS["en"])
    follow_ups = sum(report.referrals.values()) + len(report.follow_ups)
    rows = [
        (words["workshop"], report.title),
        (words["date"], report.date),
        (words["town"], report.town or words["not_given"]),
        (words["participants"], str(report.participants) if report.participants else words["not_given"]),
        (words["age_band"], bands.get(report.age_band or "", words["not_given"])),
        (
            words["steps_run"],
            words["steps_of"].format(run=figures.steps_run, planned=figures.steps_planned),
        ),
        (
            words["time_used"],
            words["time_of"].format(
                used=_length(report, figures.time_used), planned=_length(report, figures.time_planned)
            ),
        ),
        (words["resistance_count"], str(len(report.resistance))),
        (words["referrals_count"], str(sum(report.referrals.values()))),
        (words["follow_ups_count"], str(follow_ups)),
    ]
    styles = _styles()
    regular, _bold = register_fonts()
    cells = [[_p(label, styles["label"]), _p(value, styles["body"])] for label, value in rows]
    table = Table(cells, colWidths=[190, 280])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 10),  # the cells' own default is Helvetica
                ("ROWBACKGROUNDS", (0, 0), (-1, -1), ["#ffffff", "#f1f5f7"]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, TEAL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _table(rows: list[list[str]], widths: list[float]) -> Any:
    """A table whose cells wrap within their column (Kazakh and Russian words are long)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    regular, bold = register_fonts()
    styles = {
        (header, right): ParagraphStyle(
            f"cell-{header}-{right}",
            fontName=bold if header else regular,
            fontSize=9,
            leading=11,
            alignment=TA_RIGHT if right else 0,
        )
        for header in (False, True)
        for right in (False, True)
    }
    cells = [
        [Paragraph(escape(drawable(str(cell))), styles[(r == 0, c > 0)]) for c, cell in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 9),
                ("FONT", (0, 0), (-1, 0), bold, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["#ffffff", "#f1f5f7"]),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _agenda(report: Report, words: dict[str, str], s: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Spacer

    rows = [[words["step"], words["planned"], words["actual"], words["difference"]]]
    for line in report.agenda:
        if line.status.value in ("skipped", "upcoming"):  # upcoming: exported before the session ended
            said = words["skipped" if line.status.value == "skipped" else "not_run"]
            rows.append([line.title, _length(report, line.planned), said, ""])
            continue
        rows.append(
            [
                line.title,
                _length(report, line.planned),
                _length(report, max(line.actual, 1)),
                signed_minutes(line.actual - line.planned, words["on_time"], words["minutes"]),
            ]
        )
    # the bar first, under the heading: after the table it was pushed alone onto a page of its own
    return [
        _p(words["agenda"], s["h1"]),
        _timeline(report, words),
        Spacer(1, 8),
        _table(rows, [260, 70, 70, 70]),
    ]


def _timeline(report: Report, words: dict[str, str]) -> Any:
    from reportlab.graphics.shapes import Drawing, Rect, String

    regular, _bold = register_fonts()
    width, row = 470.0, 12.0
    total = max(sum(line.planned for line in report.agenda), sum(line.actual for line in report.agenda), 1.0)
    scale = width / total
    drawing = Drawing(width, 3 * row + 36, initialFontName=regular)  # its state starts in DejaVu
    x_plan = x_actual = 0.0
    for index, line in enumerate(report.agenda):
        colour = GREY if index % 2 else "#c9d6df"
        drawing.add(Rect(x_plan, 2 * row + 16, line.planned * scale, row, fillColor=colour, strokeColor=None))
        drawing.add(
            Rect(
                x_actual,
                row + 10,
                line.actual * scale,
                row,
                fillColor=TEAL if index % 2 else "#3d9690",
                strokeColor=None,
            )
        )
        x_plan += line.planned * scale
        x_actual += line.actual * scale
    drawing.add(String(0, 3 * row + 20, words["planned"], fontName=regular, fontSize=7))
    # under the bar, inside the drawing: the table that follows never runs into it
    drawing.add(String(0, 2, words["actual"], fontName=regular, fontSize=7))
    return drawing


def _notes(report: Report, words: dict[str, str], s: dict[str, Any]) -> list[Any]:
    story = [_p(words["notes"], s["h1"])]
    tag_words = NOTE_TAGS.get(report.language, NOTE_TAGS["en"])
    if report.unreadable:  # never left out without a word
        where = "; ".join(f"{title}, {time}" for title, time in report.unreadable)
        story.append(_p(words["unreadable"].format(n=len(report.unreadable), where=where), s["body"]))
    if not report.notes_by_step:
        story.append(_p(words["none"], s["body"]))
    for title, notes in report.notes_by_step:
        story.append(_p(title, s["h2"]))
        for note in notes:
            tags = " ".join(f"[{tag_words.get(tag, tag)}]" for tag in note.tags)
            story += _long_text(f"{note.time} {tags} {note.text}".replace("  ", " "), s)
    return story


def _long_text(text: str, s: dict[str, Any]) -> list[Any]:
    """``text`` in the body style: one paragraph, or for a long text plain lines that split across
    pages without being measured again."""
    if len(text) < LONG_TEXT:
        return [_p(text, s["body"])]
    style = s["body"]
    return [_lines_class()(drawable(text), style.fontName, style.fontSize, style.leading, style.spaceAfter)]


_SPACES = re.compile(r"[ \t\n\r\f\v]+")
"""What separates words in a line (a no-break space does not, as in a reportlab Paragraph)."""


def wrap_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` broken into lines at most ``width`` wide, greedily, as a Paragraph breaks it: runs
    of spaces and line ends read as one space, and a word wider than a line is cut where it fills
    one. ``measure`` gives a string's width."""
    widths: dict[str, float] = {}
    space = measure(" ")
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in _SPACES.split(text):
        if not word:
            continue
        wide = widths.get(word)
        if wide is None:
            wide = widths[word] = measure(word)
        if line and used + space + wide <= width:
            line.append(word)
            used += space + wide
            continue
        if line:
            lines.append(" ".join(line))
        if wide > width:
            *whole, word = _cut_word(word, width, measure)
            lines += whole
            wide = measure(word)
        line, used = [word], wide
    if line:
        lines.append(" ".join(line))
    return lines


def _cut_word(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``word`` in pieces each at most ``width`` wide (at least one character each)."""
    pieces = []
    start = 0
    while start < len(word):
        end = start + 1
        while end < len(word) and measure(word[start : end + 1]) <= width:
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


@cache
def _lines_class() -> type[Any]:
    """A flowable of plain text lines: broken once for the column's width, then split across pages
    by counting lines (the pieces share the list of lines), each page's lines written as one text
    object in the embedded font (searchable text, every letter the font has)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus.flowables import Flowable

    class Lines(Flowable):  # type: ignore[misc]
        def __init__(
            self,
            text: str,
            font: str,
            size: float,
            leading: float,
            space_after: float,
            lines: tuple[float, list[str]] | None = None,
            first: int = 0,
            last: int | None = None,
        ) -> None:
            super().__init__()
            self._text, self._font, self._size, self._leading = text, font, size, leading
            self.spaceAfter = space_after
            self._lines = lines  # (width, lines) once broken
            self._first, self._last = first, last

        def _broken(self, width: float) -> list[str]:
            whole = self._first == 0 and self._last is None  # a piece keeps the lines it was cut from
            if self._lines is None or (whole and self._lines[0] != width):
                measure = partial(stringWidth, fontName=self._font, fontSize=self._size)
                self._lines = (width, wrap_lines(self._text, width, measure))
            return self._lines[1]

        def _count(self, width: float) -> int:
            lines = self._broken(width)
            return (len(lines) if self._last is None else self._last) - self._first

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width, self.height = available_width, self._count(available_width) * self._leading
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            count = self._count(available_width)
            fits = min(count - 1, int((available_height + 1e-6) // self._leading))  # asked: it does not fit
            if fits <= 0:
                return []  # not a line here: the next frame
            at = self._first + fits
            args = (self._text, self._font, self._size, self._leading)
            return [
                Lines(*args, 0, self._lines, self._first, at),
                Lines(*args, self.spaceAfter, self._lines, at, self._last),
            ]

        def draw(self) -> None:
            lines = self._broken(self.width)[self._first : self._last]
            text = self.canv.beginText(0, self.height - self._size)
            text.setFont(self._font, self._size, self._leading)
            for line in lines:
                text.textLine(line)
            self.canv.drawText(text)

    return Lines


def _counts_table(
    counter: Counter[str], titles: dict[str, str], words: dict[str, str], *, ordered: bool = False
) -> Any:
    """Counts by key, the largest first (or in ``counter``'s own order when ``ordered``)."""
    pairs = list(counter.items()) if ordered else counter.most_common()
    rows = [["", words["count"]]] + [[titles.get(key, key) or "—", str(n)] for key, n in pairs]
    return _table(rows, [300, 60])


def _room_answers(report: Report, words: dict[str, str], s: dict[str, Any]) -> list[Any]:
    """The counts the facilitator typed for each statement; a round under its threshold says only
    how many answered, as the projector did."""
    if not report.room_answers:
        return []
    story = [_p(words["room_answers"], s["h1"])]
    for room in report.room_answers:
        story.append(_p(room.statement, s["h2"]))
        if room.shown:
            story.append(_counts_table(Counter(dict(room.answers)), {}, words, ordered=True))
        else:
            hidden = words["room_hidden"].format(total=room.total, threshold=room.threshold)
            story.append(_p(hidden, s["body"]))
    return story


def _resistance(report: Report, words: dict[str, str], s: dict[str, Any]) -> list[Any]:
    story = [_p(words["resistance"], s["h1"])]
    if not report.resistance:
        return [*story, _p(words["none"], s["body"])]
    outcomes = {key: words[key] for key in ("defused", "continued", "taken-outside")}
    story += [
        _p(words["by_outcome"], s["h2"]),
        _counts_table(Counter(m.outcome.value for m in report.resistance), outcomes, words),
        _outcome_chart(report, outcomes),
        _p(words["by_driver"], s["h2"]),
        _counts_table(Counter(m.driver for m in report.resistance), report.driver_titles, words),
        _p(words["by_form"], s["h2"]),
        _counts_table(Counter(m.form for m in report.resistance), report.form_titles, words),
    ]
    return story


def _outcome_chart(report: Report, outcomes: dict[str, str]) -> Any:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor

    regular, _bold = register_fonts()
    counts = Counter(m.outcome.value for m in report.resistance)
    keys = list(outcomes)
    drawing = Drawing(470, 90, initialFontName=regular)  # not reportlab's Helvetica
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 10, 300, 70
    chart.data = [[counts.get(key, 0) for key in keys]]
    chart.categoryAxis.categoryNames = [outcomes[key] for key in keys]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = 1
    chart.bars[0].fillColor = HexColor(TEAL)
    drawing.add(chart)
    return drawing


def _referral_counts(report: Report) -> Counter[str]:
    kinds = KINDS.get(report.language, {kind: title for kind, title in KIND_TITLES.items()})
    return Counter({kinds[kind]: n for kind, n in report.referrals.items()})


def _referrals(report: Report, words: dict[str, str], s: dict[str, Any]) -> list[Any]:
    story = [_p(words["referrals"], s["h1"])]
    if not report.referrals:
        return [*story, _p(words["none"], s["body"])]
    return [*story, _counts_table(_referral_counts(report), {}, words)]


def _follow_ups(report: Report, words: dict[str, str], s: dict[str, Any]) -> list[Any]:
    """Every referral offered is a follow-up (by kind, never to whom), then the marked notes."""
    story = [_p(words["follow_ups"], s["h1"])]
    if not report.follow_ups and not report.referrals:
        return [*story, _p(words["none"], s["body"])]
    if report.referrals:
        story += [
            _p(words["follow_up_referrals"], s["h2"]),
            _counts_table(_referral_counts(report), {}, words),
        ]
    if report.follow_ups:
        story.append(_p(words["follow_up_notes"], s["h2"]))
        for title, text in report.follow_ups:
            story += _long_text(f"• {text} ({title})", s)
    return story


def _accountability(report: Report, words: dict[str, str], s: dict[str, Any]) -> list[Any]:
    """The questions to oneself, each with room to answer, and the partner's feedback lines. Kept in
    blocks: a heading never ends a page, a question keeps its room, and the feedback's heading and
    lines go over together (a page holding one feedback line and nothing else, as the fourth blind
    drive's Kazakh report had, never happens)."""
    from reportlab.platypus import KeepTogether, Spacer

    questions = REFLECTION.get(report.language, REFLECTION["en"])
    answered = [[_p(f"• {question}", s["body"]), Spacer(1, 26)] for question in questions]
    headings = [_p(words["accountability"], s["h1"]), _p(words["reflection"], s["h2"])]
    story: list[Any] = [KeepTogether(headings + answered[0])]
    story += [KeepTogether(question) for question in answered[1:]]
    partner = [_p(words["partner"], s["h2"]), *(_p("_" * 95, s["small"]) for _ in range(8))]
    story.append(KeepTogether(partner))
    return story

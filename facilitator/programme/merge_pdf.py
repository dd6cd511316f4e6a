"""The merge as a PDF in the reader's language (en, ru, kk): charts of the published totals and a
table per measure by region and month, suppressed cells shown as "–". Every heading, label,
footnote and legend comes from merge_words.py; the statements' words from the built-in plans in
that language (statements.py). Fonts embedded (DejaVu), no date or name in the metadata."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from facilitator.export.fonts import a4_document, register_fonts
from facilitator.programme.merge import TOTAL, Table
from facilitator.programme.merge_words import category, merge_words, table_title
from facilitator.programme.regions import region_name
from facilitator.programme.statements import builtin_statements
from facilitator.sessions.atomic import write_atomic

TEAL = "#0b6e69"
ORANGE = "#d9822b"
HIDDEN = "–"
PAGE_WIDTH_CM = 21.0 - 2 * 1.6
"""A4 less the margins: the tables' width."""


class _Labels:
    """The words of one PDF: its language's, with the statements numbered in the order of their ids."""

    def __init__(self, tables: Sequence[Table], language: str) -> None:
        self.language = language
        self.words = merge_words(language)
        self.statements = builtin_statements(language)
        questions = sorted({t.key.split(":")[1] for t in tables if t.key.startswith("tally:")})
        self.numbers = {question: index for index, question in enumerate(questions, start=1)}

    def title(self, table: Table) -> str:
        if table.key.startswith("tally:"):
            _, question, round_ = table.key.split(":")
            return self.words["statement"].format(number=self.numbers[question], round=round_)
        return table_title(table.key, self.language)

    def column(self, table: Table, key: str) -> str:
        if key == TOTAL:
            return self.words["total"]
        if table.key.startswith("tally:"):
            known = self.statements.get(table.key.split(":")[1])
            if known is not None and key in known.answers:
                return known.answers[key]
        return category(key, self.language)

    def statement(self, question: str) -> str:
        known = self.statements.get(question)
        return known.statement if known is not None else question


def render_merge_pdf(
    tables: Sequence[Table], sessions: int, path: Path, language: str = "en", replace: bool = True
) -> None:
    """Write the merge report in ``language`` to ``path`` atomically.
    ``replace``: False keeps a file made at ``path`` meanwhile (``WriteFailed``), as ``write_atomic``."""
    labels = _Labels(tables, language)
    buffer = io.BytesIO()
    document = a4_document(buffer, 1.6, labels.words["document"])
    document.build(_story(tables, sessions, labels))
    write_atomic(path, buffer.getvalue(), replace=replace)


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = register_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=13)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=20, leading=26, spaceAfter=8),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=bold,
            fontSize=13,
            leading=17,
            spaceBefore=12,
            spaceAfter=4,
            textColor=TEAL,
        ),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontName=bold, fontSize=6, leading=7.2),
    }


def _story(tables: Sequence[Table], sessions: int, labels: _Labels) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    styles = _styles()
    words = labels.words
    story: list[Any] = [
        Paragraph(words["title"], styles["title"]),
        Paragraph(words["intro"].format(sessions=sessions, hidden=HIDDEN), styles["body"]),
    ]
    delivery = next(t for t in tables if t.key == "delivery")
    regions = sorted({region for region, _ in delivery.rows})
    named = "; ".join(f"{code} {region_name(code, labels.language)}" for code in regions)
    story.append(Paragraph(f"{words['regions']}: {named}.", styles["body"]))
    if labels.numbers:
        story.append(Paragraph(words["statements"], styles["h1"]))
        for question, number in labels.numbers.items():
            story.append(Paragraph(f"{number}. {labels.statement(question)}", styles["body"]))
    story.append(
        KeepTogether(
            [
                Paragraph(labels.title(delivery), styles["h1"]),
                _delivery_chart(delivery),
                Paragraph(words["delivery_legend"], styles["body"]),
                _grid(delivery, labels, styles["cell"]),
            ]
        )
    )
    before_after = _before_after(tables, labels)
    if before_after is not None:
        story.append(
            KeepTogether(
                [
                    Paragraph(words["before_after"], styles["h1"]),
                    before_after,
                    Paragraph(words["before_after_legend"], styles["body"]),
                ]
            )
        )
    for table in tables:
        if table.key != "delivery":
            heading = Paragraph(labels.title(table), styles["h1"])
            chart = _totals_chart(table, labels)
            story.append(KeepTogether([heading, chart, _grid(table, labels, styles["cell"]), Spacer(1, 4)]))
    return story


def _bar_chart(categories: list[str], series: list[list[float]], colours: list[str]) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    regular, _bold = register_fonts()
    drawing = Drawing(480, 175, initialFontName=regular)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 70, 420, 95
    chart.data = series
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.barLabels.fontName = regular  # reportlab's default (Helvetica) would be referenced
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    return drawing


def _totals_chart(table: Table, labels: _Labels) -> Any:
    totals = table.column_totals()
    names = [
        labels.column(table, key) + ("" if value is not None else f" ({HIDDEN})")
        for key, value in totals.items()
    ]
    return _bar_chart(names, [[float(value or 0) for value in totals.values()]], [TEAL])


def _delivery_chart(table: Table) -> Any:
    labels = [f"{region} {month}" for region, month in table.rows]
    delivered = [float(row[table.columns.index("sessions_delivered")]) for row in table.cells]
    planned = [float(row[table.columns.index("sessions_planned")]) for row in table.cells]
    return _bar_chart(labels, [delivered, planned], [TEAL, ORANGE])


def _before_after(tables: Sequence[Table], labels: _Labels) -> Any | None:
    """Per statement asked more than once, how many gave each answer the first and the last time
    (published column totals only; a hidden total shows as no bar)."""
    rounds: dict[str, dict[int, Table]] = {}
    for table in tables:
        if table.key.startswith("tally:"):
            _, question, round_ = table.key.split(":")
            rounds.setdefault(question, {})[int(round_)] = table
    pairs = [(q, r[min(r)], r[max(r)]) for q, r in sorted(rounds.items()) if len(r) > 1]
    if not pairs:
        return None
    categories: list[str] = []
    first: list[float] = []
    last: list[float] = []
    for question, before, after in pairs:
        answers = [a for a in before.columns if a in after.columns]
        b, a = before.column_totals(), after.column_totals()
        for answer in answers:
            categories.append(f"{labels.numbers[question]}: {labels.column(before, answer)}")
            first.append(float(b[answer] or 0))
            last.append(float(a[answer] or 0))
    return _bar_chart(categories, [first, last], [TEAL, ORANGE])


PADDING = 2.5
FRAME_PADDING = 12.0
"""platypus keeps 6 pt inside each side of the frame."""
HEADER_SIZE = 6.0


def _header_style(cell_style: Any, texts: Sequence[str], width: float) -> Any:
    """``cell_style`` made small enough that the longest word of any header fits its column
    (a word is never split in the middle)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max(stringWidth(word, cell_style.fontName, 1.0) for text in texts for word in text.split())
    size = min(HEADER_SIZE, (width - 2 * PADDING - 0.5) / widest)
    return ParagraphStyle("header", parent=cell_style, fontSize=size, leading=size * 1.2)


def _grid(table: Table, labels: _Labels, cell_style: Any) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, TableStyle
    from reportlab.platypus import Table as PdfTable

    regular, bold = register_fonts()
    columns = [*table.columns, TOTAL] if table.suppressed else list(table.columns)
    words = labels.words
    first = [1.3 * cm, 1.3 * cm]
    width = min((PAGE_WIDTH_CM * cm - FRAME_PADDING - sum(first)) / max(len(columns), 1), 3.2 * cm)
    texts = [labels.column(table, key) for key in columns]
    style = _header_style(cell_style, texts, width)
    header = [Paragraph(text, style) for text in (words["region"], words["month"], *texts)]
    rows = [[region, month] for region, month in table.rows] + [[words["all"], ""]]
    body = [
        [*label, *(HIDDEN if value is None else str(value) for value in values)]
        for label, values in zip(rows, table.grid(), strict=True)
    ]
    grid = PdfTable([header, *body], repeatRows=1, colWidths=[*first, *([width] * len(columns))])
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, -1), (-1, -1), bold),
                ("FONTSIZE", (0, 0), (-1, -1), 6.5),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#aebfcc")),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ]
        )
    )
    return grid

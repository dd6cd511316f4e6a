"""The merge as a PDF: charts of the published totals and a table per measure by region and
month, suppressed cells shown as "–". Fonts embedded (DejaVu), no date or name in the metadata."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from facilitator.export.fonts import a4_document, register_fonts
from facilitator.programme.merge import ALL, TOTAL, Table
from facilitator.programme.regions import region_name
from facilitator.sessions.atomic import write_atomic

TEAL = "#0b6e69"
ORANGE = "#d9822b"
HIDDEN = "–"
TITLES = {
    "delivery": "Sessions delivered and planned",
    "participants": "Participants",
    "resistance_by_driver": "Resistance moments by driver",
    "resistance_by_form": "Resistance moments by form",
    "resistance_by_outcome": "Resistance moments by outcome",
    "referrals_by_kind": "Referrals offered by kind",
}


def title_of(table: Table) -> str:
    if table.key.startswith("tally:"):
        _, question, round_ = table.key.split(":")
        return f"Statement {question}, round {round_}"
    return TITLES.get(table.key, table.key)


def render_merge_pdf(tables: Sequence[Table], sessions: int, path: Path) -> None:
    """Write the merge report to ``path`` atomically."""
    buffer = io.BytesIO()
    document = a4_document(buffer, 1.6, "Programme figures")
    document.build(_story(tables, sessions))
    write_atomic(path, buffer.getvalue())


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
    }


def _story(tables: Sequence[Table], sessions: int) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    styles = _styles()
    story: list[Any] = [
        Paragraph("Programme figures by region and month", styles["title"]),
        Paragraph(
            f"{sessions} session summaries added up. Counts from 1 to 4 are not shown ({HIDDEN}), "
            f"nor any other number from which one could be worked out. Weeks are counted in the "
            "month of their Thursday.",
            styles["body"],
        ),
    ]
    delivery = next(t for t in tables if t.key == "delivery")
    regions = sorted({region for region, _ in delivery.rows})
    story.append(
        Paragraph(
            "Regions: " + "; ".join(f"{code} {region_name(code)}" for code in regions) + ".", styles["body"]
        )
    )
    story.append(
        KeepTogether(
            [
                Paragraph(title_of(delivery), styles["h1"]),
                _delivery_chart(delivery),
                Paragraph("Teal: sessions delivered. Orange: sessions planned.", styles["body"]),
                _grid(delivery),
            ]
        )
    )
    before_after = _before_after(tables)
    if before_after is not None:
        story.append(
            KeepTogether(
                [
                    Paragraph("The room's answers: first and last time asked", styles["h1"]),
                    before_after,
                    Paragraph("Teal: the first time. Orange: the last time. All regions.", styles["body"]),
                ]
            )
        )
    for table in tables:
        if table.key != "delivery":
            heading = Paragraph(title_of(table), styles["h1"])
            story.append(KeepTogether([heading, _totals_chart(table), _grid(table), Spacer(1, 4)]))
    return story


def _bar_chart(categories: list[str], series: list[list[float]], colours: list[str]) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    regular, _bold = register_fonts()
    drawing = Drawing(480, 150, initialFontName=regular)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 45, 420, 95
    chart.data = series
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 20
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.barLabels.fontName = regular  # reportlab's default (Helvetica) would be referenced
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    return drawing


def _totals_chart(table: Table) -> Any:
    totals = table.column_totals()
    names = [name if value is not None else f"{name} ({HIDDEN})" for name, value in totals.items()]
    return _bar_chart(names, [[float(value or 0) for value in totals.values()]], [TEAL])


def _delivery_chart(table: Table) -> Any:
    labels = [f"{region} {month}" for region, month in table.rows]
    delivered = [float(row[table.columns.index("sessions_delivered")]) for row in table.cells]
    planned = [float(row[table.columns.index("sessions_planned")]) for row in table.cells]
    return _bar_chart(labels, [delivered, planned], [TEAL, ORANGE])


def _before_after(tables: Sequence[Table]) -> Any | None:
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
            categories.append(f"{question}: {answer}")
            first.append(float(b[answer] or 0))
            last.append(float(a[answer] or 0))
    return _bar_chart(categories, [first, last], [TEAL, ORANGE])


def _grid(table: Table) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table as PdfTable
    from reportlab.platypus import TableStyle

    regular, bold = register_fonts()
    columns = [*table.columns, TOTAL] if table.suppressed else list(table.columns)
    header = ["Region", "Month", *columns]
    rows = [[region, month] for region, month in table.rows] + [[ALL, ALL]]
    body = [
        [*label, *(HIDDEN if value is None else str(value) for value in values)]
        for label, values in zip(rows, table.grid(), strict=True)
    ]
    grid = PdfTable([header, *body], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTSIZE", (0, 0), (-1, -1), 6.5),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#aebfcc")),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    return grid

"""Adding up many facilitators' summaries by region and month, with small counts suppressed.

Each summary file is read strictly (summary_file.py); a bad file is reported with its name and
field and left out, never half-counted; a second file with an instance id already merged is
reported and counted once. A week is counted in the month of its Thursday.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.programme.summary import Summary
from facilitator.programme.summary_file import SummaryError, read_summary
from facilitator.programme.suppression import Cell, augmented, suppress, suppress_linked
from facilitator.programme.vocabulary import DRIVERS, FORMS, OUTCOMES, REFERRAL_KINDS
from facilitator.programme.weeks import week_month

Row = tuple[str, str]
"""(region code, month "YYYY-MM")"""

DELIVERY_COLUMNS = (
    "sessions_delivered",
    "sessions_planned",
    "steps_delivered",
    "steps_skipped",
    "minutes_planned",
    "minutes_actual",
)


@dataclass
class Loaded:
    summaries: list[Summary] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    """instance id -> the file it was merged from"""
    problems: list[str] = field(default_factory=list)
    """Files left out, each with its field and what was wrong."""
    duplicates: list[str] = field(default_factory=list)
    """Files whose instance was merged already (counted once)."""


def load_summaries(paths: Iterable[Path]) -> Loaded:
    loaded = Loaded()
    for path in paths:
        try:
            summary = read_summary(path)
        except SummaryError as exc:
            loaded.problems.append(f"{exc}; left out")
            continue
        first = loaded.sources.get(summary.instance_id)
        if first is not None:
            loaded.duplicates.append(
                f"{path}: instance_id: {summary.instance_id} was merged already from {first}; counted once"
            )
            continue
        loaded.sources[summary.instance_id] = str(path)
        loaded.summaries.append(summary)
    return loaded


@dataclass(frozen=True)
class Table:
    key: str
    """What it counts: "delivery", "participants", "resistance_by_driver", "tally:QUESTION:ROUND"…"""
    rows: tuple[Row, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    hidden: frozenset[Cell] = frozenset()
    suppressed: bool = True
    """Small counts suppressed (all but delivery, which counts the facilitators' work, not people)."""

    def grid(self) -> list[list[int | None]]:
        """Cells, a total column and a total row; None where hidden. Delivery has no total column
        (its columns are different units), only its column totals."""
        if not self.suppressed:
            width = len(self.columns)
            totals = [sum(row[j] for row in self.cells) for j in range(width)]
            shown: list[list[int | None]] = [[*row] for row in self.cells]
            return [*shown, [*totals]]
        return [
            [None if (i, j) in self.hidden else value for j, value in enumerate(row)]
            for i, row in enumerate(augmented(self.cells))
        ]

    def column_totals(self) -> dict[str, int | None]:
        return dict(zip(self.columns, self.grid()[-1], strict=False))


def _rows(summaries: Sequence[Summary]) -> tuple[Row, ...]:
    return tuple(sorted({(s.region, week_month(s.week)) for s in summaries}))


def _counts_table(
    key: str, rows: tuple[Row, ...], columns: tuple[str, ...], per_row: dict[Row, Counter[str]]
) -> tuple[str, tuple[Row, ...], tuple[str, ...], tuple[tuple[int, ...], ...]]:
    cells = tuple(tuple(per_row.get(row, Counter())[column] for column in columns) for row in rows)
    return key, rows, columns, cells


def _delivery(summaries: Sequence[Summary], rows: tuple[Row, ...]) -> Table:
    """Sessions delivered and planned (a series' length counted in the row of its session 1),
    steps and minutes, by region and month."""
    per_row: dict[Row, Counter[str]] = {}
    for s in summaries:
        counts = per_row.setdefault((s.region, week_month(s.week)), Counter())
        counts["sessions_delivered"] += 1
        counts["sessions_planned"] += s.series_length if s.session_number == 1 else 0
        counts["steps_delivered"] += s.steps_delivered
        counts["steps_skipped"] += s.steps_skipped
        counts["minutes_planned"] += s.minutes_planned
        counts["minutes_actual"] += s.minutes_actual
    key, rows, columns, cells = _counts_table("delivery", rows, DELIVERY_COLUMNS, per_row)
    return Table(key, rows, columns, cells, suppressed=False)


def tables(summaries: Sequence[Summary]) -> list[Table]:
    """Every table of the merge, suppression applied (resistance's three tables together)."""
    rows = _rows(summaries)
    result = [_delivery(summaries, rows)]
    participants: dict[Row, Counter[str]] = {}
    for s in summaries:
        participants.setdefault((s.region, week_month(s.week)), Counter())["participants"] += (
            s.participants or 0
        )
    simple = [_counts_table("participants", rows, ("participants",), participants)]
    resistance = [
        _grouped("resistance_by_driver", summaries, rows, DRIVERS),
        _grouped("resistance_by_form", summaries, rows, FORMS),
        _grouped("resistance_by_outcome", summaries, rows, OUTCOMES),
    ]
    simple.append(_grouped("referrals_by_kind", summaries, rows, REFERRAL_KINDS))
    simple.extend(_tally_tables(summaries, rows))
    for (key, t_rows, columns, cells), hidden in zip(
        resistance, suppress_linked([cells for *_, cells in resistance]), strict=True
    ):
        result.append(Table(key, t_rows, columns, cells, frozenset(hidden)))
    for key, t_rows, columns, cells in simple:
        result.append(Table(key, t_rows, columns, cells, frozenset(suppress(cells))))
    return result


def _grouped(
    key: str, summaries: Sequence[Summary], rows: tuple[Row, ...], columns: tuple[str, ...]
) -> tuple[str, tuple[Row, ...], tuple[str, ...], tuple[tuple[int, ...], ...]]:
    per_row: dict[Row, Counter[str]] = {}
    for s in summaries:
        per_row.setdefault((s.region, week_month(s.week)), Counter()).update(getattr(s, key))
    return _counts_table(key, rows, columns, per_row)


def _tally_tables(
    summaries: Sequence[Summary], rows: tuple[Row, ...]
) -> list[tuple[str, tuple[Row, ...], tuple[str, ...], tuple[tuple[int, ...], ...]]]:
    """One table per statement and round; its columns the answers given anywhere."""
    per_key: dict[tuple[str, int], dict[Row, Counter[str]]] = {}
    answers: dict[tuple[str, int], list[str]] = {}
    for s in summaries:
        row = (s.region, week_month(s.week))
        for tally in s.tallies:
            key = (tally.question, tally.round)
            per_key.setdefault(key, {}).setdefault(row, Counter()).update(tally.counts)
            known = answers.setdefault(key, [])
            known.extend(answer for answer in tally.counts if answer not in known)
    return [
        _counts_table(f"tally:{question}:{round_}", rows, tuple(answers[(question, round_)]), per_row)
        for (question, round_), per_row in sorted(per_key.items())
    ]


ALL = "ALL"
TOTAL = "total"
CSV_HEADER = ("table", "region", "month", "category", "value", "suppressed")


def merged_rows(result: Sequence[Table]) -> list[tuple[str, str, str, str, str, str]]:
    """The merge as CSV rows: every published cell, row total and column total ("ALL" region and
    month for the totals); a suppressed cell has an empty value and "yes"."""
    out = []
    for table in result:
        columns = (*table.columns, TOTAL) if table.suppressed else table.columns
        labels = [*table.rows, (ALL, ALL)]
        for (region, month), row in zip(labels, table.grid(), strict=True):
            for column, value in zip(columns, row, strict=True):
                out.append(
                    (
                        table.key,
                        region,
                        month,
                        column,
                        "" if value is None else str(value),
                        "yes" if value is None else "",
                    )
                )
    return out

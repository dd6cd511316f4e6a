"""Which unknowns a set of linear equations pins down, with exact fractions.

Used to check suppressed tables read together: a hidden count is recoverable exactly when every
solution of the published equations gives it the same value, i.e. when it is a pivot of the
reduced row echelon form whose row has no free unknown in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction


def determined(equations: Sequence[Sequence[int]], unknowns: int) -> set[int]:
    """The indexes of the unknowns whose value the homogeneous part of ``equations`` fixes."""
    rows = [[Fraction(value) for value in row] for row in equations if any(row)]
    pivots: list[int] = []
    rank = 0
    for column in range(unknowns):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][column] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        lead = rows[rank][column]
        rows[rank] = [value / lead for value in rows[rank]]
        for r in range(len(rows)):
            if r != rank and rows[r][column] != 0:
                factor = rows[r][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        pivots.append(column)
        rank += 1
    free = set(range(unknowns)) - set(pivots)
    return {column for row, column in zip(rows, pivots, strict=False) if not any(row[f] != 0 for f in free)}

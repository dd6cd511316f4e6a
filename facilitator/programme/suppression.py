"""Small-count suppression for a table published with its row and column totals.

Primary: a count from 1 to 4 (``MIN_CELL - 1``) is hidden, a total too. Secondary: hide more
cells until no hidden one can be recomputed from what is published (the other cells of its row or
column, and the totals).

Why this is exact: write the table with its totals as an (R+1) x (C+1) grid whose every row and
column adds up to zero (totals counted negative). The hidden cells are edges of a graph between
rows and columns; what the published numbers leave free is exactly the graph's cycle space, so a
hidden cell is pinned down if and only if its edge lies on no cycle (a *bridge*). For each
bridge we hide the cheapest rectangle of cells through it (the smallest counts; zeros only when
nothing else will do) until no bridge is left. With every hidden cell at least 1, moving ±1
around a cycle keeps all counts non-negative, so each hidden cell then has at least two values
consistent with the table.

Tables that publish the same totals (resistance by driver, by form and by outcome all have the
same row totals) are suppressed together (``suppress_linked``): a total hidden in one is hidden
in all, until nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

MIN_CELL = 5
"""Counts under this (but above 0) are never published."""

Cell = tuple[int, int]


def augmented(cells: Sequence[Sequence[int]]) -> list[list[int]]:
    """The table with a total column (last) and a total row (last)."""
    rows = [[*row, sum(row)] for row in cells]
    width = len(rows[0]) if rows else 1
    totals = [sum(row[j] for row in rows) for j in range(width)]
    return [*rows, totals]


def suppress(cells: Sequence[Sequence[int]], forced: set[Cell] = frozenset()) -> set[Cell]:  # type: ignore[assignment]
    """The hidden cells of the augmented table (``augmented(cells)`` coordinates): every small
    count, every cell of ``forced``, and enough others that none of them can be recomputed."""
    grid = augmented(cells)
    hidden = {
        (i, j) for i, row in enumerate(grid) for j, value in enumerate(row) if 0 < value < MIN_CELL
    } | set(forced)
    while True:
        bridges = find_bridges(hidden)
        if not bridges:
            return hidden
        hidden |= _rectangle(grid, hidden, min(bridges))


_ZERO_COST = 10_000
"""Hiding a zero costs this much: a hidden zero can only go up, which may pin its neighbours."""


def _rectangle(grid: list[list[int]], hidden: set[Cell], bridge: Cell) -> set[Cell]:
    """The cheapest rectangle through ``bridge``: (i, j), (i, c), (r, c), (r, j), where the cost
    is the sum of the counts it newly hides (a zero costs ``_ZERO_COST``). Hiding its corners
    puts the bridge on a cycle."""
    i, j = bridge

    def cost(cell: Cell) -> int:
        if cell in hidden:
            return 0
        value = grid[cell[0]][cell[1]]
        return value if value > 0 else _ZERO_COST

    best: tuple[int, int, int] | None = None
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if r == i or c == j:
                continue
            total = cost((i, c)) + cost((r, c)) + cost((r, j))
            if best is None or (total, r, c) < best:
                best = (total, r, c)
    assert best is not None  # the grid has at least two rows and two columns
    _, r, c = best
    return {(i, c), (r, c), (r, j)}


def find_bridges(hidden: set[Cell]) -> set[Cell]:
    """The hidden cells whose edge (row i — column j) lies on no cycle of the hidden cells."""
    adjacency: dict[tuple[str, int], list[tuple[tuple[str, int], Cell]]] = {}
    for i, j in hidden:
        adjacency.setdefault(("r", i), []).append((("c", j), (i, j)))
        adjacency.setdefault(("c", j), []).append((("r", i), (i, j)))
    order: dict[tuple[str, int], int] = {}
    low: dict[tuple[str, int], int] = {}
    bridges: set[Cell] = set()
    for start in sorted(adjacency):
        if start in order:
            continue
        order[start] = low[start] = len(order)
        stack: list[tuple[tuple[str, int], Cell | None, Iterator[tuple[tuple[str, int], Cell]]]] = [
            (start, None, iter(adjacency[start]))
        ]
        while stack:
            node, via, edges = stack[-1]
            advanced = False
            for neighbour, edge in edges:
                if edge == via:
                    continue
                if neighbour in order:
                    low[node] = min(low[node], order[neighbour])
                    continue
                order[neighbour] = low[neighbour] = len(order)
                stack.append((neighbour, edge, iter(adjacency[neighbour])))
                advanced = True
                break
            if advanced:
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[node])
                if low[node] > order[parent]:
                    assert via is not None
                    bridges.add(via)
    return bridges


def suppress_linked(tables: Sequence[Sequence[Sequence[int]]]) -> list[set[Cell]]:
    """Suppress tables with the same rows and the same row totals together: a row total (or the
    grand total) hidden in one is hidden in all, until nothing changes."""
    widths = [len(cells[0]) if cells else 0 for cells in tables]
    rows: set[int] = set()
    while True:
        results = [
            suppress(cells, {(i, width) for i in rows}) for cells, width in zip(tables, widths, strict=True)
        ]
        hidden_rows = {
            i for hidden, width in zip(results, widths, strict=True) for i, j in hidden if j == width
        }
        if hidden_rows == rows:
            return results
        rows = hidden_rows


def published(cells: Sequence[Sequence[int]], hidden: set[Cell]) -> list[list[int | None]]:
    """The augmented table as published: None where a cell is hidden."""
    return [
        [None if (i, j) in hidden else value for j, value in enumerate(row)]
        for i, row in enumerate(augmented(cells))
    ]

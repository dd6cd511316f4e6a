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
in all, and the tables are then checked as one system of equations (the bridge rule alone is not
enough across tables), hiding more until nothing is pinned down.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from facilitator.programme.linear import determined

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
    grand total) hidden in one is hidden in all; then, read together (their totals are one set
    of unknowns), any hidden cell the equations still pin down gets the smallest visible count of
    its row hidden beside it (in every table for a shared total), until none is left."""
    widths = [len(cells[0]) if cells else 0 for cells in tables]
    forced: list[set[Cell]] = [set() for _ in tables]
    while True:
        results = _linked_once(tables, widths, forced)
        pinned = _jointly_determined(tables, widths, results)
        if not pinned:
            return results
        table, (row, column) = min(pinned)
        grids = [augmented(cells) for cells in tables]
        targets = list(range(len(tables))) if column == widths[table] else [table]
        progressed = False
        for t in targets:
            cell = _next_to_hide(grids[t], results[t], row, widths[t])
            if cell is not None:
                forced[t] = results[t] | {cell}
                progressed = True
        if not progressed:  # that row is hidden everywhere: hide elsewhere, smallest first
            candidates = [
                (grids[t][i][j] <= 0, grids[t][i][j], t, (i, j))
                for t in range(len(tables))
                for i in range(len(grids[t]))
                for j in range(len(grids[t][0]))
                if (i, j) not in results[t]
            ]
            if not candidates:
                return results  # everything hidden: nothing can be pinned down
            *_, t, cell = min(candidates)
            forced[t] = results[t] | {cell}


def _next_to_hide(grid: list[list[int]], hidden: set[Cell], row: int, width: int) -> Cell | None:
    """The smallest visible count of ``row`` (positive first, the total column last), or None."""
    visible = [
        (grid[row][j] <= 0, j == width, grid[row][j], j) for j in range(width + 1) if (row, j) not in hidden
    ]
    return (row, min(visible)[3]) if visible else None


def _linked_once(
    tables: Sequence[Sequence[Sequence[int]]], widths: list[int], forced: list[set[Cell]]
) -> list[set[Cell]]:
    rows: set[int] = set()
    while True:
        results = [
            suppress(cells, extra | {(i, width) for i in rows})
            for cells, width, extra in zip(tables, widths, forced, strict=True)
        ]
        hidden_rows = {
            i for hidden, width in zip(results, widths, strict=True) for i, j in hidden if j == width
        }
        if hidden_rows == rows:
            return results
        rows = hidden_rows


def _jointly_determined(
    tables: Sequence[Sequence[Sequence[int]]], widths: list[int], results: list[set[Cell]]
) -> set[tuple[int, Cell]]:
    """(table, cell) of the hidden cells the tables' equations, read together, pin down."""
    names: dict[tuple[int, int, int], int] = {}

    def unknown(table: int, cell: Cell) -> int:
        key = (-1, cell[0], 0) if cell[1] == widths[table] else (table, *cell)
        return names.setdefault(key, len(names))

    equations: list[dict[int, int]] = []
    for table, (cells, hidden) in enumerate(zip(tables, results, strict=True)):
        grid = augmented(cells)
        height, width = len(grid), len(grid[0])
        lines = [[(i, j) for j in range(width)] for i in range(height)]
        lines += [[(i, j) for i in range(height)] for j in range(width)]
        for line in lines:
            *parts, total = line
            equation: dict[int, int] = {}
            for cell in parts:
                if cell in hidden:
                    index = unknown(table, cell)
                    equation[index] = equation.get(index, 0) + 1
            if total in hidden:
                index = unknown(table, total)
                equation[index] = equation.get(index, 0) - 1
            equations.append(equation)
    matrix = [[equation.get(index, 0) for index in range(len(names))] for equation in equations]
    pinned = determined(matrix, len(names))
    found = set()
    for table, hidden in enumerate(results):
        for cell in hidden:
            if unknown(table, cell) in pinned:
                found.add((table, cell))
    return found


def published(cells: Sequence[Sequence[int]], hidden: set[Cell]) -> list[list[int | None]]:
    """The augmented table as published: None where a cell is hidden."""
    return [
        [None if (i, j) in hidden else value for j, value in enumerate(row)]
        for i, row in enumerate(augmented(cells))
    ]

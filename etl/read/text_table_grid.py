"""Turning rows of flattened cell texts into a Table grid with merged cells.

A text dump prints a vertically merged cell once and leaves empty cells below it, and
prints a horizontally spanning header cell once, so a header row has fewer cells than
the grid.  This module places such rows on the grid and recovers the spans.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.read.text_cell_types import is_number, is_value
from schemas.document import Cell, Provenance, Table


@dataclass
class RawCell:
    """A cell's text as printed, with the 1-based lines it came from."""

    text: str
    line_start: int
    line_end: int


@dataclass
class PlacedCell:
    """A cell at its top-left grid position with its spans."""

    row: int
    col: int
    text: str
    line_start: int
    line_end: int
    row_span: int = 1
    col_span: int = 1


def to_table(cells: list[PlacedCell], n_rows: int, n_cols: int, header_rows: int) -> Table:
    """The Table model of placed cells (provenance: txt lines and grid position)."""
    lines = [c.line_start for c in cells] + [c.line_end for c in cells]
    model_cells = [
        Cell(
            row=c.row,
            col=c.col,
            row_span=c.row_span,
            col_span=c.col_span,
            text=c.text,
            provenance=Provenance(line_start=c.line_start, line_end=c.line_end, row=c.row, col=c.col),
        )
        for c in sorted(cells, key=lambda c: (c.row, c.col))
    ]
    return Table(
        n_rows=n_rows,
        n_cols=n_cols,
        header_rows=header_rows,
        cells=model_cells,
        provenance=Provenance(line_start=min(lines, default=None), line_end=max(lines, default=None)),
    )


def count_header_rows(cells: list[PlacedCell], n_rows: int) -> int:
    """Row 0 plus the rows that subdivide a spanning header cell or continue its vertical merge."""
    header = 1
    for row in range(1, n_rows):
        above = [c for c in cells if c.row < header]
        subdivides = any(c.col_span > 1 and c.row + c.row_span == row for c in above)
        continues = any(c.row + c.row_span > row for c in above)
        if not (subdivides or continues):
            break
        header = row + 1
    return min(header, max(n_rows - 1, 1))


def _header_like_rows(rows: list[list[RawCell]]) -> int:
    """How many leading rows hold no value cell (candidates for header rows)."""
    for index, row in enumerate(rows):
        if index > 0 and any(cell.text and is_value(cell.text) for cell in row):
            return index
    return 1


def _spans_from_row_below(parents: int, below: list[PlacedCell]) -> list[tuple[int, int]] | None:
    """Column ranges of a short row's cells, read off the row below.

    Under a cell that does not span, the row below has an empty (merged) cell; under a
    spanning cell it has a run of non-empty sub-cells.
    """
    ranges: list[tuple[int, int]] = []
    run: list[PlacedCell] = []
    for cell in [*below, None]:
        if cell is not None and cell.text:
            run.append(cell)
            continue
        if run:
            ranges.append((run[0].col, run[-1].col + run[-1].col_span - run[0].col))
            run = []
        if cell is not None:
            ranges.append((cell.col, cell.col_span))
    return ranges if len(ranges) == parents else None


def _group_sizes_from_tables(labels: list[str], earlier: list[Table]) -> list[int] | None:
    """How many data rows each label groups in a column of an earlier table, if one lists them all."""
    for table in earlier:
        grid = table.text_grid()[table.header_rows :]
        for col in range(table.n_cols):
            column = [row[col] for row in grid]
            sizes = [column.count(label) for label in labels]
            if all(sizes):
                firsts = [column.index(label) for label in labels]
                if firsts == sorted(firsts):
                    return sizes
    return None


def _spread(parents: int, below: list[PlacedCell], sizes: list[int] | None) -> list[tuple[int, int]]:
    """Column ranges for a row label plus group cells over the cells of the row below."""
    first, rest = below[0], below[1:]
    groups = parents - 1
    if sizes is None or sum(sizes) != len(rest):
        base, extra = divmod(len(rest), max(groups, 1))
        sizes = [base + (1 if i < extra else 0) for i in range(groups)]
    ranges = [(first.col, first.col_span)]
    position = 0
    for size in sizes:
        members = rest[position : position + max(size, 1)] or rest[-1:]
        ranges.append((members[0].col, members[-1].col + members[-1].col_span - members[0].col))
        position += size
    return ranges


def _place_short_header_row(
    row: list[RawCell], below: list[PlacedCell], earlier: list[Table], warnings: list[str]
) -> list[tuple[int, int]]:
    ranges = _spans_from_row_below(len(row), below)
    if ranges is not None:
        return ranges
    if len(below) < len(row):
        warnings.append(f"table header row at line {row[0].line_start}: spans of printed-once cells unknown")
        return [(i, 1) for i in range(len(row))]
    sizes = _group_sizes_from_tables([cell.text for cell in row[1:]], earlier)
    if sizes is None or sum(sizes) != len(below) - 1:
        warnings.append(
            f"table header row at line {row[0].line_start}: spans of {len(row)} printed-once cells "
            "guessed by spreading them evenly"
        )
        sizes = None
    return _spread(len(row), below, sizes)


def _horizontal_layout(
    rows: list[list[RawCell]], n_cols: int, header_like: int, earlier: list[Table], warnings: list[str]
) -> list[list[PlacedCell]]:
    """Every row's cells with their column ranges (before vertical merging)."""
    placed: list[list[PlacedCell]] = [[] for _ in rows]
    for r in range(len(rows) - 1, -1, -1):
        row = rows[r]
        if len(row) < n_cols and r < header_like and r + 1 < len(rows) and placed[r + 1]:
            ranges = _place_short_header_row(row, placed[r + 1], earlier, warnings)
        elif len(row) == 1 and n_cols > 1 and row[0].text:
            ranges = [(0, n_cols)]  # one printed cell: a row merged across (a section row "（二）…")
        else:
            ranges = [(c, 1) for c in range(len(row))] + [(c, 1) for c in range(len(row), n_cols)]
        cells = [*row, *[RawCell("", row[-1].line_end, row[-1].line_end)] * (len(ranges) - len(row))]
        placed[r] = [
            PlacedCell(r, col, cell.text, cell.line_start, cell.line_end, col_span=span)
            for cell, (col, span) in zip(cells, ranges, strict=True)
        ]
    return placed


def _merge_empty_cells(placed: list[list[PlacedCell]], header_like: int) -> list[PlacedCell]:
    """Fold empty cells into the cell above (a vertical merge) where that is what they are.

    In header rows every empty cell continues the cell above.  In data rows an empty cell
    continues a data cell above it unless nothing follows it in its row (an empty
    trailing cell is a real empty cell, e.g. no 参与部门) or the cell above is a number
    (numbers are per-row facts; a placeholder such as 不分解 may be merged down).
    """
    result: list[PlacedCell] = []
    owner: dict[int, PlacedCell] = {}  # column -> cell covering it in the previous row
    for r, row in enumerate(placed):
        current: dict[int, PlacedCell] = {}
        for index, cell in enumerate(row):
            above = owner.get(cell.col)
            trailing = all(not later.text for later in row[index + 1 :])
            mergeable = (
                not cell.text
                and above is not None
                and above.col == cell.col
                and above.col_span == cell.col_span
                and above.text
                and (
                    r < header_like
                    or (above.row >= header_like and not trailing and not is_number(above.text))
                )
            )
            if mergeable and above is not None:
                above.row_span += 1
                target = above
            else:
                result.append(cell)
                target = cell
            for col in range(cell.col, cell.col + cell.col_span):
                current[col] = target
        owner = current
    return result


def grid_from_rows(
    rows: list[list[RawCell]], earlier: list[Table] | None = None, warnings: list[str] | None = None
) -> Table:
    """A Table from printed rows: short header rows get spans, empty cells become merges."""
    warnings = warnings if warnings is not None else []
    n_cols = max(len(row) for row in rows)
    header_like = _header_like_rows(rows)
    placed = _horizontal_layout(rows, n_cols, header_like, earlier or [], warnings)
    cells = _merge_empty_cells(placed, header_like)
    return to_table(cells, len(rows), n_cols, count_header_rows(cells, len(rows)))

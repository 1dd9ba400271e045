"""Ruled tables of one PDF page: grid, spans and cell text from pdfplumber's cell rectangles."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from etl.read.pdf_lines import Char, group_lines, line_text
from schemas.document import Cell, Provenance, Table

_EDGE_TOLERANCE = 2.0


@dataclass
class GridCell:
    """A cell of a table fragment at its top-left grid position."""

    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    bbox: tuple[float, float, float, float]
    page: int = 0


@dataclass
class TableFragment:
    """The part of a table drawn on one page."""

    page: int
    bbox: tuple[float, float, float, float]
    col_edges: list[float]
    n_rows: int
    cells: list[GridCell] = field(default_factory=list)
    header_rows: int = 0
    last_page: int = 0

    @property
    def n_cols(self) -> int:
        return len(self.col_edges) - 1

    @property
    def top(self) -> float:
        return self.bbox[1]

    def cell_at(self, row: int, col: int) -> GridCell | None:
        for cell in self.cells:
            if cell.row <= row < cell.row + cell.row_span and cell.col <= col < cell.col + cell.col_span:
                return cell
        return None

    def row_texts(self, row: int) -> list[str]:
        texts = []
        for col in range(self.n_cols):
            cell = self.cell_at(row, col)
            texts.append(cell.text if cell else "")
        return texts


def _cluster_edges(values: Sequence[float]) -> list[float]:
    """Distinct coordinates, merging values closer than the edge tolerance."""
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > _EDGE_TOLERANCE:
            edges.append(value)
    return edges


def _edge_index(edges: Sequence[float], value: float) -> int:
    position = bisect.bisect_left(edges, value - _EDGE_TOLERANCE)
    return min(position, len(edges) - 1)


def _cell_text(chars: Sequence[Char]) -> str:
    """A cell's lines joined by newline; a vertical-text cell (one character per line) as one line."""
    lines = [line for line in (line_text(group) for group in group_lines(chars)) if line]
    if len(lines) > 1 and all(len(line) == 1 and not line.isascii() for line in lines):
        return "".join(lines)
    return "\n".join(lines)


def _fill_holes(placed: list[list[int]], n_rows: int, n_cols: int) -> None:
    """Extend a cell down over grid positions no cell covers (a merge pdfplumber cut short)."""
    owner: list[list[int | None]] = [[None] * n_cols for _ in range(n_rows)]
    for index, (r, c, rs, cs) in enumerate(placed):
        for row in range(r, min(r + rs, n_rows)):
            for col in range(c, min(c + cs, n_cols)):
                owner[row][col] = index
    for row in range(1, n_rows):
        for col in range(n_cols):
            above = owner[row - 1][col]
            if owner[row][col] is not None or above is None:
                continue
            r, c, rs, cs = placed[above]
            if r + rs == row and c == col and all(owner[row][k] is None for k in range(c, c + cs)):
                placed[above][2] += 1
                for k in range(c, c + cs):
                    owner[row][k] = above


def build_fragment(
    page: int, bbox: tuple[float, float, float, float], rects: Sequence[tuple], chars: Sequence[Char]
) -> TableFragment | None:
    """A table fragment from pdfplumber cell rectangles and the page chars inside the table."""
    if not rects:
        return None
    col_edges = _cluster_edges([r[0] for r in rects] + [r[2] for r in rects])
    row_edges = _cluster_edges([r[1] for r in rects] + [r[3] for r in rects])
    if len(col_edges) < 2 or len(row_edges) < 2:
        return None
    n_rows, n_cols = len(row_edges) - 1, len(col_edges) - 1
    placed: list[list[int]] = []
    for rect in rects:
        c0, c1 = _edge_index(col_edges, rect[0]), _edge_index(col_edges, rect[2])
        r0, r1 = _edge_index(row_edges, rect[1]), _edge_index(row_edges, rect[3])
        if c1 > c0 and r1 > r0:
            placed.append([r0, c0, r1 - r0, c1 - c0])
    _fill_holes(placed, n_rows, n_cols)
    boxes = [(col_edges[c], row_edges[r], col_edges[c + cs], row_edges[r + rs]) for r, c, rs, cs in placed]
    buckets: list[list[Char]] = [[] for _ in placed]
    for char in chars:
        for index, box in enumerate(boxes):
            if in_bbox(char, box):
                buckets[index].append(char)
                break
    cells = [
        GridCell(row=r, col=c, row_span=rs, col_span=cs, text=_cell_text(bucket), bbox=box, page=page)
        for (r, c, rs, cs), box, bucket in zip(placed, boxes, buckets, strict=True)
    ]
    cells.sort(key=lambda cell: (cell.row, cell.col))
    fragment = TableFragment(
        page=page, bbox=(bbox[0], bbox[1], bbox[2], bbox[3]), col_edges=col_edges, n_rows=n_rows, cells=cells, last_page=page
    )
    fragment.header_rows = leading_header_rows(fragment)
    return fragment


def leading_header_rows(fragment: TableFragment) -> int:
    """Rows tied to the first row by vertical merges (at least 1 when the table has 2+ rows)."""
    if fragment.n_rows < 2:
        return 0
    extent = 1
    changed = True
    while changed:
        changed = False
        for cell in fragment.cells:
            if cell.row < extent < cell.row + cell.row_span:
                extent = cell.row + cell.row_span
                changed = True
    return extent if extent < fragment.n_rows else 1


def in_bbox(char: Char, bbox: tuple[float, float, float, float]) -> bool:
    """True when the char's centre lies inside bbox."""
    mid_x, mid_y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return bbox[0] <= mid_x <= bbox[2] and bbox[1] <= mid_y <= bbox[3]


def page_fragments(page) -> list[TableFragment]:
    """The ruled tables pdfplumber finds on a page, as grid fragments (top to bottom)."""
    fragments: list[TableFragment] = []
    for table in page.find_tables():
        chars = [c for c in page.chars if in_bbox(c, table.bbox)]
        fragment = build_fragment(page.page_number, table.bbox, table.cells, chars)
        if fragment is not None and fragment.cells and fragment.n_rows * fragment.n_cols > 1:
            fragments.append(fragment)
    fragments.sort(key=lambda f: f.top)
    return fragments


def fragment_to_table(fragment: TableFragment, index: int) -> Table:
    """The document-model Table of a (possibly joined) fragment."""
    provenance = Provenance(page=fragment.page, bbox=_round_bbox(fragment.bbox), table=index)
    cells = [
        Cell(
            row=cell.row,
            col=cell.col,
            row_span=cell.row_span,
            col_span=cell.col_span,
            text=cell.text,
            provenance=Provenance(
                page=cell.page, bbox=_round_bbox(cell.bbox), table=index, row=cell.row, col=cell.col
            ),
        )
        for cell in fragment.cells
    ]
    return Table(
        n_rows=fragment.n_rows,
        n_cols=fragment.n_cols,
        header_rows=fragment.header_rows,
        cells=cells,
        provenance=provenance,
    )


def _round_bbox(bbox: Sequence[float]) -> tuple[float, float, float, float]:
    x0, top, x1, bottom = (round(float(v), 2) for v in bbox)
    return (x0, top, x1, bottom)

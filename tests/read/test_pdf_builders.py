"""Builders for the PDF reader tests (no tests here): hand-made PDFs, synthetic lines and fragments."""

from __future__ import annotations

from pathlib import Path

from etl.read.pdf_lines import Line
from etl.read.pdf_tables import GridCell, TableFragment


def write_pdf(
    path: Path,
    page_content: bytes,
    trailer_extra: bytes = b"",
    extra_objects: tuple = (),
    resources: bytes = b"<< >>",
) -> Path:
    """A one-page PDF with the given content stream (correct xref table)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources "
        + resources
        + b" >>",
        b"<< /Length %d >>\nstream\n" % len(page_content) + page_content + b"\nendstream",
        *extra_objects,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


HELVETICA = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"


def make_line(text: str, x0: float, top: float, size: float = 16.0, page: int = 1) -> Line:
    """A synthetic line: CJK glyphs one em wide, ASCII glyphs half an em."""
    chars, x = [], x0
    for ch in text:
        width = size / 2 if ch.isascii() else size
        chars.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "size": size})
        x += width
    return Line(
        page=page,
        text=text,
        x0=x0,
        x1=x,
        top=top,
        bottom=top + size,
        size=size,
        first_font="Serif",
        last_font="Serif",
        chars=chars,
    )


def make_fragment(
    page: int, grid: list[list[str | None]], col_edges: list[float] | None = None, top: float = 100.0
) -> TableFragment:
    """A fragment from a text grid; None marks a position covered by the cell above (vertical merge)."""
    n_rows, n_cols = len(grid), len(grid[0])
    edges = col_edges or [80.0 + 60.0 * i for i in range(n_cols + 1)]
    cells: list[GridCell] = []
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text is None:
                continue
            span = 1
            while r + span < n_rows and grid[r + span][c] is None:
                span += 1
            bbox = (edges[c], top + 20 * r, edges[c + 1], top + 20 * (r + span))
            cells.append(GridCell(row=r, col=c, row_span=span, col_span=1, text=text, bbox=bbox, page=page))
    return TableFragment(
        page=page,
        bbox=(edges[0], top, edges[-1], top + 20 * n_rows),
        col_edges=edges,
        n_rows=n_rows,
        cells=cells,
        header_rows=1,
        last_page=page,
    )

"""Helpers for the indicator tests: hand-built tables and documents."""

from __future__ import annotations

from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table


def make_table(
    rows: list[list[str]], spans: dict[tuple[int, int], tuple[int, int]] | None = None, header_rows: int = 0
) -> Table:
    """A table from full grid rows; `spans` maps a top-left (row, col) to (row_span, col_span)."""
    spans = spans or {}
    covered: set[tuple[int, int]] = set()
    for (r, c), (rs, cs) in spans.items():
        covered |= {(r + i, c + j) for i in range(rs) for j in range(cs)} - {(r, c)}
    n_cols = max(len(row) for row in rows)
    cells = []
    for r, row in enumerate(rows):
        for c in range(n_cols):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            cells.append(Cell(row=r, col=c, row_span=rs, col_span=cs, text=row[c] if c < len(row) else ""))
    return Table(n_rows=len(rows), n_cols=n_cols, header_rows=header_rows, cells=cells)


def make_doc(*blocks: str | Table) -> Document:
    """A document of paragraphs (str) and tables, in order."""
    out: list[Paragraph | Table] = []
    for i, block in enumerate(blocks):
        if isinstance(block, str):
            out.append(Paragraph(text=block, provenance=Provenance(paragraph=i)))
        else:
            out.append(block)
    return Document(source_name="t.docx", format=SourceFormat.docx, sha256="0", blocks=out)

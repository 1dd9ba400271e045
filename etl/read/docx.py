"""Word .docx reader (minimal placeholder: paragraphs and simple tables)."""

from __future__ import annotations

from pathlib import Path

import docx

from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table


def read_docx(path: Path) -> Document:
    """Read a .docx file into a Document."""
    from etl.read import file_sha256

    document = docx.Document(str(path))
    blocks: list[Paragraph | Table] = []
    para_index = table_index = 0
    for item in document.iter_inner_content():
        if isinstance(item, docx.text.paragraph.Paragraph):
            if item.text.strip():
                blocks.append(Paragraph(text=item.text.strip(), provenance=Provenance(paragraph=para_index)))
            para_index += 1
        else:
            rows = item.rows
            n_cols = max(len(r.cells) for r in rows) if rows else 0
            cells = [
                Cell(row=r, col=c, text=cell.text.strip())
                for r, row in enumerate(rows)
                for c, cell in enumerate(row.cells)
            ]
            blocks.append(
                Table(n_rows=len(rows), n_cols=n_cols, cells=cells, provenance=Provenance(table=table_index))
            )
            table_index += 1
    return Document(source_name=path.name, format=SourceFormat.docx, sha256=file_sha256(path), blocks=blocks)

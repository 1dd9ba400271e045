"""PDF reader (minimal placeholder: one paragraph per text line)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from schemas.document import Document, Paragraph, Provenance, SourceFormat


def read_pdf(path: Path) -> Document:
    """Read a .pdf file into a Document."""
    from etl.read import file_sha256

    blocks = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            for line in (page.extract_text() or "").splitlines():
                if line.strip():
                    blocks.append(Paragraph(text=line.strip(), provenance=Provenance(page=page.page_number)))
        pages = len(pdf.pages)
    return Document(
        source_name=path.name, format=SourceFormat.pdf, sha256=file_sha256(path), pages=pages, blocks=blocks
    )

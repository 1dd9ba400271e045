"""Plain-text reader (minimal placeholder: one paragraph per non-empty line)."""

from __future__ import annotations

from pathlib import Path

from schemas.document import Document, Paragraph, Provenance, SourceFormat


def read_text(path: Path) -> Document:
    """Read a .txt file into a Document."""
    from etl.read import file_sha256

    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    blocks = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            blocks.append(
                Paragraph(text=line.strip(), provenance=Provenance(line_start=number, line_end=number))
            )
    return Document(
        source_name=path.name,
        format=SourceFormat.txt,
        sha256=file_sha256(path),
        encoding="utf-8",
        blocks=blocks,
    )

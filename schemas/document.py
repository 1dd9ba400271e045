"""The format-blind document model: an ordered list of paragraphs and tables.

Every reader (txt, docx, pdf) produces a :class:`Document`; everything after
reading works on this model only.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, Field


class SourceFormat(StrEnum):
    """Input formats the tool reads."""

    txt = "txt"
    docx = "docx"
    pdf = "pdf"


class Provenance(BaseModel):
    """Where a block, cell or record came from, so an analyst can check it."""

    page: int | None = Field(None, description="pdf: 1-based page number")
    bbox: tuple[float, float, float, float] | None = Field(
        None, description="pdf: (x0, top, x1, bottom) in points on `page`"
    )
    paragraph: int | None = Field(None, description="docx: 0-based body paragraph index")
    table: int | None = Field(None, description="0-based index of the table in the document")
    row: int | None = Field(None, description="0-based table row of a cell")
    col: int | None = Field(None, description="0-based table column of a cell")
    line_start: int | None = Field(None, description="txt: first 1-based line")
    line_end: int | None = Field(None, description="txt: last 1-based line")

    def label(self) -> str:
        """A short human-readable locator, e.g. ``p3 table 1 r4c2``."""
        parts: list[str] = []
        if self.page is not None:
            parts.append(f"p{self.page}")
        if self.line_start is not None:
            end = self.line_end if self.line_end not in (None, self.line_start) else None
            parts.append(f"line {self.line_start}" + (f"-{end}" if end else ""))
        if self.paragraph is not None:
            parts.append(f"para {self.paragraph}")
        if self.table is not None:
            parts.append(f"table {self.table}")
        if self.row is not None and self.col is not None:
            parts.append(f"r{self.row}c{self.col}")
        return " ".join(parts)

    def at_cell(self, row: int, col: int) -> Provenance:
        """A copy pointing at one cell of this table."""
        return self.model_copy(update={"row": row, "col": col})


class Paragraph(BaseModel):
    """A paragraph of running text (one logical paragraph, lines joined)."""

    kind: Literal["paragraph"] = "paragraph"
    text: str
    align: Literal["left", "center", "right", "justify"] | None = Field(
        None, description="alignment when the format records it (docx, pdf); NULL for txt"
    )
    provenance: Provenance = Field(default_factory=Provenance)


def join_cell_lines(text: str | None) -> str:
    """A cell's text with its lines joined without spaces (CJK has none) and outer space stripped."""
    return "".join(line.strip() for line in (text or "").splitlines()).strip()


class Cell(BaseModel):
    """One cell of a table, at its top-left grid position, with its spans."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    text: str = Field("", description="cell text; paragraphs inside a cell joined by newline")
    provenance: Provenance = Field(default_factory=Provenance)


class Table(BaseModel):
    """A table: cells on a grid of n_rows x n_cols; merged cells carry spans."""

    kind: Literal["table"] = "table"
    n_rows: int
    n_cols: int
    header_rows: int = Field(0, description="how many leading rows are header rows")
    cells: list[Cell]
    provenance: Provenance = Field(default_factory=Provenance)

    def grid(self) -> list[list[Cell | None]]:
        """Each grid position mapped to the cell covering it (spans repeat the cell)."""
        grid: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    grid[r][c] = cell
        return grid

    def text_grid(self) -> list[list[str]]:
        """Cell texts per grid position; merged cells repeated over their span."""
        return [[cell.text if cell else "" for cell in row] for row in self.grid()]


Block = Annotated[Paragraph | Table, Field(discriminator="kind")]


class Document(BaseModel):
    """A read document: metadata about the file plus its blocks in reading order."""

    source_name: str = Field(description="file name without folders")
    format: SourceFormat
    sha256: str = Field(description="hash of the file's bytes; the basis of doc_id")
    encoding: str | None = Field(None, description="txt: detected text encoding")
    pages: int | None = Field(None, description="pdf: number of pages")
    blocks: list[Block] = Field(default_factory=list)
    source_metadata: dict[str, str] = Field(
        default_factory=dict,
        description="key/value facts a page wrapper states outside the document (e.g. a web page's "
        "metadata box: 文件编号, 发布机构, 生成日期), kept when the wrapper itself is dropped",
    )
    warnings: list[str] = Field(default_factory=list)

    def paragraphs(self) -> list[Paragraph]:
        """All paragraph blocks in order."""
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def tables(self) -> list[Table]:
        """All table blocks in order."""
        return [b for b in self.blocks if isinstance(b, Table)]

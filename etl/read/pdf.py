"""PDF reader: body paragraphs and ruled tables in reading order, page furniture removed."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from etl.read.errors import CorruptFileError, EncryptedFileError, NoTextLayerError
from etl.read.pdf_columns import find_columns, reorder_columns
from etl.read.pdf_furniture import remove_furniture
from etl.read.pdf_layout import Layout, measure_layout
from etl.read.pdf_lines import Line, page_lines
from etl.read.pdf_paragraphs import build_paragraphs
from etl.read.pdf_table_join import join_fragments, same_columns
from etl.read.pdf_tables import TableFragment, fragment_to_table, in_bbox, page_fragments
from etl.read.table_caption import split_caption
from schemas.document import Document, Paragraph, SourceFormat, Table


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    fragments: list[TableFragment] = field(default_factory=list)
    column_width: float | None = None  # two-column page: the page width its left column implies

    def items(self) -> list[Line | TableFragment]:
        """Lines (in reading order) and table fragments of the page, each table before the first
        line below its top."""
        items: list[Line | TableFragment] = []
        pending = sorted(self.fragments, key=lambda fragment: fragment.top)
        for line in self.lines:
            while pending and pending[0].top < line.top:
                items.append(pending.pop(0))
            items.append(line)
        return items + pending


def _open(path: Path) -> pdfplumber.PDF:
    try:
        return pdfplumber.open(str(path))
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, PDFEncryptionError):
            raise EncryptedFileError("the PDF is encrypted or password-protected") from error
        raise CorruptFileError(f"the PDF cannot be parsed: {cause}") from error
    except Exception as error:  # pdfminer raises many unrelated types on broken files
        raise CorruptFileError(f"the PDF cannot be parsed: {error}") from error


def _read_pages(pdf: pdfplumber.PDF) -> list[_Page]:
    pages: list[_Page] = []
    for page in pdf.pages:
        fragments = page_fragments(page)
        chars = [c for c in page.chars if not any(in_bbox(c, f.bbox) for f in fragments)]
        pages.append(
            _Page(
                number=page.page_number,
                width=float(page.width),
                height=float(page.height),
                lines=page_lines(page.page_number, chars),
                fragments=fragments,
            )
        )
        page.close()
    return pages


def _read_columns(page: _Page) -> None:
    """Put a two-column page's lines in reading order (see pdf_columns)."""
    if not page.lines:
        return
    size = Counter(round(line.size) for line in page.lines).most_common(1)[0][0]
    columns = find_columns(page.lines, size)
    if columns is not None:
        page.lines = reorder_columns(page.lines, columns)
        page.column_width = columns.left_x1 + columns.left_x0


def _layouts(pages: list[_Page]) -> dict[int, Layout]:
    """One layout per page shape (portrait and landscape sections differ)."""
    by_shape: dict[tuple[int, int, bool], list[_Page]] = defaultdict(list)
    for page in pages:
        by_shape[(round(page.width), round(page.height), page.column_width is not None)].append(page)
    layouts: dict[int, Layout] = {}
    for group in by_shape.values():
        width = min(page.column_width or page.width for page in group)
        layout = measure_layout([line for page in group for line in page.lines], width)
        layouts.update({page.number: layout for page in group})
    return layouts


def _join_tables(pages: list[_Page]) -> list[Line | TableFragment]:
    """The document's items in order, with tables continued at the top of the next page joined."""
    stream: list[Line | TableFragment] = []
    for page in pages:
        items = page.items()
        if items and stream and isinstance(items[0], TableFragment) and isinstance(stream[-1], TableFragment):
            previous = stream[-1]
            if previous.last_page == page.number - 1 and same_columns(previous, items[0]):
                join_fragments(previous, items[0])
                items = items[1:]
        stream.extend(items)
    return stream


def _blocks(stream: list[Line | TableFragment], layouts: dict[int, Layout]) -> list[Paragraph | Table]:
    blocks: list[Paragraph | Table] = []
    run: list[Line] = []
    table_index = 0
    for item in stream:
        if isinstance(item, Line):
            run.append(item)
            continue
        blocks.extend(build_paragraphs(run, layouts))
        run = []
        caption, table = split_caption(fragment_to_table(item, table_index))
        if caption is not None:
            blocks.append(caption)
        blocks.append(table)
        table_index += 1
    blocks.extend(build_paragraphs(run, layouts))
    return blocks


def read_pdf(path: Path) -> Document:
    """Read a .pdf file into a Document."""
    from etl.read import file_sha256

    pdf = _open(path)
    try:
        if not pdf.pages:
            raise CorruptFileError("the PDF has no pages")
        try:
            pages = _read_pages(pdf)
        except (PdfminerException, MalformedPDFException, PSException) as error:
            raise CorruptFileError(f"the PDF cannot be parsed: {error}") from error
    finally:
        pdf.close()
    if not any(page.lines or page.fragments for page in pages):
        raise NoTextLayerError("the PDF has no text layer (scanned images only?); OCR it first")
    cleaned = remove_furniture([page.lines for page in pages], [page.height for page in pages])
    for page, lines in zip(pages, cleaned, strict=True):
        page.lines = lines
        _read_columns(page)
    if not any(page.lines or page.fragments for page in pages):
        raise NoTextLayerError("the PDF's only text is page numbers / headers (scanned images?); OCR it first")
    blocks = _blocks(_join_tables(pages), _layouts(pages))
    return Document(
        source_name=path.name,
        format=SourceFormat.pdf,
        sha256=file_sha256(path),
        pages=len(pages),
        blocks=blocks,
    )

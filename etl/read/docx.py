"""Word .docx reader: body paragraphs and tables in order, with Word's automatic numbering restored.

- paragraphs: visible run text (no field codes, deleted or hidden text), prefixed with the
  label Word's automatic numbering shows; empty paragraphs are skipped; alignment from w:jc,
  directly or through the paragraph style; provenance = body paragraph index.
- tables: merged cells collapsed into spans (see docx_tables); provenance = table index,
  cells row/col. Headers, footers, footnotes and text boxes are not body text.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

from etl.read.docx_container import open_docx
from etl.read.docx_numbering import NumberingEngine
from etl.read.docx_styles import StyleIndex, jc_to_align, w_val
from etl.read.docx_tables import build_table, unwrap
from etl.read.docx_text import paragraph_text
from schemas.document import Document, Paragraph, Provenance, SourceFormat, Table

_P, _TBL, _ALT_CHUNK = qn("w:p"), qn("w:tbl"), qn("w:altChunk")
_WRAPPERS = (qn("w:sdt"), qn("w:customXml"))


def _numbering_root(document: DocxDocument) -> etree._Element | None:
    try:
        return document.part.numbering_part.element
    except (NotImplementedError, KeyError):  # python-docx cannot create a missing numbering part
        return None


def _body_elements(container: etree._Element) -> list[etree._Element]:
    """Top-level w:p / w:tbl / w:altChunk of the body in order, looking into content controls."""
    found: list[etree._Element] = []
    for child in container:
        if child.tag in (_P, _TBL, _ALT_CHUNK):
            found.append(child)
        elif child.tag in _WRAPPERS and (inner := unwrap(child)) is not None:
            found.extend(_body_elements(inner))
    return found


class _BodyReader:
    """Turns body elements into blocks, keeping numbering counters in document order."""

    def __init__(self, document: DocxDocument) -> None:
        self.styles = StyleIndex(document.styles.element)
        self.numbering = NumberingEngine(_numbering_root(document), self.styles)
        self.blocks: list[Paragraph | Table] = []
        self.warnings: list[str] = []

    def text_of(self, p: etree._Element) -> str:
        """Numbering label + visible text of a w:p, stripped ("" when it has no run text)."""
        label = self.numbering.label(p)  # always called: the counters must advance
        text = paragraph_text(p).strip()
        return (label + text).strip() if text else ""

    def alignment(self, p: etree._Element) -> str | None:
        ppr = p.find(qn("w:pPr"))
        return jc_to_align(w_val(ppr, "w:jc")) or self.styles.alignment(w_val(ppr, "w:pStyle"))

    def read(self, body: etree._Element) -> None:
        para_index = table_index = 0
        for element in _body_elements(body):
            if element.tag == _P:
                text = self.text_of(element)
                if text:
                    provenance = Provenance(paragraph=para_index)
                    self.blocks.append(
                        Paragraph(text=text, align=self.alignment(element), provenance=provenance)
                    )
                para_index += 1
            elif element.tag == _TBL:
                table = build_table(element, Provenance(table=table_index), self.text_of)
                if table.n_rows and table.n_cols:
                    self.blocks.append(table)
                else:
                    self.warnings.append(f"table {table_index} has no cells; skipped")
                table_index += 1
            else:
                self.warnings.append("embedded alternative-format content (w:altChunk) skipped")


def read_docx(path: Path) -> Document:
    """Read a .docx file into a Document; raise a ReadError subclass when it cannot be read."""
    from etl.read import file_sha256

    document = open_docx(path)
    reader = _BodyReader(document)
    reader.read(document.element.body)
    return Document(
        source_name=path.name,
        format=SourceFormat.docx,
        sha256=file_sha256(path),
        blocks=reader.blocks,
        warnings=reader.warnings,
    )

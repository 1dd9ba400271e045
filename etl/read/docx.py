"""Word .docx reader: body paragraphs and tables in order, with Word's automatic numbering restored.

- paragraphs: visible run text (no field codes, deleted or hidden text), prefixed with the
  label Word's automatic numbering shows; empty paragraphs are skipped; alignment from w:jc,
  directly or through the paragraph style; provenance = body paragraph index.
- tables: merged cells collapsed into spans (see docx_tables); provenance = table index,
  cells row/col; a title typed into a first row spanning all columns becomes a paragraph.
- text boxes anchored in a body paragraph (专栏, boxed tables): their paragraphs and tables
  are read after the anchoring paragraph, with a warning.  Headers, footers and footnotes
  are not body text.
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
from etl.read.table_caption import split_caption
from schemas.document import Document, Paragraph, Provenance, SourceFormat, Table

_P, _TBL, _ALT_CHUNK = qn("w:p"), qn("w:tbl"), qn("w:altChunk")
_WRAPPERS = (qn("w:sdt"), qn("w:customXml"))
_TXBX_CONTENT = qn("w:txbxContent")
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MC_FALLBACK = f"{{{_MC_NS}}}Fallback"


def _text_boxes(p: etree._Element) -> list[etree._Element]:
    """The w:txbxContent of text boxes anchored in a paragraph (each box once: mc:Fallback copies
    of a drawing, and boxes nested in another box, are left out)."""
    boxes = []
    for box in p.iter(_TXBX_CONTENT):
        ancestors = list(box.iterancestors())
        inside = ancestors[: ancestors.index(p)] if p in ancestors else ancestors
        if any(a.tag == _MC_FALLBACK or a.tag == _TXBX_CONTENT for a in inside):
            continue
        boxes.append(box)
    return boxes


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
        self.table_index = 0
        elements = _body_elements(body)
        paragraphs = [e for e in elements if e.tag == _P]
        self.para_index = {p: i for i, p in enumerate(paragraphs)}
        for element in elements:
            self._element(element)

    def _element(self, element: etree._Element, box_anchor: int | None = None) -> None:
        if element.tag == _P:
            index = box_anchor if box_anchor is not None else self.para_index[element]
            text = self.text_of(element)
            if text:
                provenance = Provenance(paragraph=index)
                self.blocks.append(Paragraph(text=text, align=self.alignment(element), provenance=provenance))
            for box in _text_boxes(element):
                self.warnings.append(f"text box anchored in paragraph {index} read after that paragraph")
                for child in _body_elements(box):
                    self._element(child, box_anchor=index)
        elif element.tag == _TBL:
            self._table(element)
        else:
            self.warnings.append("embedded alternative-format content (w:altChunk) skipped")

    def _table(self, element: etree._Element) -> None:
        table = build_table(element, Provenance(table=self.table_index), self.text_of)
        if table.n_rows and table.n_cols:
            caption, table = split_caption(table)
            if caption is not None:
                self.blocks.append(caption)
            self.blocks.append(table)
        else:
            self.warnings.append(f"table {self.table_index} has no cells; skipped")
        self.table_index += 1


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

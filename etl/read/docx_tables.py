"""A w:tbl as a Table: grid positions from w:gridSpan / w:gridBefore, merges from w:vMerge / w:hMerge.

Each merge becomes one Cell at its top-left position with row_span / col_span (python-docx
instead repeats the merged cell at every grid position). Nested tables are flattened into
the text of the cell holding them: one line per nested row, its cells separated by a space.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from docx.oxml.ns import qn
from lxml import etree

from etl.read.docx_styles import w_val
from schemas.document import Cell, Provenance, Table

_WRAPPERS = (qn("w:sdt"), qn("w:customXml"))
_SDT_CONTENT = qn("w:sdtContent")
_OFF = ("0", "false", "off")

ParagraphText = Callable[[etree._Element], str]


def unwrap(wrapper: etree._Element) -> etree._Element | None:
    """The content element of a w:sdt (its w:sdtContent) or w:customXml (itself)."""
    return wrapper.find(_SDT_CONTENT) if wrapper.tag == qn("w:sdt") else wrapper


def children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Child elements named `tag`, looking through w:sdt / w:customXml wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            inner = unwrap(child)
            if inner is not None:
                yield from children(inner, tag)


def _int_val(element: etree._Element | None, child: str, default: int) -> int:
    value = w_val(element, child)
    try:
        return max(int(value), 0) if value is not None else default
    except ValueError:
        return default


def _flag(element: etree._Element | None, child: str) -> bool:
    if element is None:
        return False
    found = element.find(qn(child))
    return found is not None and found.get(qn("w:val"), "true") not in _OFF


@dataclass
class _Merge:
    row: int
    col: int
    col_span: int
    row_span: int = 1
    lines: list[str] = field(default_factory=list)


def cell_lines(tc: etree._Element, text_of: ParagraphText) -> list[str]:
    """Non-empty stripped lines of a w:tc: its paragraphs, nested tables flattened row by row."""
    lines: list[str] = []
    for child in tc:
        if child.tag == qn("w:p"):
            lines.extend(line.strip() for line in text_of(child).split("\n"))
        elif child.tag == qn("w:tbl"):
            lines.extend(_nested_rows(build_table(child, Provenance(), text_of)))
        elif child.tag in _WRAPPERS and (inner := unwrap(child)) is not None:
            lines.extend(cell_lines(inner, text_of))
    return [line for line in lines if line]


def _nested_rows(table: Table) -> list[str]:
    """A nested table as text lines: each row's cells (spans printed once) joined by a space."""
    rows: list[str] = []
    for r in range(table.n_rows):
        texts = [c.text.replace("\n", "") for c in sorted(table.cells, key=lambda c: c.col) if c.row == r]
        rows.append(" ".join(t for t in texts if t))
    return rows


def _header_rows(rows: list[etree._Element]) -> int:
    count = 0
    for tr in rows:
        if not _flag(tr.find(qn("w:trPr")), "w:tblHeader"):
            break
        count += 1
    return count


def build_table(tbl: etree._Element, provenance: Provenance, text_of: ParagraphText) -> Table:
    """The Table of a w:tbl; `text_of` renders a w:p (with any numbering label)."""
    rows = list(children(tbl, qn("w:tr")))
    grid_cols = len(tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}"))
    merges: list[_Merge] = []
    above: dict[int, _Merge] = {}  # grid column -> merge covering it in the previous row
    width = 0
    for r, tr in enumerate(rows):
        tr_pr = tr.find(qn("w:trPr"))
        col = _int_val(tr_pr, "w:gridBefore", 0)
        current: dict[int, _Merge] = {}
        previous: _Merge | None = None
        for tc in children(tr, qn("w:tc")):
            tc_pr = tc.find(qn("w:tcPr"))
            span = max(_int_val(tc_pr, "w:gridSpan", 1), 1)
            v_merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
            h_merge = w_val(tc_pr, "w:hMerge")
            lines = cell_lines(tc, text_of)
            top = above.get(col)
            if (
                v_merge is not None
                and v_merge.get(qn("w:val"), "continue") == "continue"
                and top is not None
                and top.col == col
                and top.col_span == span
            ):
                top.row_span = r - top.row + 1
                merge = top
            elif h_merge == "continue" and previous is not None and previous.row == r:
                previous.col_span += span
                previous.lines.extend(lines)
                merge = previous
            else:
                merge = _Merge(row=r, col=col, col_span=span, lines=lines)
                merges.append(merge)
            for c in range(col, col + span):
                current[c] = merge
            previous = merge
            col += span
        width = max(width, col + _int_val(tr_pr, "w:gridAfter", 0))
        above = current
    cells = [
        Cell(row=m.row, col=m.col, row_span=m.row_span, col_span=m.col_span, text="\n".join(m.lines),
             provenance=provenance.at_cell(m.row, m.col))
        for m in merges
    ]  # fmt: skip
    return Table(n_rows=len(rows), n_cols=width or grid_cols, header_rows=_header_rows(rows),
                 cells=cells, provenance=provenance)  # fmt: skip

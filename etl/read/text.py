"""Plain-text reader: decode, drop the web-page wrapper, rebuild flattened tables, keep paragraphs.

In this genre every non-empty txt line is one logical paragraph.  Tables arrive flattened
in three ways (TAB-prefixed cells, ``a |`` pipe cells, or one cell per line); each is
recognised and rebuilt as a :class:`Table`.
"""

from __future__ import annotations

import re
from pathlib import Path

from etl.read.text_cell_types import is_sentence
from etl.read.text_encoding import decode_text
from etl.read.text_table_grid import RawCell, grid_from_rows
from etl.read.text_tables_pipe import is_pipe_line, parse_pipe_block, pipe_block_texts, read_pipe_block
from etl.read.text_tables_stream import Fragment, parse_stream_table
from etl.read.text_tables_tab import is_tab_line, read_tab_rows
from etl.read.text_wrapper import find_wrapper
from schemas.document import Document, Paragraph, Provenance, SourceFormat, Table

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WORD_MARKER = re.compile(r"\[(?:bookmark|comment|footnote|endnote): [^\]]*\]")


def clean_line(line: str) -> str:
    """A line's paragraph text: Word markers removed, whitespace (incl. NBSP, U+3000) stripped."""
    return _WORD_MARKER.sub("", line).strip()


class _BlockCollector:
    """Collects blocks in reading order and numbers the tables."""

    def __init__(self) -> None:
        self.blocks: list[Paragraph | Table] = []
        self.warnings: list[str] = []

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def paragraph(self, text: str, line: int, line_end: int | None = None) -> None:
        text = clean_line(text)
        if text:
            self.blocks.append(
                Paragraph(text=text, provenance=Provenance(line_start=line, line_end=line_end or line))
            )

    def table(self, table: Table) -> None:
        index = len(self.tables)
        table.provenance.table = index
        for cell in table.cells:
            cell.provenance.table = index
        self.blocks.append(table)

    def plain_run(self, fragments: list[Fragment]) -> None:
        """Paragraphs of a run of ordinary lines, with any one-cell-per-line tables inside."""
        index = 0
        while index < len(fragments):
            found = parse_stream_table(fragments, index)
            if found is not None:
                table, index = found
                self.table(table)
                continue
            self.paragraph(fragments[index].text, fragments[index].line)
            index += 1


def _read_blocks(lines: list[str], skip: set[int]) -> _BlockCollector:
    collector = _BlockCollector()
    run: list[Fragment] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in skip:
            index += 1
            continue
        if is_tab_line(line) or is_pipe_line(line):
            collector.plain_run(run)
            run = []
            index = _read_table_block(lines, index, skip, collector)
            continue
        text = clean_line(line)
        if text:
            run.append(Fragment(text, index + 1))
        index += 1
    collector.plain_run(run)
    return collector


def _looks_like_table(rows: list[list[RawCell]]) -> bool:
    """Two rows of two cells at least, and not merely TAB-indented running text."""
    cells = [c for row in rows for c in row]
    if sum(len(row) >= 2 for row in rows) < 2:
        return False
    return sum(is_sentence(c.text) for c in cells) <= len(cells) / 2


def _read_table_block(lines: list[str], start: int, skip: set[int], collector: _BlockCollector) -> int:
    """Read the TAB or pipe table at ``start``; keep its texts as paragraphs if it is no table."""
    if is_tab_line(lines[start]):
        rows, end = read_tab_rows(lines, start, skip)
        if _looks_like_table(rows):
            collector.table(grid_from_rows(rows, collector.tables, collector.warnings))
        else:
            for cell in (c for row in rows for c in row):
                for offset, part in enumerate(cell.text.split("\n")):
                    collector.paragraph(part, cell.line_start + offset)
        return end
    block, end = read_pipe_block(lines, start, skip)
    table = parse_pipe_block(block, collector.warnings)
    if table is not None:
        collector.table(table)
    else:
        for text, number in pipe_block_texts(block):
            collector.paragraph(text, number)
    return end


def read_text(path: Path) -> Document:
    """Read a .txt file into a Document (raises ReadError subclasses for unreadable input)."""
    from etl.read import file_sha256

    decoded = decode_text(path.read_bytes())
    lines = _LINE_BREAK.split(decoded.text)
    wrapper = find_wrapper(lines)
    collector = _read_blocks(lines, wrapper.dropped)
    return Document(
        source_name=path.name,
        format=SourceFormat.txt,
        sha256=file_sha256(path),
        encoding=decoded.encoding,
        blocks=collector.blocks,
        source_metadata=wrapper.metadata,
        warnings=decoded.warnings + collector.warnings,
    )

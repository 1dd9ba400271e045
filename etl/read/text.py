"""Plain-text reader: decode, drop the web-page wrapper, rebuild flattened tables, keep paragraphs.

In this genre every non-empty txt line is one logical paragraph.  Tables arrive flattened
in three ways (TAB-prefixed cells, ``a |`` pipe cells, or one cell per line); each is
recognised and rebuilt as a :class:`Table`.
"""

from __future__ import annotations

import re
from pathlib import Path

from etl.read.table_caption import split_caption
from etl.read.text_cell_types import is_sentence
from etl.read.text_encoding import decode_text
from etl.read.text_hard_wrap import HardWrap, continues, detect_hard_wrap
from etl.read.text_list_tabs import join_list_number_tabs
from etl.read.text_table_grid import RawCell, grid_from_rows
from etl.read.text_tables_pipe import (
    add_outer_pipes,
    is_pipe_line,
    parse_pipe_block,
    pipe_block_texts,
    read_pipe_block,
)
from etl.read.text_tables_stream import Fragment, parse_stream_table
from etl.read.text_tables_tab import is_tab_line, is_tab_row, read_tab_row_table, read_tab_rows
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
        caption, table = split_caption(table)
        if caption is not None:
            self.blocks.append(caption.model_copy(update={"align": None}))
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
            fragment = fragments[index]
            self.paragraph(fragment.text, fragment.line, fragment.line_end)
            index += 1


def _is_table_line(line: str) -> bool:
    return is_tab_line(line) or is_pipe_line(line) or "\t" in line.strip()


def _hard_wrap(lines: list[str], skip: set[int]) -> HardWrap | None:
    body = [line for i, line in enumerate(lines) if i not in skip and not _is_table_line(line)]
    return detect_hard_wrap(body)


def _read_blocks(lines: list[str], skip: set[int]) -> _BlockCollector:
    collector = _BlockCollector()
    wrap = _hard_wrap(lines, skip)
    run: list[Fragment] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in skip:
            index += 1
            continue
        if is_tab_line(line) or is_pipe_line(line) or is_tab_row(line):
            collector.plain_run(run)
            run = []
            index = _read_table_block(lines, index, skip, collector)
            continue
        text, start = clean_line(line), index
        while (
            wrap is not None
            and text
            and index + 1 < len(lines)
            and index + 1 not in skip
            and not _is_table_line(lines[index + 1])
            and continues(wrap, lines[index], lines[index + 1])
        ):
            index += 1
            text += clean_line(lines[index])
        if text:
            run.append(Fragment(text, start + 1, index + 1 if index > start else None))
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
    if is_tab_line(lines[start]) or is_tab_row(lines[start]):
        reader = read_tab_rows if is_tab_line(lines[start]) else read_tab_row_table
        rows, end = reader(lines, start, skip)
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
    lines = add_outer_pipes(join_list_number_tabs(_LINE_BREAK.split(decoded.text)))
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

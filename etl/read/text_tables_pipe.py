"""Pipe-flattened tables of web scrapes.

Two layouts: ``| a | b |`` rows, or one ``a |`` line per cell with lone ``|`` lines that
close a group of rows sharing a first-column cell printed once (a vertical merge).
"""

from __future__ import annotations

import re
from collections import Counter

from etl.read.text_cell_types import content_kind, is_value
from etl.read.text_table_grid import PlacedCell, RawCell, count_header_rows, grid_from_rows, to_table
from schemas.document import Table

_CELL_LINE = re.compile(r"^(?!\s*\|)(.*?\S)\s*\|\s*$")
_LONE_PIPE = re.compile(r"^\s*\|\s*$")
_ROW_LINE = re.compile(r"^\s*\|(.*\|)\s*$")
_RULE_LINE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MAX_COLUMNS = 12
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ESCAPED_PIPE = "\\|"
_ESCAPE_PLACEHOLDER = "\x00"


def is_pipe_line(line: str) -> bool:
    """A line of a pipe-flattened table (cell line, lone pipe or ``| a | b |`` row)."""
    return bool(_CELL_LINE.match(line) or _LONE_PIPE.match(line) or _ROW_LINE.match(line))


def read_pipe_block(lines: list[str], start: int, skip: set[int]) -> tuple[list[tuple[str, int]], int]:
    """The pipe lines from ``start`` (single blank lines allowed inside) and the index after them."""
    block: list[tuple[str, int]] = []
    index = start
    while index < len(lines) and index not in skip:
        line = lines[index]
        if is_pipe_line(line):
            block.append((line, index + 1))
            index += 1
        elif not line.strip() and index + 1 < len(lines) and is_pipe_line(lines[index + 1]):
            index += 1
        else:
            break
    return block, index


def _segments(block: list[tuple[str, int]]) -> list[list[RawCell]]:
    segments: list[list[RawCell]] = [[]]
    for line, number in block:
        match = _CELL_LINE.match(line)
        if match:
            segments[-1].append(RawCell(match.group(1).strip(), number, number))
        elif segments[-1]:
            segments.append([])
    return [s for s in segments if s]


def _split_segment(cells: list[RawCell], n_cols: int) -> tuple[str, list[list[RawCell]]] | None:
    """How a segment of cells divides into rows: ('label'|'continued'|'full', rows)."""
    width = n_cols - 1
    if len(cells) > width and (len(cells) - 1) % width == 0:
        return "label", [cells[i : i + width] for i in range(1, len(cells), width)]
    if len(cells) % width == 0:
        return "continued", [cells[i : i + width] for i in range(0, len(cells), width)]
    if len(cells) % n_cols == 0:
        return "full", [cells[i : i + n_cols] for i in range(0, len(cells), n_cols)]
    return None


def _layout(
    segments: list[list[RawCell]], n_cols: int
) -> list[tuple[str, list[RawCell], list[list[RawCell]]]] | None:
    header, first = segments[0][:n_cols], segments[0][n_cols:]
    if len(header) < n_cols or any(is_value(c.text) for c in header):
        return None
    layout = []
    for segment in [first, *segments[1:]]:
        if not segment:
            continue
        split = _split_segment(segment, n_cols)
        if split is None:
            return None
        kind, rows = split
        layout.append((kind, segment[:1] if kind == "label" else [], rows))
    return layout or None


def _consistency(layout: list[tuple[str, list[RawCell], list[list[RawCell]]]]) -> float:
    """Mean share of the majority content kind per column (1.0 = perfectly typed columns)."""
    columns: dict[int, Counter[str]] = {}
    for kind, _label, rows in layout:
        offset = 0 if kind == "full" else 1
        for row in rows:
            for index, cell in enumerate(row):
                columns.setdefault(index + offset, Counter())[content_kind(cell.text)] += 1
    shares = [max(c.values()) / sum(c.values()) for c in columns.values()]
    return sum(shares) / len(shares) if shares else 0.0


def _grouped_table(segments: list[list[RawCell]]) -> Table | None:
    best: tuple[float, int, list] | None = None
    for n_cols in range(3, min(_MAX_COLUMNS, len(segments[0])) + 1):
        layout = _layout(segments, n_cols)
        if layout is not None:
            score = _consistency(layout)
            if best is None or score > best[0]:
                best = (score, n_cols, layout)
    if best is None:
        return None
    _score, n_cols, layout = best
    cells = [PlacedCell(0, c, h.text, h.line_start, h.line_end) for c, h in enumerate(segments[0][:n_cols])]
    row = 1
    label_cell: PlacedCell | None = None
    for kind, label, rows in layout:
        if kind == "label":
            label_cell = PlacedCell(row, 0, label[0].text, label[0].line_start, label[0].line_end)
            label_cell.row_span = len(rows)
            cells.append(label_cell)
        elif kind == "continued" and label_cell is not None:
            label_cell.row_span += len(rows)
        for values in rows:
            offset = 0 if kind == "full" else 1
            cells.extend(
                PlacedCell(row, offset + i, v.text, v.line_start, v.line_end) for i, v in enumerate(values)
            )
            row += 1
        if kind == "full":
            label_cell = None
    return to_table(cells, row, n_cols, count_header_rows(cells, row))


def add_outer_pipes(lines: list[str]) -> list[str]:
    """Markdown tables written without outer pipes ('a | b' over '---|---') given them ('| a | b |')."""
    result = list(lines)
    index = 0
    while index + 1 < len(result):
        header, rule = result[index], result[index + 1]
        if "|" in header.strip() and "|" in rule and _RULE_LINE.match(rule) and not _ROW_LINE.match(header):
            while index < len(result) and "|" in result[index] and result[index].strip():
                if not _ROW_LINE.match(result[index]):
                    result[index] = f"| {result[index].strip().strip('|')} |"
                index += 1
            continue
        index += 1
    return result


def _cell_text(part: str) -> str:
    """A markdown cell's text: HTML line breaks become newlines, escaped pipes are restored."""
    text = _HTML_BREAK.sub("\n", part.replace(_ESCAPE_PLACEHOLDER, "|"))
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _row_table(block: list[tuple[str, int]], warnings: list[str]) -> Table | None:
    rows: list[list[RawCell]] = []
    rule_after: int | None = None
    for line, number in block:
        if _RULE_LINE.match(line):
            rule_after = len(rows) if rule_after is None else rule_after
            continue
        match = _ROW_LINE.match(line.replace(_ESCAPED_PIPE, _ESCAPE_PLACEHOLDER))
        if match:
            parts = match.group(1).split("|")[:-1]
            rows.append([RawCell(_cell_text(part), number, number) for part in parts])
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    table = grid_from_rows(rows, warnings=warnings)
    if rule_after and rule_after < len(rows):
        table.header_rows = rule_after  # a markdown separator row closes the header
    return table


def parse_pipe_block(block: list[tuple[str, int]], warnings: list[str]) -> Table | None:
    """A Table from a block of pipe lines, or None when the lines do not form a table."""
    if sum(1 for line, _ in block if _ROW_LINE.match(line)) >= len(block) / 2:
        return _row_table(block, warnings)
    segments = _segments(block)
    if not segments or sum(len(s) for s in segments) < 4:
        return None
    return _grouped_table(segments)


def pipe_block_texts(block: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cell texts of a pipe block that is not a table (to keep them as paragraphs)."""
    texts = []
    for line, number in block:
        match = _CELL_LINE.match(line)
        if match:
            texts.append((match.group(1).strip(), number))
    return texts

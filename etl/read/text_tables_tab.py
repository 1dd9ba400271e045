"""Flattened tables of docx-to-text dumps: one TAB-prefixed line per cell, a blank line per row.

A line without TAB right after a cell line continues that cell (a second paragraph in the
cell).  Two or more blank lines, or a line of text after a blank line, end the table.
"""

from __future__ import annotations

from etl.read.text_table_grid import RawCell


def is_tab_line(line: str) -> bool:
    """A cell line of a TAB-flattened table."""
    return line.startswith("\t")


def _is_blank(line: str) -> bool:
    return not is_tab_line(line) and not line.strip()


def read_tab_rows(lines: list[str], start: int, skip: set[int]) -> tuple[list[list[RawCell]], int]:
    """The rows of the TAB table starting at ``lines[start]`` and the index after it.

    Line numbers in the cells are 1-based; indexes in ``skip`` (wrapper lines) end the table.
    """
    rows: list[list[RawCell]] = []
    index = start
    while index < len(lines) and is_tab_line(lines[index]) and index not in skip:
        row: list[RawCell] = []
        while index < len(lines) and index not in skip and not _is_blank(lines[index]):
            line = lines[index]
            if is_tab_line(line):
                row.extend(RawCell(part.strip(), index + 1, index + 1) for part in line.split("\t")[1:])
            elif row:
                row[-1].text = f"{row[-1].text}\n{line.strip()}" if row[-1].text else line.strip()
                row[-1].line_end = index + 1
            index += 1
        rows.append(row)
        following = index + 1
        if following < len(lines) and _is_blank(lines[index]) and is_tab_line(lines[following]):
            index = following
        else:
            break
    return rows, index

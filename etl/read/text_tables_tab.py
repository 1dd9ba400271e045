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


# --- one row per line, cells separated by TAB (copied from Excel or saved from Word) -----------


def is_tab_row(line: str) -> bool:
    """A row line of a TAB-separated table: text, a TAB, more text."""
    fields = [f.strip() for f in line.strip("\r\n").split("\t")]
    return not is_tab_line(line) and len(fields) >= 2 and sum(bool(f) for f in fields) >= 2


def is_row_with_blank_first_cell(line: str, n_cols: int) -> bool:
    """A row of a TAB-separated table whose first cell is empty (under a label written once, a
    merged 类别 cell): as many fields as the table has columns, some of them filled."""
    fields = line.strip("\r\n").split("\t")
    return n_cols >= 2 and len(fields) == n_cols and not fields[0].strip() and any(f.strip() for f in fields)


def _split_fields(line: str, in_quote: bool) -> tuple[list[str], bool]:
    """TAB-separated fields of a line; a field opened by a double quote may run onto later lines.

    Returns the fields (the first one continues the open quoted field when ``in_quote``) and
    whether a quoted field is still open at the end of the line.
    """
    fields: list[str] = []
    for part in line.split("\t"):
        text = part.strip()
        if in_quote:
            fields.append(text)
        elif text.startswith('"'):
            fields.append(text[1:])
            in_quote = True
        else:
            fields.append(text)
            continue
        body = fields[-1].replace('""', "")
        if body.endswith('"'):
            fields[-1] = fields[-1][:-1]
            in_quote = False
    return [f.replace('""', '"') for f in fields], in_quote


def read_tab_row_table(lines: list[str], start: int, skip: set[int]) -> tuple[list[list[RawCell]], int]:
    """Rows of the TAB-separated table at ``lines[start]`` and the index after it.

    The first row fixes the column count.  A row with fewer cells, or an open quoted cell,
    continues on the next line: its first field extends the row's last cell (a line break
    inside the cell), its other fields are the next cells.
    """
    rows: list[list[RawCell]] = []
    n_cols = 0
    index = start
    in_quote = False
    while index < len(lines) and index not in skip:
        line = lines[index]
        incomplete = bool(rows) and (in_quote or len(rows[-1]) < n_cols)
        if not incomplete and not (is_tab_row(line) or (rows and is_row_with_blank_first_cell(line, n_cols))):
            break
        if incomplete and not line.strip() and not in_quote:
            break
        fields, in_quote_after = _split_fields(line, in_quote)
        number = index + 1
        if incomplete:
            row = rows[-1]
            last = row[-1]
            last.text = f"{last.text}\n{fields[0]}" if last.text and fields[0] else last.text or fields[0]
            last.line_end = number
            row.extend(RawCell(text, number, number) for text in fields[1:])
        else:
            rows.append([RawCell(text, number, number) for text in fields])
            n_cols = n_cols or len(fields)
        in_quote = in_quote_after
        index += 1
    for row in rows:
        while len(row) > n_cols and not row[-1].text:
            row.pop()
    return rows, index

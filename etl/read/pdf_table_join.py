"""Join a table that continues on the next page: drop repeated headers, mend split rows and merges."""

from __future__ import annotations

import re

from etl.read.pdf_tables import GridCell, TableFragment

_COLUMN_TOLERANCE = 3.0
_WHITESPACE = re.compile(r"\s+")
_NUMBERED = re.compile(
    r"^\s*(?:[(（][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百\d]+[、.．]|(?:第|任务)[一二三四五六七八九十百\d]+)"
)

_SERIAL = re.compile(r"\d{1,3}[.、．]?")


def _norm(text: str) -> str:
    return _WHITESPACE.sub("", text)


def same_columns(first: TableFragment, second: TableFragment) -> bool:
    """True when two fragments share the same column boundaries."""
    if first.n_cols != second.n_cols:
        return False
    return all(
        abs(a - b) <= _COLUMN_TOLERANCE for a, b in zip(first.col_edges, second.col_edges, strict=True)
    )


def repeated_header_rows(first: TableFragment, second: TableFragment) -> int:
    """How many leading rows of `second` repeat the leading rows of `first`."""
    count = 0
    limit = min(first.n_rows, second.n_rows - 1)
    while count < limit:
        if [_norm(t) for t in first.row_texts(count)] != [_norm(t) for t in second.row_texts(count)]:
            break
        if not any(_norm(t) for t in second.row_texts(count)):
            break
        count += 1
    return count


def _drop_rows(fragment: TableFragment, count: int) -> None:
    kept: list[GridCell] = []
    for cell in fragment.cells:
        end = cell.row + cell.row_span
        if end <= count:
            continue
        if cell.row < count:
            cell.row_span = end - count
            cell.row = count
        cell.row -= count
        kept.append(cell)
    fragment.cells = kept
    fragment.n_rows -= count


def _key_columns(table: TableFragment) -> list[int]:
    """Columns whose data rows all hold a non-empty single-row cell (e.g. 序号 or a region name)."""
    data_rows = range(table.header_rows, table.n_rows)
    if len(data_rows) < 2:
        return []
    keys = []
    for col in range(table.n_cols):
        cells = [table.cell_at(row, col) for row in data_rows]
        if all(c is not None and c.row_span == 1 and c.col == col and _norm(c.text) for c in cells):
            keys.append(col)
    return keys


def _merging_columns(table: TableFragment) -> set[int]:
    """Columns holding vertically merged data cells."""
    columns: set[int] = set()
    for cell in table.cells:
        if cell.row >= table.header_rows and cell.row_span > 1:
            columns.update(range(cell.col, cell.col + cell.col_span))
    return columns


def _numbered_column(table: TableFragment, col: int) -> bool:
    """Most data cells of the column start with an item number ("18、", "（三）", "任务七")."""
    texts = [c.text for c in table.cells if c.col == col and c.row >= table.header_rows and _norm(c.text)]
    return len(texts) >= 2 and sum(bool(_NUMBERED.match(t)) for t in texts) >= 0.8 * len(texts)


def _continues_text(table: TableFragment, above: GridCell, cell: GridCell) -> bool:
    """A merged cell whose text wrapped over the page break: numbered column, unnumbered tail."""
    return (
        cell.col in _merging_columns(table)
        and _numbered_column(table, cell.col)
        and bool(_NUMBERED.match(above.text))
        and not _NUMBERED.match(cell.text)
    )


def _above(table: TableFragment, cell: GridCell) -> GridCell | None:
    above = table.cell_at(table.n_rows - 1, cell.col)
    if above is None or above.col != cell.col or above.col_span != cell.col_span:
        return None
    return above


def _serial_columns(table: TableFragment, keys: list[int]) -> list[int]:
    """Key columns that number the rows (序号: 1, 2, 3 …)."""
    data_rows = range(table.header_rows, table.n_rows)
    return [
        col for col in keys
        if all((cell := table.cell_at(row, col)) is not None and _SERIAL.fullmatch(_norm(cell.text)) for row in data_rows)
    ]


def _is_split_row(table: TableFragment, cont: TableFragment) -> bool:
    """The continuation's first row finishes the table's last row: its 序号 is empty, or at least
    half its key cells are."""
    keys = _key_columns(table)
    first_row = [cell for cell in cont.cells if cell.row == 0]
    if not keys or not first_row or any(_above(table, cell) is None for cell in first_row):
        return False

    def empty(col: int) -> bool:
        cell = cont.cell_at(0, col)
        return cell is not None and cell.row == 0 and not _norm(cell.text)

    serial = _serial_columns(table, keys)
    if serial and all(empty(col) for col in serial):
        return True
    return sum(empty(col) for col in keys) >= 0.5 * len(keys)


def join_fragments(table: TableFragment, cont: TableFragment) -> None:
    """Append the continuation fragment `cont` to `table` in place."""
    repeated = repeated_header_rows(table, cont)
    if repeated:
        table.header_rows = max(table.header_rows, repeated)
        _drop_rows(cont, repeated)
    split = _is_split_row(table, cont)
    merging = _merging_columns(table) | _merging_columns(cont)
    absorbed: set[int] = set()
    for cell in cont.cells:
        if cell.row != 0:
            continue
        above = _above(table, cell)
        if above is None:
            continue
        if split:
            if _norm(cell.text):
                above.text = f"{above.text}\n{cell.text}" if above.text else cell.text
            above.row_span += cell.row_span - 1
            absorbed.add(id(cell))
        elif not _norm(cell.text) and _norm(above.text) and (cell.row_span > 1 or cell.col in merging):
            above.row_span += cell.row_span
            absorbed.add(id(cell))
        elif _norm(cell.text) and _continues_text(table, above, cell):
            above.text = f"{above.text}\n{cell.text}"
            above.row_span += cell.row_span
            absorbed.add(id(cell))
    offset = table.n_rows - (1 if split else 0)
    for cell in cont.cells:
        if id(cell) not in absorbed:
            cell.row += offset
            table.cells.append(cell)
    table.n_rows = offset + cont.n_rows
    table.cells.sort(key=lambda c: (c.row, c.col))
    table.last_page = cont.page

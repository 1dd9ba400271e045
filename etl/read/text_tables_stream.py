"""Tables flattened to one cell per line (web scrapes): rows rebuilt from cell types.

The header gives the columns and their roles (text, source, year values, department).
Rows end at a department cell in the last column; from the right, a row holds values
(numbers or "——"), a short source word and the indicator; what precedes them opens new
cells of the vertically merged group columns on the left (工程 / 任务 / 工作), one cell per
enumeration marker ("一、", "任务二:", "5、").  A lone "——" stands for a row without
indicator and spans the indicator and value columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.read.text_cell_types import (
    column_role,
    is_department,
    is_placeholder,
    is_sentence,
    is_value,
    marker_shape,
    starts_enumeration,
)
from etl.read.text_table_grid import PlacedCell, to_table
from schemas.document import Table

# Words typical of table headers in this genre.
_HEADER_WORDS = re.compile(
    r"序号|类别|指标|单位|部门|目标|任务|工作|工程|名称|内容|来源|年|备注|时限|时间|措施|项目|责任|牵头|配合|"
    r"领域|事项|进度|类型|分类|数值|现状|基数|主体|举措|标准|要求"
)
# A header split over two lines: a modifier line followed by the noun it modifies.
_HEADER_MODIFIERS = frozenset(
    {"统计", "数据", "责任", "牵头", "配合", "协办", "主办", "完成", "目标", "参与"}
)
_HEADER_NOUNS = frozenset({"来源", "单位", "部门", "时限", "时间", "值", "主体"})
_TABLE_TITLE = re.compile(r"(?:表|体系|清单|一览)$")
_MAX_HEADER_LEN = 8
_MIN_HEADER_CELLS = 4


@dataclass
class Fragment:
    """A non-empty line of text with its 1-based line number (and last line, if hard-wrapped)."""

    text: str
    line: int
    line_end: int | None = None


def _header_candidate(text: str) -> bool:
    """A short column label: a header word, no punctuation, no number, not a table title."""
    return (
        len(text) <= _MAX_HEADER_LEN
        and not is_sentence(text)
        and not starts_enumeration(text)
        and not is_value(text)
        and not re.search(r"[，,、:：]", text)
        and not _TABLE_TITLE.search(text)
        and (bool(_HEADER_WORDS.search(text)) or text in _HEADER_MODIFIERS)
    )


def _read_header(fragments: list[Fragment], start: int) -> tuple[list[Fragment], int] | None:
    end = start
    while end < len(fragments) and _header_candidate(fragments[end].text) and end - start < 20:
        end += 1
    run = fragments[start:end]
    if len(run) < _MIN_HEADER_CELLS:
        return None
    header: list[Fragment] = []
    for fragment in run:
        if header and header[-1].text in _HEADER_MODIFIERS and fragment.text in _HEADER_NOUNS:
            header[-1] = Fragment(f"{header[-1].text}\n{fragment.text}", header[-1].line)
        else:
            header.append(fragment)
    return header, end


def _split_rows(fragments: list[Fragment], start: int, n_cols: int) -> tuple[list[list[Fragment]], int]:
    """Body rows, each ending with a department fragment after a value, and the index after the last one."""
    rows: list[list[Fragment]] = []
    current: list[Fragment] = []
    index = end = start
    while index < len(fragments) and len(current) <= 3 * n_cols:
        fragment = fragments[index]
        if is_department(fragment.text) and current and is_value(current[-1].text):
            rows.append([*current, fragment])
            current = []
            end = index + 1
        elif is_sentence(fragment.text):
            break
        else:
            current.append(fragment)
        index += 1
    return rows, end


def _cell(fragments: list[Fragment], row: int, col: int, col_span: int = 1) -> PlacedCell:
    return PlacedCell(
        row=row,
        col=col,
        text="\n".join(f.text for f in fragments),
        line_start=fragments[0].line,
        line_end=fragments[-1].line,
        col_span=col_span,
    )


def _group_cells(prefix: list[Fragment], n_groups: int) -> list[list[Fragment]]:
    """Split the fragments that open group cells at enumeration markers, at most n_groups cells."""
    cells: list[list[Fragment]] = []
    for fragment in prefix:
        if not cells or starts_enumeration(fragment.text):
            cells.append([fragment])
        else:
            cells[-1].append(fragment)
    while len(cells) > n_groups and len(cells) > 1:
        cells[0:2] = [cells[0] + cells[1]]
    return cells


class _RowBuilder:
    """Places rows of fragments on the grid, tracking the open merged group cells."""

    def __init__(self, n_cols: int, value_cols: list[int], n_groups: int) -> None:
        self.n_cols = n_cols
        self.value_cols = value_cols
        self.n_groups = n_groups
        self.cells: list[PlacedCell] = []
        self.open_groups: dict[int, PlacedCell] = {}
        self.shapes: dict[int, str | None] = {}

    def add(self, row: int, fragments: list[Fragment]) -> None:
        *rest, department = fragments
        self.cells.append(_cell([department], row, self.n_cols - 1))
        values: list[Fragment] = []
        while rest and is_value(rest[-1].text) and len(values) < len(self.value_cols):
            values.insert(0, rest.pop())
        first_leaf = self.n_groups
        if len(values) == 1 and len(self.value_cols) > 1 and is_placeholder(values[0].text):
            span = self.value_cols[-1] - first_leaf + 1
            self.cells.append(_cell(values, row, first_leaf, col_span=span))
        else:
            for col, value in zip(self.value_cols[len(self.value_cols) - len(values) :], values, strict=True):
                self.cells.append(_cell([value], row, col))
            for col in range(self.value_cols[0] - 1, first_leaf - 1, -1):
                if rest and (col > first_leaf or self.n_groups > 0):
                    self.cells.append(_cell([rest.pop()], row, col))
                elif rest:
                    self.cells.append(_cell(rest, row, col))
                    rest = []
        self._add_groups(row, rest)

    def _columns_for(self, groups: list[list[Fragment]]) -> list[int]:
        """Group column of each new group cell: by marker style learnt per column, else right-aligned."""
        right_aligned = list(range(self.n_groups - len(groups), self.n_groups))
        columns: list[int] = []
        for group in groups:
            shape = marker_shape(group[0].text)
            start = columns[-1] + 1 if columns else 0
            match = next((c for c in range(start, self.n_groups) if self.shapes.get(c) == shape), None)
            if match is None or shape is None:
                return right_aligned
            columns.append(match)
        return columns

    def _add_groups(self, row: int, prefix: list[Fragment]) -> None:
        groups = _group_cells(prefix, self.n_groups)
        new_cells = dict(zip(self._columns_for(groups), groups, strict=True))
        for col in range(self.n_groups):
            if col in new_cells:
                cell = _cell(new_cells[col], row, col)
                self.cells.append(cell)
                self.open_groups[col] = cell
                self.shapes.setdefault(col, marker_shape(cell.text))
            elif (
                col in self.open_groups and self.open_groups[col].row + self.open_groups[col].row_span == row
            ):
                self.open_groups[col].row_span += 1


def _count_leaf_columns(rows: list[list[Fragment]], n_values: int) -> int:
    """Fragments of the shortest complete row: the columns below the merged group columns."""
    complete = [
        len(row)
        for row in rows
        if len(row) >= n_values + 1 and all(is_value(f.text) for f in row[-1 - n_values : -1])
    ]
    return min(complete, default=0)


def parse_stream_table(fragments: list[Fragment], start: int) -> tuple[Table, int] | None:
    """A table whose header starts at ``fragments[start]``, and the fragment index after it."""
    found = _read_header(fragments, start)
    if found is None:
        return None
    header, body_start = found
    roles = [column_role(h.text) for h in header]
    n_cols = len(header)
    value_cols = [i for i, role in enumerate(roles) if role == "value"]
    if roles[-1] != "department" or not value_cols or value_cols[-1] != n_cols - 2:
        return None
    value_cols = [c for c in value_cols if all(c2 in value_cols for c2 in range(c, n_cols - 1))]
    rows, end = _split_rows(fragments, body_start, n_cols)
    n_leaf = _count_leaf_columns(rows, len(value_cols))
    if len(rows) < 2 or not n_leaf or n_leaf > n_cols:
        return None
    builder = _RowBuilder(n_cols, value_cols, n_groups=n_cols - n_leaf)
    for row_index, row in enumerate(rows, start=1):
        builder.add(row_index, row)
    header_cells = [_cell([h], 0, c) for c, h in enumerate(header)]
    for cell, fragment in zip(header_cells, header, strict=True):
        cell.text = fragment.text
    n_rows = len(rows) + 1
    return to_table(header_cells + builder.cells, n_rows, n_cols, header_rows=1), end

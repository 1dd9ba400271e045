"""Departments of a goal-table row: its 牵头单位 (lead), 责任单位 (responsible), 参与部门 (assist) cells."""

from __future__ import annotations

import re

from etl.extract.responsibility_grammar import (
    RoleEntry,
    continues_name,
    department_stem,
    inline_role,
    looks_like_department,
    role_of_header,
    role_of_label,
    split_departments,
)
from schemas.document import Table, join_cell_lines
from schemas.vocab import Role

_HEADER_SEARCH_ROWS = 3
_LIST_ENDINGS = ("、", "，", ",", "；", ";")


cell_text = join_cell_lines  # a cell's text with its lines joined


def _separates(before: str, after: str) -> bool:
    """Whether a line break between two pieces of a cell parts two departments (高新区 / 临港开发区)."""
    if not looks_like_department(before) or not looks_like_department(after) or continues_name(after):
        return False
    return len(department_stem(after)) >= 2 and len(department_stem(before)) >= 2


def department_list_text(text: str) -> str:
    """A role cell's text with wrapped lines joined and stacked departments parted by 、."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    joined = ""
    for index, line in enumerate(lines):
        if joined and not joined.endswith(_LIST_ENDINGS):
            rest = "".join(lines[index:])
            current = re.split(r"[、，,；;]", joined)[-1]
            upcoming = re.split(r"[、，,；;]", rest)[0]
            if _separates(current, upcoming):
                joined += "、"
        joined += line
    return joined


def role_columns(table: Table) -> tuple[int, dict[int, Role]]:
    """(first data row, {column: role}) of a table whose header names role columns."""
    grid = [[cell_text(text) for text in row] for row in table.text_grid()]
    last_header = max(table.header_rows, 1)
    search = range(min(max(last_header, _HEADER_SEARCH_ROWS), table.n_rows))
    for row_index in search:
        roles = {col: role for col, text in enumerate(grid[row_index]) if (role := role_of_header(text))}
        if roles:
            return max(row_index + 1, table.header_rows), roles
    return table.n_rows, {}


def row_entries(table: Table, row: int) -> list[tuple[RoleEntry, int]]:
    """(entry, column) for each department named in the row's role cells; empty cells give none."""
    first_data_row, roles = role_columns(table)
    if row < first_data_row or row >= table.n_rows:
        return []
    grid = table.text_grid()
    found: list[tuple[RoleEntry, int]] = []
    seen: set[str] = set()
    for col, role in sorted(roles.items()):
        for name in split_departments(department_list_text(grid[row][col])):
            name, marked = inline_role(name)
            entry_role = marked or role
            if name and name not in seen and role_of_label(name) is None:
                seen.add(name)
                found.append((RoleEntry(name, entry_role, labelled=True), col))
    return found

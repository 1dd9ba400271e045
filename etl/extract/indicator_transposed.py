"""Transposed (per-region) indicator tables: indicators as columns, regions as rows.

The first column labels the header rows (类别 / 重点工作内容 or 指标 / 责任单位 / 单位); every row
below them is a region (town, park) whose cells are that region's values.  A name row followed by
a second name row (label merged or empty) gives sub-indicators under a spanning header.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.extract.indicator_align import PendingCategories, is_packed_short, widen_by_lower_row
from etl.extract.indicator_header import HeaderRole, classify_header, is_whole_jurisdiction, squash
from etl.extract.indicator_names import flatten, split_name, strip_numbering
from etl.extract.indicator_records import RecordSink, TableRef
from etl.extract.indicator_rows import TableContext
from schemas.indicators import Indicator
from schemas.vocab import ValueKind

_HEADER_ROLES = {"category", "name", "department", "unit", "seq", "stat_source", "attribute", "remark"}
_MAX_HEADER_ROWS = 8


@dataclass
class TransposedLayout:
    """The header rows of a transposed table and what each labels."""

    n_cols: int
    header_rows: int
    row_roles: list[HeaderRole]
    headers: list[list[str]]

    def rows(self, role: str) -> list[int]:
        return [r for r, h in enumerate(self.row_roles) if h.role == role]


@dataclass
class ColumnIndicators:
    """What the header rows say about one column (filled by `_columns`)."""

    col: int
    name_row: int
    name_text: str
    parent_text: str | None = None
    category: str | None = None
    unit_raw: str | None = None
    departments: list[tuple[int, HeaderRole]] = field(default_factory=list)


def detect_transposed(texts: list[list[str]]) -> TransposedLayout | None:
    """The layout when column 0 labels header rows (指标 / 类别 / 责任单位 …) above region rows."""
    if not texts or len(texts[0]) < 2:
        return None
    roles: list[HeaderRole] = []
    for r in range(min(_MAX_HEADER_ROWS, len(texts))):
        label = squash(texts[r][0])
        role = classify_header(label) if label else None
        if role is not None and role.role in _HEADER_ROLES:
            roles.append(role)
        elif roles and (not label or label == squash(texts[r - 1][0])) and roles[-1].role == "name":
            roles.append(roles[-1])
        else:
            break
    if not any(h.role == "name" for h in roles) or len(roles) >= len(texts):
        return None
    return TransposedLayout(len(texts[0]), len(roles), roles, [list(texts[r]) for r in range(len(roles))])


def _repair_name_rows(layout: TransposedLayout) -> list[list[str]]:
    """Name rows widened over their sub-name rows when a spanning header was printed once."""
    rows = [list(row) for row in layout.headers]
    name_rows = layout.rows("name")
    for upper, lower in zip(name_rows, name_rows[1:], strict=False):
        widened = widen_by_lower_row(rows[upper], rows[lower])
        if widened is not None:
            rows[upper] = widened
    return rows


def _columns(rows: list[list[str]], layout: TransposedLayout) -> list[ColumnIndicators]:
    name_rows = layout.rows("name")
    columns: list[ColumnIndicators] = []
    for c in range(1, layout.n_cols):
        levels: list[tuple[int, str]] = []
        for r in name_rows:
            text = flatten(rows[r][c])
            if text and (not levels or squash(levels[-1][1]) != squash(text)):
                levels.append((r, text))
        if not levels:
            continue
        column = ColumnIndicators(col=c, name_row=levels[-1][0], name_text=levels[-1][1])
        if len(levels) > 1:
            column.parent_text = levels[0][1]
        for r in layout.rows("unit"):
            column.unit_raw = column.unit_raw or flatten(rows[r][c]) or None
        column.departments = [(r, layout.row_roles[r]) for r in layout.rows("department")]
        columns.append(column)
    return columns


@dataclass
class TransposedState:
    """A transposed table read so far: its layout, context and the indicator of each column."""

    layout: TransposedLayout
    context: TableContext
    by_col: dict[int, Indicator]
    pending: PendingCategories | None


def extract_transposed(
    ref: TableRef, layout: TransposedLayout, context: TableContext, sink: RecordSink
) -> TransposedState:
    """Records of a transposed table; `pending` holds categories still to place when the row was short."""
    rows = _repair_name_rows(layout)
    columns = _columns(rows, layout)
    pending = _assign_categories(ref, rows, layout, columns)
    by_col: dict[int, Indicator] = {}
    top_level: str | None = None  # the last column that is not a sub-indicator (其中：… columns follow it)
    for column in columns:
        parts = split_name(column.name_text)
        parent = split_name(column.parent_text) if column.parent_text else None
        parent_name = parent.name if parent else (top_level if parts.child else None)
        if parent is None and not parts.child:
            top_level = parts.name
        indicator = sink.indicator(
            ref,
            column.name_row,
            column.col,
            parts,
            column.category,
            parent=parent_name,
            unit_raw=column.unit_raw or (parent.unit_raw if parent else None),
        )
        by_col[column.col] = indicator
        for r, role in column.departments:
            sink.departments(
                indicator, rows[r][column.col], role.department_role, ref.provenance(r, column.col)
            )
    if pending is not None:
        pending.indicators = [by_col[c.col] for c in columns]
        pending.keys = [[split_name(t).name for t in (c.name_text, c.parent_text) if t] for c in columns]
    state = TransposedState(layout, context, by_col, pending)
    add_region_rows(ref, state, sink, layout.header_rows)
    return state


def add_region_rows(ref: TableRef, state: TransposedState, sink: RecordSink, first_row: int) -> None:
    """Values of the region rows from `first_row` on (also for a continuation table block)."""
    headers = [[squash(t) for t in h] for h in state.layout.headers]
    kind = state.context.kind or ValueKind.target
    for r in range(first_row, len(ref.texts)):
        row = ref.texts[r]
        if [squash(t) for t in row] in headers or not any(squash(t) for t in row[1:]):
            continue
        label = flatten(row[0])
        region = None if is_whole_jurisdiction(label) else strip_numbering(label) or None
        for c in range(1, min(len(row), state.layout.n_cols)):
            if not squash(row[c]):
                continue
            indicator = state.by_col.get(c)
            if indicator is None:
                sink.unplaced("value in a column without an indicator name", row[c], ref.provenance(r, c))
                continue
            sink.values(indicator, ref, r, c, state.context.year, kind, region)


def _assign_categories(
    ref: TableRef, rows: list[list[str]], layout: TransposedLayout, columns: list[ColumnIndicators]
) -> PendingCategories | None:
    category_rows = layout.rows("category")
    if not category_rows:
        return None
    row = rows[category_rows[0]]
    if is_packed_short(row, len(columns)):
        categories = [strip_numbering(flatten(t)) for t in row[1:] if squash(t)]
        return PendingCategories(categories, [], ref.provenance(category_rows[0], 1))
    last: str | None = None
    for column in columns:
        text = strip_numbering(flatten(row[column.col]))
        column.category = text or last
        last = column.category
    return None

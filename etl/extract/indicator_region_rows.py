"""Per-region indicator tables: regions as rows, one indicator per column.

    县（市、区） | 规上工业增加值增速（%） | 工业投资（亿元） | 责任单位
    全市        | 8                     | 600             | 市工信局
    东城区      | 8.5                   | 150             | 东城区人民政府

The first column (after an optional 序号) is headed by a region word (地区 / 县（市、区） / 镇（街道）…);
the other headers are indicator names (unit in parentheses), or header vocabulary such as 责任单位.
A second header row under spanning headers gives sub-indicators (parent = the spanning header), or
the year and kind of each column (2022年基数 | 2025年目标 under one indicator: a provincial table
breaking its targets down per 设区市); a year header above the names does the same for the columns
under it.  Rows labelled 合计 / 全市 are the whole jurisdiction (region NULL).  A 责任单位 column
names, per row, who answers for that region's values: its departments become responsibilities of
every indicator of the table (once per indicator).  Year and kind come from a column's year header,
else from the table's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.extract.indicator_cells import parse_value_cell
from etl.extract.indicator_header import HeaderRole, classify_header, is_whole_jurisdiction, squash
from etl.extract.indicator_legend import looks_like_legend
from etl.extract.indicator_names import flatten, split_name, strip_numbering
from etl.extract.indicator_records import RecordSink, TableRef
from etl.extract.indicator_rows import TableContext
from etl.normalise.units import normalise_unit
from schemas.indicators import Indicator
from schemas.vocab import Qualifier, ValueKind

_MIN_VALUE_SHARE = 0.6  # share of an indicator table's data cells that must read as values
_VALUE_QUALIFIERS = {None, Qualifier.min, Qualifier.max, Qualifier.approx, Qualifier.delta}
_EMPTY_QUALIFIERS = {Qualifier.none, Qualifier.not_decomposed}
_VALUE_MAX = 16
_LED_BY_NUMBER = re.compile(r"^[^\d]{0,4}\d")
_DATE = re.compile(r"^(?:19|20)\d{2}(?:年|[-—–.／/]\d)")
_SIDE_ROLES = {"department", "unit", "remark", "attribute", "stat_source"}


@dataclass
class RegionRowsLayout:
    """Where the region labels, indicator columns and side columns of the table are."""

    header_rows: int
    region_col: int
    indicator_cols: list[int]
    side_cols: dict[int, HeaderRole]
    headers: list[list[str]]
    # an indicator column's year / kind header (2025年目标), when the header rows give one
    value_roles: dict[int, HeaderRole] = field(default_factory=dict)


@dataclass
class RegionRowsState:
    """A per-region table read so far (carried into a continuation block)."""

    layout: RegionRowsLayout
    context: TableContext
    by_col: dict[int, Indicator]
    notes: list[str] = field(default_factory=list)
    assigned: set[tuple[str, str]] = field(default_factory=set)  # (indicator id, department cell)


def _region_col(roles: list[HeaderRole | None]) -> int | None:
    for c, role in enumerate(roles):
        if role is not None and role.role == "region":
            return c
        if role is None or role.role != "seq":
            return None
    return None


def _header_rows(texts: list[list[str]], region_col: int) -> int:
    """1, or 2 when the row below the header continues the region header and holds no value."""
    if len(texts) < 3:
        return 1
    label, below = squash(texts[0][region_col]), squash(texts[1][region_col])
    has_value = any(_reads_as_value(t) for t in texts[1] if squash(t))
    return 2 if below in ("", label) and not has_value and any(squash(t) for t in texts[1]) else 1


def _reads_as_value(text: str) -> bool:
    """A short cell led by its number ('8.5', '≥90', '超过100家'), not a phrase or a date."""
    flat = squash(text)
    if len(flat) > _VALUE_MAX or not _LED_BY_NUMBER.match(flat) or _DATE.match(flat):
        return False
    values = parse_value_cell(text)
    return len(values) == 1 and values[0].value is not None and values[0].qualifier in _VALUE_QUALIFIERS


def detect_region_rows(texts: list[list[str]]) -> RegionRowsLayout | None:
    """The layout when the first header names a region column and other headers name indicators."""
    if len(texts) < 2 or len(texts[0]) < 2:
        return None
    region_col = _region_col([classify_header(t) for t in texts[0]])
    if region_col is None:
        return None
    header_rows = _header_rows(texts, region_col)
    indicator_cols: list[int] = []
    side_cols: dict[int, HeaderRole] = {}
    value_roles: dict[int, HeaderRole] = {}
    for c in range(region_col + 1, len(texts[0])):
        levels = [squash(texts[r][c]) for r in range(header_rows) if squash(texts[r][c])]
        if not levels:
            continue
        role = classify_header(levels[-1])
        if role is not None and role.role in _SIDE_ROLES:
            side_cols[c] = role
        elif role is None and not _year_level(levels):
            indicator_cols.append(c)
        elif (year := _year_level(levels)) is not None:
            value_roles[c] = year
            indicator_cols.append(c)
        else:
            return None  # a year / category / name column: not a per-region layout
    cells = [
        texts[r][c] for r in range(header_rows, len(texts)) for c in indicator_cols if squash(texts[r][c])
    ]
    readable = [t for t in cells if _reads_as_value(t) or _is_empty_value(t)]
    if not indicator_cols or not cells or len(readable) < _MIN_VALUE_SHARE * len(cells):
        return None
    headers = [list(texts[r]) for r in range(header_rows)]
    return RegionRowsLayout(header_rows, region_col, indicator_cols, side_cols, headers, value_roles)


def _year_level(levels: list[str]) -> HeaderRole | None:
    """The year / kind header among a column's distinct header levels, when the other levels name an
    indicator (规模以上工业企业数字化转型覆盖率（%） over 2025年目标, or 2025年目标 over the name)."""
    distinct = list(dict.fromkeys(levels))
    roles = [classify_header(level) for level in distinct]
    values = [r for r in roles if r is not None and r.role == "value"]
    names = [level for level, r in zip(distinct, roles, strict=True) if r is None]
    return values[0] if len(values) == 1 and names else None


def _is_empty_value(text: str) -> bool:
    return all(v.qualifier in _EMPTY_QUALIFIERS for v in parse_value_cell(text))


def extract_region_rows(
    ref: TableRef, layout: RegionRowsLayout, context: TableContext, sink: RecordSink
) -> RegionRowsState:
    """One indicator per indicator column, then the values of every region row."""
    by_col: dict[int, Indicator] = {}
    by_name: dict[tuple[str, ...], Indicator] = {}
    for c in layout.indicator_cols:
        levels = _name_levels(ref, layout, c)
        key = tuple(squash(text) for _, text in levels)
        if c in layout.value_roles and key in by_name and layout.indicator_cols.index(c) > 0:
            previous = layout.indicator_cols[layout.indicator_cols.index(c) - 1]
            if by_col.get(previous) is by_name[key]:
                by_col[c] = by_name[key]  # the next year column of the same indicator
                continue
        parent = split_name(levels[0][1]) if len(levels) > 1 else None
        by_name[key] = by_col[c] = sink.indicator(
            ref,
            levels[-1][0],
            c,
            split_name(levels[-1][1]),
            None,
            parent=parent.name if parent else None,
            unit_raw=parent.unit_raw if parent else None,
        )
    state = RegionRowsState(layout, context, by_col)
    add_region_value_rows(ref, state, sink, layout.header_rows)
    return state


def _name_levels(ref: TableRef, layout: RegionRowsLayout, col: int) -> list[tuple[int, str]]:
    """(row, text) of the distinct header levels of a column that name its indicator (not its year)."""
    levels: list[tuple[int, str]] = []
    for r in range(layout.header_rows):
        text = flatten(ref.texts[r][col])
        if not text or (levels and squash(levels[-1][1]) == squash(text)):
            continue
        role = classify_header(text)
        if col in layout.value_roles and role is not None and role.role == "value":
            continue
        levels.append((r, text))
    return levels


def _column_year_kind(state: RegionRowsState, col: int) -> tuple[int | None, ValueKind]:
    """A column's year and kind: its own year header (a bare year before the plan is a baseline),
    else the table title's, else a target."""
    role = state.layout.value_roles.get(col)
    context = state.context
    if role is None or (role.year is None and role.kind is None):
        return context.year, context.kind or ValueKind.target
    if role.kind is not None:
        return role.year or context.year, role.kind
    if role.year is not None and context.plan_start is not None and role.year < context.plan_start:
        return role.year, ValueKind.baseline
    return role.year, context.kind or ValueKind.target


def _set_units(state: RegionRowsState, row: list[str]) -> None:
    """A 单位 row under the header: the unit of each indicator column that has none yet."""
    for c, indicator in state.by_col.items():
        written = flatten(row[c])
        if written and indicator.unit_raw is None:
            indicator.unit_raw, indicator.unit = written, normalise_unit(written)


def add_region_value_rows(ref: TableRef, state: RegionRowsState, sink: RecordSink, first_row: int) -> None:
    """Values, departments and notes of the rows from `first_row` on."""
    layout = state.layout
    headers = [[squash(t) for t in h] for h in layout.headers]
    for r in range(first_row, len(ref.texts)):
        row = ref.texts[r]
        if [squash(t) for t in row] in headers or not any(squash(t) for t in row):
            continue
        distinct = {squash(t) for t in row if squash(t)}
        if len(distinct) == 1 and looks_like_legend(flatten(next(t for t in row if squash(t)))):
            state.notes.append(flatten(next(t for t in row if squash(t))))
            continue
        label = flatten(row[layout.region_col])
        label_role = classify_header(label)
        if label_role is not None and label_role.role == "unit":
            _set_units(state, row)
            continue
        region = None if is_whole_jurisdiction(label) else strip_numbering(label) or None
        for c, indicator in state.by_col.items():
            if squash(row[c]):
                year, kind = _column_year_kind(state, c)
                sink.values(indicator, ref, r, c, year, kind, region)
        for c, role in layout.side_cols.items():
            if not squash(row[c]):
                continue
            if role.role != "department":
                sink.unplaced(
                    f"per-region table column not modelled ({role.role})", row[c], ref.provenance(r, c)
                )
                continue
            for indicator in state.by_col.values():
                key = (indicator.id, squash(row[c]))
                if key not in state.assigned:
                    state.assigned.add(key)
                    sink.departments(indicator, row[c], role.department_role, ref.provenance(r, c))

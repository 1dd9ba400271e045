"""Row-oriented indicator tables: one indicator per row, value columns by year and kind.

Covers 序号/类别/指标/2021年情况/2022年目标/责任单位, 一级指标/序号/指标/2025年目标 and
工程/任务/工作/指标/统计来源/2018年/…/责任部门 layouts, with one or more header rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.extract.indicator_header import HeaderRole, classify_header, squash, vocabulary
from etl.extract.indicator_legend import looks_like_legend
from etl.extract.indicator_names import NameParts, flatten, split_name, strip_numbering
from etl.extract.indicator_records import RecordSink, TableRef
from schemas.vocab import ValueKind

_NUMBER = re.compile(r"[\d.%％]+")
_NO_NAME = {"", "-", "—", "——", "/", "--", "－"}
_MAX_HEADER_ROWS = 4
# columns whose cells no record field holds (reported as unplaced): 属性 (预期性/约束性) has no field in
# the contract, and 年均增长 is in another unit than the indicator's values
_UNMODELLED = ("context", "attribute", "growth", "remark", "scoring", "name", "unknown")


@dataclass
class ColumnLayout:
    """What each column of a row-oriented indicator table holds."""

    n_cols: int
    header_rows: int
    roles: list[HeaderRole | None]
    headers: list[list[str]]  # the header rows' texts, to recognise repeated header rows

    def columns(self, role: str) -> list[int]:
        return [c for c, r in enumerate(self.roles) if r is not None and r.role == role]

    @property
    def name_col(self) -> int:
        return self.columns("name")[-1]


def _row_is_header(texts: list[str], above: list[str] | None) -> bool:
    cells = [(c, t) for c, t in enumerate(texts) if squash(t)]
    if not cells:
        return False
    return all(
        classify_header(t) is not None or (above is not None and squash(above[c]) == squash(t))
        for c, t in cells
    )


def _column_role(levels: list[str]) -> HeaderRole | None:
    distinct: list[str] = []
    for text in levels:
        if squash(text) and squash(text) not in distinct:
            distinct.append(squash(text))
    combined = classify_header("".join(distinct))
    if combined is not None:
        return combined
    for text in reversed(distinct):
        role = classify_header(text)
        if role is not None:
            return role
    return None


def detect_layout(texts: list[list[str]], declared_header_rows: int = 0) -> ColumnLayout | None:
    """The column layout when the table's first row(s) are an indicator header, else None."""
    if not texts or not texts[0]:
        return None
    n_cols = len(texts[0])
    if declared_header_rows > 0:
        header_rows = declared_header_rows
    else:
        if not any(classify_header(t) is not None for t in texts[0]):
            return None
        header_rows = 1
        while header_rows < min(_MAX_HEADER_ROWS, len(texts) - 1) and _row_is_header(
            texts[header_rows], texts[header_rows - 1]
        ):
            header_rows += 1
    roles = [_column_role([texts[r][c] for r in range(header_rows)]) for c in range(n_cols)]
    headers = [list(texts[r]) for r in range(header_rows)]
    layout = ColumnLayout(n_cols, header_rows, _finest_level_named(roles, headers), headers)
    # an evaluation indicator system (一级指标 | 二级指标 | 权重 | 评分标准) lists indicators without values
    if not layout.columns("name") or not (layout.columns("value") or layout.columns("scoring")):
        return None
    return layout


def _finest_level_named(roles: list[HeaderRole | None], headers: list[list[str]]) -> list[HeaderRole | None]:
    """Without a name column, the last 二级指标 column names the indicators (一级指标 is their category)."""
    if any(r is not None and r.role == "name" for r in roles):
        return roles
    finest = vocabulary()["name_when_finest"]
    named = [c for c, r in enumerate(roles) if r is not None and r.role == "context"
             and any(squash(h[c]) in finest for h in headers)]
    if not named:
        return roles
    return [HeaderRole("name") if c == named[-1] else r for c, r in enumerate(roles)]


@dataclass
class TableContext:
    """What the text around a table says: the year and kind of its title, and the plan's first year."""

    year: int | None = None
    kind: ValueKind | None = None
    plan_start: int | None = None


def column_kind(layout: ColumnLayout, col: int, context: TableContext) -> ValueKind:
    """The kind of a value column; a bare year column is a baseline when it lies before the plan
    (before the plan's first year, or before every explicit target column of a table that has no
    baseline column: 2020年 | 2025年目标), else the title's kind, else a target."""
    role = layout.roles[col]
    assert role is not None
    if role.kind is not None:
        return role.kind
    if role.year is not None:
        if context.plan_start is not None and role.year < context.plan_start:
            return ValueKind.baseline
        values = [layout.roles[c] for c in layout.columns("value")]
        targets = [r.year for r in values if r is not None and r.kind == ValueKind.target and r.year]
        has_baseline = any(r is not None and r.kind == ValueKind.baseline for r in values)
        if targets and not has_baseline and role.year < min(targets):
            return ValueKind.baseline
    return context.kind or ValueKind.target


def _is_repeated_header(row: list[str], layout: ColumnLayout) -> bool:
    return any([squash(t) for t in row] == [squash(t) for t in header] for header in layout.headers)


def _single_text(row: list[str]) -> str | None:
    """The text of a row whose non-empty cells all hold the same text (a merged heading or note)."""
    distinct = {squash(t) for t in row if squash(t)}
    if len(distinct) != 1:
        return None
    return next(flatten(t) for t in row if squash(t))


@dataclass
class RowsState:
    """A row-oriented table read so far (carried into a continuation block)."""

    layout: ColumnLayout
    context: TableContext
    heading: str | None = None
    last_category: str | None = None
    notes: list[str] = field(default_factory=list)
    parent: str | None = None  # the indicator whose 其中 rows are being read
    in_children: bool = False
    parent_numbered: bool = False


def _parent_of(state: RowsState, ref: TableRef, row: int, parts: NameParts, category: str | None) -> str | None:
    """The parent of a sub-indicator row: a 其中 / —— row, and an unnumbered row right after one in the
    same category under a numbered parent, belong to the last top-level indicator above them."""
    seq_cols = state.layout.columns("seq")
    unnumbered = bool(seq_cols) and not any(squash(ref.texts[row][c]) for c in seq_cols)
    same_group = category == state.last_category
    if parts.child or (state.in_children and unnumbered and same_group):
        # continuation rows need a numbered parent: in a table that numbers no row, unnumbered says nothing
        state.in_children = state.parent is not None and state.parent_numbered
        return state.parent
    state.parent, state.in_children, state.parent_numbered = parts.name, False, not unnumbered
    return None


def extract_rows(ref: TableRef, state: RowsState, sink: RecordSink, first_row: int) -> None:
    """Records of every data row from `first_row`; note rows (legend candidates) go to state.notes."""
    layout = state.layout
    texts = ref.texts
    name_col = layout.name_col
    for r in range(first_row, len(texts)):
        row = texts[r]
        if not any(squash(t) for t in row) or _is_repeated_header(row, layout):
            continue
        single = _single_text(row)
        filled = sum(1 for t in row if squash(t))
        if single is not None and (filled > 1 or not squash(row[name_col])) and not _NUMBER.fullmatch(single):
            if looks_like_legend(single):
                state.notes.append(single)
            else:
                state.heading = strip_numbering(single)
                state.parent, state.in_children = None, False
            continue
        name_text = flatten(row[name_col])
        if squash(name_text) in _NO_NAME:
            _unplace_row(ref, layout, r, sink)
            continue
        category = _category(ref, layout, r) or state.heading
        if category is None and layout.columns("category"):
            category = state.last_category
        parts = split_name(name_text)
        parent = _parent_of(state, ref, r, parts, category)
        state.last_category = category
        context = state.context
        indicator = sink.indicator(
            ref,
            r,
            name_col,
            parts,
            category,
            parent=parent,
            unit_raw=_unit(ref, layout, r),
            stat_source=_first_text(ref, layout.columns("stat_source"), r),
        )
        region = _first_text(ref, layout.columns("region"), r)
        for c in layout.columns("value"):
            role = layout.roles[c]
            assert role is not None
            if not squash(row[c]):
                continue
            year = role.year if role.year is not None else context.year
            kind = column_kind(layout, c, context)
            sink.values(indicator, ref, r, c, year, kind, region)
        for c in layout.columns("department"):
            role = layout.roles[c]
            assert role is not None
            sink.departments(indicator, row[c], role.department_role, ref.provenance(r, c))
        for c, role in enumerate(layout.roles):
            if c == name_col or squash(row[c]) in _NO_NAME:
                continue
            label = role.role if role else "unknown"
            if label in _UNMODELLED and not _continues_above(ref, r, c, by_text=label == "context"):
                sink.unplaced(f"indicator table column not modelled ({label})", row[c], ref.provenance(r, c))


def _continues_above(ref: TableRef, row: int, col: int, by_text: bool = True) -> bool:
    """True when (row, col) is covered by the same merged cell as the row above (or repeats its text)."""
    if row == 0:
        return False
    above, here = ref.cells[row - 1][col], ref.cells[row][col]
    if above is not None and above is here:
        return True
    return by_text and squash(ref.texts[row - 1][col]) == squash(ref.texts[row][col])


def _category(ref: TableRef, layout: ColumnLayout, row: int) -> str | None:
    for c in layout.columns("category"):
        text = strip_numbering(flatten(ref.texts[row][c]))
        if text:
            return text
    return None


def _unit(ref: TableRef, layout: ColumnLayout, row: int) -> str | None:
    unit = _first_text(ref, layout.columns("unit"), row)
    if unit and squash(unit) not in _NO_NAME:
        return unit
    header_units = {
        role.unit_raw for c in layout.columns("value") if (role := layout.roles[c]) is not None and role.unit_raw
    }
    name_role = layout.roles[layout.name_col]
    if name_role is not None and name_role.unit_raw:
        header_units.add(name_role.unit_raw)
    return header_units.pop() if len(header_units) == 1 else None


def _first_text(ref: TableRef, cols: list[int], row: int) -> str | None:
    for c in cols:
        text = flatten(ref.texts[row][c])
        if text:
            return text
    return None


def _unplace_row(ref: TableRef, layout: ColumnLayout, row: int, sink: RecordSink) -> None:
    """A data row without an indicator name: its own cells are reported, merged repeats are not."""
    seen: set[str] = set()
    for c, text in enumerate(ref.texts[row]):
        flat = squash(text)
        role = layout.roles[c]
        if not flat or flat in _NO_NAME or flat in seen or (role is not None and role.role == "seq"):
            continue
        if role is not None and role.role in ("category", "context") and _continues_above(ref, row, c):
            continue
        seen.add(flat)
        sink.unplaced("indicator table row without an indicator", text, ref.provenance(row, c))

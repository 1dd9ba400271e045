"""Year-row indicator tables: indicators as columns, one row per year.

    年份    | 数字经济核心产业增加值（亿元） | 5G基站（个）
    2023年  | 58                            | 1850
    2025年  | 73                            | 2800

The corner cell names the rows (年份 / 年度 / 指标\\年份), every body row is labelled by a year
(2023年, 2024年目标, 2023年（基期）) and every other header cell is an indicator with its unit in
brackets.  A row's kind comes from its label, else from the plan period as for bare year columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.extract.indicator_header import HeaderRole, classify_header, squash, vocabulary
from etl.extract.indicator_legend import looks_like_legend
from etl.extract.indicator_names import flatten, split_name
from etl.extract.indicator_records import RecordSink, TableRef
from etl.extract.indicator_rows import TableContext
from schemas.vocab import ValueKind

_NO_VALUE = {"", "-", "—", "——", "/", "－"}


@dataclass
class YearRowsLayout:
    """The body rows of a year-row table and the year (and kind) each is for."""

    rows: list[tuple[int, HeaderRole]]  # (row index, the label's value role)
    notes: list[int]  # rows holding one note text (legend candidates)


@dataclass
class YearRowsState:
    """A year-row table read: its note rows, for the legend reader."""

    notes: list[str]


def _year_label(text: str) -> HeaderRole | None:
    role = classify_header(text)
    return role if role is not None and role.role == "value" and role.year is not None else None


def detect_year_rows(texts: list[list[str]]) -> YearRowsLayout | None:
    """The layout when the corner cell names years and every body row is labelled by a year."""
    if len(texts) < 2 or len(texts[0]) < 2 or squash(texts[0][0]) not in vocabulary()["year_row_corners"]:
        return None
    if not any(squash(t) for t in texts[0][1:]):
        return None
    rows: list[tuple[int, HeaderRole]] = []
    notes: list[int] = []
    for r in range(1, len(texts)):
        cells = {squash(t) for t in texts[r] if squash(t)}
        if not cells:
            continue
        label = _year_label(texts[r][0])
        if label is not None:
            rows.append((r, label))
        elif len(cells) == 1 and looks_like_legend(next(iter(cells))):
            notes.append(r)
        else:
            return None
    return YearRowsLayout(rows, notes) if rows else None


def row_kind(label: HeaderRole, context: TableContext) -> ValueKind:
    """The label's kind (2023年（基期） / 2025年目标); a bare year before the plan is a baseline."""
    if label.kind is not None:
        return label.kind
    if context.plan_start is not None and label.year is not None and label.year < context.plan_start:
        return ValueKind.baseline
    return context.kind or ValueKind.target


def extract_year_rows(
    ref: TableRef, layout: YearRowsLayout, context: TableContext, sink: RecordSink
) -> YearRowsState:
    """Indicators of the header row and a value per (year row, column); the note rows kept as notes."""
    texts = ref.texts
    for c in range(1, len(texts[0])):
        header = flatten(texts[0][c])
        if not squash(header) or (c > 1 and ref.cells[0][c] is ref.cells[0][c - 1]):
            continue
        indicator = sink.indicator(ref, 0, c, split_name(header), None)
        for r, label in layout.rows:
            if squash(texts[r][c]) in _NO_VALUE:
                continue
            sink.values(indicator, ref, r, c, label.year, row_kind(label, context))
    for r, _label in layout.rows:
        for c in range(1, len(texts[r])):
            if not squash(texts[0][c]) and squash(texts[r][c]) not in _NO_VALUE:
                sink.unplaced("value under no indicator (year-row table)", texts[r][c], ref.provenance(r, c))
    return YearRowsState([next(flatten(t) for t in texts[r] if squash(t)) for r in layout.notes])

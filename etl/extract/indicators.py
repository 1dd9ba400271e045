"""Indicator tables into indicators, values, legends and responsibilities.

Each table is read on the table model (Table.text_grid / grid), never on a source format:
row-oriented tables (one indicator per row) and transposed per-region tables (one indicator per
column) are recognised from their header vocabulary; a header-less table block right after an
indicator table with the same width continues it.  Legend notes are read from paragraphs (and
note rows inside tables) of the whole document and merged.  Every non-empty cell of an indicator
table becomes part of a record or an `Unplaced` entry.
"""

from __future__ import annotations

from types import EllipsisType

from etl.extract.indicator_align import resolve_categories
from etl.extract.indicator_header import is_project_header, plan_start_in, squash, value_kind, year_in
from etl.extract.indicator_legend import LegendResult, looks_like_legend, parse_legend
from etl.extract.indicator_records import EXTRACTOR, IndicatorExtraction, RecordSink, TableRef
from etl.extract.indicator_region_rows import (
    RegionRowsState,
    add_region_value_rows,
    detect_region_rows,
    extract_region_rows,
)
from etl.extract.indicator_rows import RowsState, TableContext, detect_layout, extract_rows
from etl.extract.indicator_transposed import (
    TransposedState,
    add_region_rows,
    detect_transposed,
    extract_transposed,
)
from etl.extract.indicator_year_rows import YearRowsState, detect_year_rows, extract_year_rows
from schemas.document import Block, Document, Paragraph, Table
from schemas.parsed import Unplaced

__all__ = ["IndicatorExtraction", "extract_indicators"]

TableState = RowsState | TransposedState | RegionRowsState | YearRowsState
_TITLE_MAX = 80
_TITLE_LOOKBACK = 3


def _is_task_table(table: Table) -> bool:
    """Goal / task-decomposition tables belong to the task extractor (imported lazily)."""
    try:
        from etl.extract.task_tables import is_task_table
    except ImportError:  # pragma: no cover - the task extractor is optional here
        return False
    return bool(is_task_table(table))


def _is_project_table(ref: TableRef) -> bool:
    """A project list (重点项目表): its rows are projects, not measures of the jurisdiction."""
    return is_project_header(ref.texts[: max(ref.table.header_rows, 1)])


def table_context(blocks: list[Block], block_index: int, document_start: int | None = None) -> TableContext:
    """Year and kind stated by the table's title (the nearest short paragraph before it); the plan's
    first year from that title, else from the document's title."""
    seen = 0
    for block in reversed(blocks[:block_index]):
        if isinstance(block, Table):
            continue
        text = block.text.strip()
        if looks_like_legend(text) or not text:
            continue
        seen += 1
        if len(text) <= _TITLE_MAX and (year_in(text) is not None or plan_start_in(text) is not None):
            start = plan_start_in(text)
            return TableContext(
                year=year_in(text) if start is None else None,
                kind=value_kind(text),
                plan_start=start if start is not None else document_start,
            )
        if seen >= _TITLE_LOOKBACK or len(text) > _TITLE_MAX:
            break
    return TableContext(plan_start=document_start)


def extract_indicators(doc: Document, plan_start: int | None | EllipsisType = ...) -> IndicatorExtraction:
    """Indicators, value cells, symbol legends and departments of indicator tables.

    `plan_start` is the first year of the plan (documents_v.period_start): bare year columns before
    it are baselines. When not given it is taken from the document's metadata.
    """
    out = IndicatorExtraction()
    sink = RecordSink(out)
    legends = LegendResult()
    pending = []
    previous: TableState | None = None
    previous_cols = 0
    table_index = -1
    if isinstance(plan_start, EllipsisType):
        from etl.extract.metadata import extract_metadata

        plan_start = extract_metadata(doc).period_start
    start = plan_start
    for block_index, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            if looks_like_legend(block.text):
                parse_legend(block.text, block.provenance, legends)
            elif block.text.strip():
                previous = None
            continue
        table_index += 1
        ref = TableRef(block, table_index)
        if block.n_rows == 0 or block.n_cols == 0 or _is_task_table(block) or _is_project_table(ref):
            previous = None
            continue
        context = table_context(doc.blocks, block_index, start)
        marks = _marks(out)
        try:
            state = _read_table(ref, context, sink, previous if previous_cols == block.n_cols else None)
        except Exception as exc:  # noqa: BLE001 - one table the interpreter cannot read must not sink the rest
            _drop_partial(out, marks)
            out.unplaced.append(
                Unplaced(extractor="indicators", reason=f"table could not be interpreted ({type(exc).__name__}: "
                         f"{exc})", text=" | ".join(ref.texts[0])[:200] if ref.texts else "",
                         provenance=ref.provenance(0, 0))
            )
            previous = None
            continue
        if isinstance(state, TransposedState) and state.pending is not None:
            pending.append(state.pending)
        if isinstance(state, RowsState | RegionRowsState | YearRowsState):
            for note in state.notes:
                parse_legend(note, ref.provenance(0, 0), legends)
            state.notes.clear()
        previous, previous_cols = state, block.n_cols
    _settle_categories(pending, out)
    out.symbols = legends.symbols
    out.unplaced.extend(legends.settled_unplaced())
    return out


def _marks(out: IndicatorExtraction) -> tuple[int, int, int, int]:
    return len(out.indicators), len(out.values), len(out.responsibilities), len(out.unplaced)


def _drop_partial(out: IndicatorExtraction, marks: tuple[int, int, int, int]) -> None:
    """Forget what a table that failed half-way had already added."""
    del out.indicators[marks[0] :], out.values[marks[1] :], out.responsibilities[marks[2] :]
    del out.unplaced[marks[3] :]


def _read_table(
    ref: TableRef,
    context: TableContext,
    sink: RecordSink,
    previous: TableState | None,
) -> TableState | None:
    """Read one table block; a block with no header of its own may continue `previous`."""
    year_rows = detect_year_rows(ref.texts)
    if year_rows is not None:
        return extract_year_rows(ref, year_rows, context, sink)
    layout = detect_layout(ref.texts, ref.table.header_rows)
    if layout is not None:
        state = RowsState(layout, context)
        extract_rows(ref, state, sink, layout.header_rows)
        return state
    transposed = detect_transposed(ref.texts)
    if transposed is not None:
        return extract_transposed(ref, transposed, context, sink)
    per_region = detect_region_rows(ref.texts)
    if per_region is not None:
        return extract_region_rows(ref, per_region, context, sink)
    if isinstance(previous, RowsState):
        extract_rows(ref, previous, sink, 0)
        return previous
    if isinstance(previous, TransposedState):
        add_region_rows(ref, previous, sink, 0)
        return previous
    if isinstance(previous, RegionRowsState):
        add_region_value_rows(ref, previous, sink, 0)
        return previous
    return None


def _settle_categories(pending: list, out: IndicatorExtraction) -> None:
    """Place categories of short category rows by matching names against the other tables."""
    waiting = {id(i) for p in pending for i in p.indicators}
    known = [i for i in out.indicators if i.category and id(i) not in waiting]
    for item in pending:
        for indicator in resolve_categories(item, known):
            out.unplaced.append(
                Unplaced(
                    extractor=EXTRACTOR,
                    reason="category of a per-region column could not be placed "
                    f"(one of: {'、'.join(item.categories)})",
                    text=indicator.name,
                    provenance=indicator.provenance,
                )
            )
        known.extend(i for i in item.indicators if i.category)
    for indicator in out.indicators:
        if indicator.category is not None and not squash(indicator.category):
            indicator.category = None

"""Building indicator records (indicators, values, responsibilities, unplaced) with provenance."""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.extract.indicator_cells import parse_value_cell
from etl.extract.indicator_header import department_role
from etl.extract.indicator_names import NameParts, flatten, parenthesised_components
from etl.normalise.departments import split_department_list
from etl.normalise.units import normalise_unit
from schemas.document import Cell, Provenance, Table
from schemas.indicators import Indicator, IndicatorValue, SymbolLegend
from schemas.parsed import Unplaced
from schemas.responsibilities import Responsibility
from schemas.vocab import Role, SubjectType, ValueKind

EXTRACTOR = "indicators"
_NO_DEPARTMENT = {"-", "—", "——", "/", "无", "不分解"}


@dataclass
class IndicatorExtraction:
    """What the indicator extractor found in one document."""

    indicators: list[Indicator] = field(default_factory=list)
    values: list[IndicatorValue] = field(default_factory=list)
    symbols: list[SymbolLegend] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


@dataclass
class TableRef:
    """A table being read: its index among the document's tables and its grids."""

    table: Table
    index: int

    def __post_init__(self) -> None:
        self.cells: list[list[Cell | None]] = self.table.grid()
        self.texts: list[list[str]] = self.table.text_grid()

    def provenance(self, row: int, col: int) -> Provenance:
        """Provenance of the cell covering grid position (row, col), with the table index."""
        cell = self.cells[row][col] if row < len(self.cells) and col < len(self.cells[row]) else None
        base = cell.provenance if cell is not None else self.table.provenance
        at_row, at_col = (cell.row, cell.col) if cell is not None else (row, col)
        return base.model_copy(update={"table": self.index, "row": at_row, "col": at_col})


@dataclass
class RecordSink:
    """Appends records to an extraction, numbering indicators i1, i2, … in document order."""

    out: IndicatorExtraction

    def indicator(
        self,
        ref: TableRef,
        row: int,
        col: int,
        parts: NameParts,
        category: str | None,
        parent: str | None = None,
        unit_raw: str | None = None,
        stat_source: str | None = None,
    ) -> Indicator:
        unit_written = parts.unit_raw or unit_raw
        indicator = Indicator(
            id=f"i{len(self.out.indicators) + 1}",
            table_index=ref.index,
            category=category or None,
            name=parts.name,
            parent_name=parent or None,
            unit=normalise_unit(unit_written),
            unit_raw=unit_written,
            symbols=parts.symbols,
            stat_source=stat_source or None,
            provenance=ref.provenance(row, col),
        )
        self.out.indicators.append(indicator)
        if parts.attribute:
            self.unplaced("indicator name mark not modelled (attribute)", parts.attribute, indicator.provenance)
        return indicator

    def values(
        self,
        indicator: Indicator,
        ref: TableRef,
        row: int,
        col: int,
        year: int | None,
        kind: ValueKind,
        region: str | None = None,
    ) -> None:
        """One value record per value (component) of the cell at (row, col)."""
        text = flatten(ref.texts[row][col])
        components = parenthesised_components(indicator.name)
        cell_values = parse_value_cell(text, components)
        if indicator.unit is None:
            units = {v.unit_raw for v in cell_values if v.unit_raw}
            if len(units) == 1:
                indicator.unit_raw = units.pop()
                indicator.unit = normalise_unit(indicator.unit_raw)
        for value in cell_values:
            self.out.values.append(
                IndicatorValue(
                    indicator_id=indicator.id,
                    region=region,
                    component=value.component,
                    year=year,
                    kind=kind,
                    value=value.value,
                    value_text=text,
                    qualifier=value.qualifier,
                    provenance=ref.provenance(row, col),
                )
            )

    def departments(self, indicator: Indicator, text: str, role: Role, provenance: Provenance) -> None:
        """Responsibilities for each department of a department cell (牵头/配合 clauses set the role)."""
        flat = flatten(text)
        if not flat or flat in _NO_DEPARTMENT:
            return
        for clause in _role_clauses(flat):
            clause_role = department_role(clause) if department_role(clause) != Role.responsible else role
            clause = clause.replace("牵头", "").replace("配合", "").replace("参与", "")
            for raw in split_department_list(clause):
                self.out.responsibilities.append(
                    Responsibility(
                        subject_type=SubjectType.indicator,
                        subject_id=indicator.id,
                        department_raw=raw,
                        role=clause_role,
                        provenance=provenance,
                    )
                )

    def unplaced(self, reason: str, text: str, provenance: Provenance) -> None:
        if flatten(text):
            self.out.unplaced.append(
                Unplaced(extractor=EXTRACTOR, reason=reason, text=flatten(text), provenance=provenance)
            )


def _role_clauses(text: str) -> list[str]:
    """'工信局牵头，科技局配合' → ['工信局牵头', '科技局配合']; a plain list stays one clause."""
    if not any(w in text for w in ("牵头", "配合", "参与", "协助", "协同")):
        return [text]
    parts = [p for p in text.replace("；", "，").replace(";", "，").split("，") if p.strip()]
    return parts or [text]

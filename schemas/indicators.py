"""Indicator records: indicators, their value cells and marker-symbol legends."""

from __future__ import annotations

from pydantic import BaseModel, Field

from schemas.document import Provenance
from schemas.vocab import Qualifier, ValueKind


class Indicator(BaseModel):
    """One indicator of one table (or indicator list)."""

    id: str = Field(description="document-local id, e.g. i3")
    table_index: int | None = Field(None, description="index of its table among the document's tables")
    category: str | None = Field(None, description="group it sits in (类别 / 一级指标 / 工程)")
    name: str = Field(description="name without marker symbols, unit parenthesis or numbering")
    parent_name: str | None = Field(None, description="spanning header's name for a sub-column")
    unit: str | None = Field(None, description="normalised unit")
    unit_raw: str | None = Field(None, description="unit as written")
    symbols: str = Field("", description="distinct marker symbols in order of appearance")
    stat_source: str | None = Field(None, description="statistical source column (火炬 / 园区)")
    provenance: Provenance = Field(default_factory=Provenance)


class IndicatorValue(BaseModel):
    """One value cell (or one component of a composite cell)."""

    indicator_id: str
    region: str | None = Field(None, description="sub-area the value is for; None = whole jurisdiction")
    component: str | None = Field(None, description="component name of a composite cell")
    year: int | None = None
    kind: ValueKind
    value: float | None = Field(None, description="the number in the indicator's unit")
    value_text: str = Field(description="the cell as written")
    qualifier: Qualifier | None = None
    provenance: Provenance = Field(default_factory=Provenance)


class SymbolLegend(BaseModel):
    """A marker symbol and its meaning from a note such as 注：标*指标为…"""

    symbol: str
    meaning: str
    provenance: Provenance = Field(default_factory=Provenance)

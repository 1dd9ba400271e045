"""Indicator tables into indicators, values, legends and responsibilities (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.document import Document
from schemas.indicators import Indicator, IndicatorValue, SymbolLegend
from schemas.parsed import Unplaced
from schemas.responsibilities import Responsibility


@dataclass
class IndicatorExtraction:
    """What the indicator extractor found in one document."""

    indicators: list[Indicator] = field(default_factory=list)
    values: list[IndicatorValue] = field(default_factory=list)
    symbols: list[SymbolLegend] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


def extract_indicators(doc: Document) -> IndicatorExtraction:
    """Indicators, value cells, symbol legends and departments of indicator tables."""
    return IndicatorExtraction()

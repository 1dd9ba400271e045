"""Minimum F1 bars for `check`: parsed from SECTION[@FORMAT]=F1 and evaluated on a report."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.check.report import ALL, CheckReport
from etl.check.sections import SECTIONS


@dataclass(frozen=True)
class Threshold:
    """A minimum F1 for a section (or 'overall'), in one format or the pooled column."""

    section: str
    format: str | None
    minimum: float

    @classmethod
    def parse(cls, text: str) -> Threshold:
        """'SECTION=F1' or 'SECTION@FORMAT=F1', e.g. 'tasks=0.95', 'overall@pdf=0.9'."""
        m = re.fullmatch(r"\s*([a-z_]+)(?:@([a-z0-9]+))?\s*=\s*([0-9]*\.?[0-9]+)\s*", text.lower())
        if not m:
            raise ValueError(f"expected SECTION=F1 or SECTION@FORMAT=F1, got {text!r}")
        section, fmt, value = m.group(1), m.group(2), float(m.group(3))
        if section not in (*SECTIONS, "overall"):
            raise ValueError(f"unknown section {section!r} (one of {', '.join(SECTIONS)}, overall)")
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"an F1 threshold lies between 0 and 1, got {value}")
        return cls(section, fmt, value)

    def evaluate(self, report: CheckReport) -> tuple[str, float | None, bool]:
        """(column checked, actual F1 or None when not scored, passed)."""
        column = self.format or report.pooled_column or ALL
        actual = report.f1(self.section, column)
        return column, actual, actual is not None and actual + 1e-12 >= self.minimum

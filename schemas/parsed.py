"""The hand-off between extraction and loading: one validated result per document."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, Field

from schemas.document import Provenance, SourceFormat
from schemas.indicators import Indicator, IndicatorValue, SymbolLegend
from schemas.responsibilities import Department, Responsibility
from schemas.targets import Target
from schemas.tasks import Task


class DocumentMeta(BaseModel):
    """Document-level metadata per the warehouse contract (documents_v)."""

    title: str | None = Field(None, description="title of the plan itself")
    issuer: str | None = Field(None, description="issuing body of the outermost notice")
    doc_number: str | None = Field(None, description="文号")
    issue_date: dt.date | None = None
    jurisdiction: str | None = None
    period_start: int | None = None
    period_end: int | None = None


class Status(StrEnum):
    """Outcome of ingesting one file."""

    loaded = "loaded"
    skipped = "skipped"  # unchanged since the last ingest
    failed = "failed"


class ErrorItem(BaseModel):
    """A problem with one document, as data."""

    stage: str = Field(description="read / extract / normalise / load")
    code: str = Field(description="machine-readable kind, e.g. encrypted, no_text_layer")
    message: str


class Unplaced(BaseModel):
    """Content an extractor saw but could not turn into a record."""

    extractor: str
    reason: str
    text: str
    provenance: Provenance = Field(default_factory=Provenance)


class ParsedDocument(BaseModel):
    """Everything extracted from one document; written to parsed/<name>.json."""

    doc_id: str
    source_name: str
    format: SourceFormat
    sha256: str
    encoding: str | None = None
    pages: int | None = None
    meta: DocumentMeta = Field(default_factory=DocumentMeta)
    tasks: list[Task] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    values: list[IndicatorValue] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    responsibilities: list[Responsibility] = Field(default_factory=list)
    symbols: list[SymbolLegend] = Field(default_factory=list)
    departments: list[Department] = Field(default_factory=list)
    unplaced: list[Unplaced] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

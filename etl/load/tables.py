"""SQLAlchemy table definitions of the warehouse's normalised tables.

Record ids are ``<doc_id>:<local id>`` so they are stable for the same bytes and
unique across documents. Every record table carries the document's id (for
replace-on-reingest) and a human-readable ``provenance`` locator.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _doc_fk() -> Column:
    return Column("doc_id", String, ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False, index=True)


documents = Table(
    "documents",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("source_name", String, nullable=False, unique=True),
    Column("format", String, nullable=False),
    Column("sha256", String, nullable=False),
    Column("encoding", String),
    Column("pages", Integer),
    Column("title", Text),
    Column("issuer", Text),
    Column("doc_number", Text),
    Column("issue_date", Date),
    Column("jurisdiction", Text),
    Column("period_start", Integer),
    Column("period_end", Integer),
    Column("warnings", Text, doc="newline-separated extraction warnings"),
    Column("ingested_at", DateTime, nullable=False),
)

tasks = Table(
    "tasks",
    metadata,
    Column("task_id", String, primary_key=True),
    _doc_fk(),
    Column("parent_id", String),
    Column("level", Integer, nullable=False),
    Column("label", Text, nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("path", String, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("provenance", Text),
)

indicators = Table(
    "indicators",
    metadata,
    Column("indicator_id", String, primary_key=True),
    _doc_fk(),
    Column("table_index", Integer),
    Column("category", Text),
    Column("name", Text, nullable=False),
    Column("parent_name", Text),
    Column("unit", String),
    Column("unit_raw", String),
    Column("symbols", String, nullable=False, default=""),
    Column("stat_source", Text),
    Column("provenance", Text),
)

indicator_values = Table(
    "indicator_values",
    metadata,
    Column("value_id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("indicator_id", String, ForeignKey("indicators.indicator_id", ondelete="CASCADE"), nullable=False),
    Column("region", Text),
    Column("component", Text),
    Column("year", Integer),
    Column("kind", String, nullable=False),
    Column("value", Float),
    Column("value_text", Text, nullable=False),
    Column("qualifier", String),
    Column("provenance", Text),
)

targets = Table(
    "targets",
    metadata,
    Column("target_id", String, primary_key=True),
    _doc_fk(),
    Column("task_id", String),
    Column("year", Integer),
    Column("metric", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String),
    Column("qualifier", String),
    Column("text", Text, nullable=False),
    Column("provenance", Text),
)

responsibilities = Table(
    "responsibilities",
    metadata,
    Column("responsibility_id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("subject_type", String, nullable=False),
    Column("subject_id", String, nullable=False),
    Column("department", Text, nullable=False),
    Column("department_raw", Text, nullable=False),
    Column("role", String, nullable=False),
    Column("jurisdiction", Text),
    Column("provenance", Text),
)

symbol_legends = Table(
    "symbol_legends",
    metadata,
    Column("legend_id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("symbol", String, nullable=False),
    Column("meaning", Text, nullable=False),
    Column("provenance", Text),
)

department_aliases = Table(
    "department_aliases",
    metadata,
    Column("alias_id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("jurisdiction", Text),
    Column("department", Text, nullable=False),
    Column("alias", Text, nullable=False),
    Column("known", Boolean, nullable=False),
)

unplaced = Table(
    "unplaced",
    metadata,
    Column("unplaced_id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("extractor", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("provenance", Text),
)

ingest_log = Table(
    "ingest_log",
    metadata,
    Column("log_id", Integer, primary_key=True, autoincrement=True),
    Column("source_name", String, nullable=False, index=True),
    Column("sha256", String),
    Column("status", String, nullable=False),
    Column("message", Text),
    Column("at", DateTime, nullable=False),
)

RECORD_TABLES = (
    indicator_values,
    responsibilities,
    targets,
    indicators,
    tasks,
    symbol_legends,
    department_aliases,
    unplaced,
)

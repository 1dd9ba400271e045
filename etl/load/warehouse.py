"""Writing parsed documents into the SQL warehouse (SQLite by default).

One transaction per document: its old records are deleted and the new ones
inserted together, so a document is loaded whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, insert, select, text

from etl.load import tables as t
from etl.load.errors import LoadError
from etl.load.views import VIEWS
from schemas.document import Provenance
from schemas.parsed import ParsedDocument, Status


def warehouse_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a path (SQLite) or an URL given as is."""
    target = str(target)
    return target if "://" in target else f"sqlite:///{target}"


def open_warehouse(target: str | Path) -> Engine:
    """Connect to the warehouse, creating its tables and (re)creating its views."""
    engine = create_engine(warehouse_url(target))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    t.metadata.create_all(engine)
    with engine.begin() as conn:
        for name, sql in VIEWS.items():
            conn.execute(text(f"DROP VIEW IF EXISTS {name}"))
            conn.execute(text(f"CREATE VIEW {name} AS {sql}"))
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def stored_sha256(engine: Engine, source_name: str) -> str | None:
    """The hash of the loaded version of a source file, or None if not loaded."""
    with engine.connect() as conn:
        row = conn.execute(
            select(t.documents.c.sha256).where(t.documents.c.source_name == source_name)
        ).first()
    return row[0] if row else None


def source_with_sha256(engine: Engine, sha256: str, other_than: str) -> str | None:
    """The name of a loaded document with these bytes under another file name, if any."""
    with engine.connect() as conn:
        row = conn.execute(
            select(t.documents.c.source_name).where(
                (t.documents.c.sha256 == sha256) & (t.documents.c.source_name != other_than)
            )
        ).first()
    return row[0] if row else None


def log_ingest(engine: Engine, source_name: str, sha256: str | None, status: Status, message: str) -> None:
    """Record the outcome of one file's ingest in ingest_log."""
    with engine.begin() as conn:
        conn.execute(
            insert(t.ingest_log).values(
                source_name=source_name, sha256=sha256, status=status.value, message=message, at=_now()
            )
        )


def load_document(engine: Engine, parsed: ParsedDocument) -> None:
    """Replace the document's records in one transaction (idempotent)."""
    try:
        with engine.begin() as conn:
            _delete_document(conn, parsed)
            for table, rows in _rows(parsed):
                if rows:
                    conn.execute(insert(table), rows)
    except Exception as exc:  # noqa: BLE001 - any database error fails this document only
        raise LoadError(f"{type(exc).__name__}: {exc}") from exc


def _delete_document(conn: Any, parsed: ParsedDocument) -> None:
    old_ids = [
        row[0]
        for row in conn.execute(
            select(t.documents.c.doc_id).where(
                (t.documents.c.source_name == parsed.source_name) | (t.documents.c.doc_id == parsed.doc_id)
            )
        )
    ]
    for doc_id in old_ids:
        for table in t.RECORD_TABLES:
            conn.execute(delete(table).where(table.c.doc_id == doc_id))
        conn.execute(delete(t.documents).where(t.documents.c.doc_id == doc_id))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _prov(provenance: Provenance) -> str:
    return provenance.label()


def _rows(parsed: ParsedDocument) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Rows per table for one parsed document, ids prefixed with the doc_id."""
    doc_id = parsed.doc_id

    def gid(local: str | None) -> str | None:
        return f"{doc_id}:{local}" if local is not None else None

    meta = parsed.meta
    document = {
        "doc_id": doc_id,
        "source_name": parsed.source_name,
        "format": parsed.format.value,
        "sha256": parsed.sha256,
        "encoding": parsed.encoding,
        "pages": parsed.pages,
        "title": meta.title,
        "issuer": meta.issuer,
        "doc_number": meta.doc_number,
        "issue_date": meta.issue_date,
        "jurisdiction": meta.jurisdiction,
        "period_start": meta.period_start,
        "period_end": meta.period_end,
        "warnings": "\n".join(parsed.warnings) or None,
        "ingested_at": _now(),
    }
    tasks = [
        {
            "task_id": gid(task.id),
            "doc_id": doc_id,
            "parent_id": gid(task.parent_id),
            "level": task.level,
            "label": task.label,
            "ordinal": task.ordinal,
            "path": task.path,
            "title": task.title,
            "text": task.text,
            "provenance": _prov(task.provenance),
        }
        for task in parsed.tasks
    ]
    indicators = [
        {
            "indicator_id": gid(ind.id),
            "doc_id": doc_id,
            "table_index": ind.table_index,
            "category": ind.category,
            "name": ind.name,
            "parent_name": ind.parent_name,
            "unit": ind.unit,
            "unit_raw": ind.unit_raw,
            "symbols": ind.symbols,
            "stat_source": ind.stat_source,
            "provenance": _prov(ind.provenance),
        }
        for ind in parsed.indicators
    ]
    values = [
        {
            "doc_id": doc_id,
            "indicator_id": gid(v.indicator_id),
            "region": v.region,
            "component": v.component,
            "year": v.year,
            "kind": v.kind.value,
            "value": v.value,
            "value_text": v.value_text,
            "qualifier": v.qualifier.value if v.qualifier else None,
            "provenance": _prov(v.provenance),
        }
        for v in parsed.values
    ]
    targets = [
        {
            "target_id": gid(g.id),
            "doc_id": doc_id,
            "task_id": gid(g.task_id),
            "year": g.year,
            "metric": g.metric,
            "value": g.value,
            "unit": g.unit,
            "qualifier": g.qualifier.value if g.qualifier else None,
            "text": g.text,
            "provenance": _prov(g.provenance),
        }
        for g in parsed.targets
    ]
    responsibilities = [
        {
            "doc_id": doc_id,
            "subject_type": r.subject_type.value,
            "subject_id": gid(r.subject_id),
            "department": r.department or r.department_raw,
            "department_raw": r.department_raw,
            "role": r.role.value,
            "jurisdiction": r.jurisdiction,
            "provenance": _prov(r.provenance),
        }
        for r in parsed.responsibilities
    ]
    symbols = [
        {"doc_id": doc_id, "symbol": s.symbol, "meaning": s.meaning, "provenance": _prov(s.provenance)}
        for s in parsed.symbols
    ]
    aliases = [
        {
            "doc_id": doc_id,
            "jurisdiction": a.jurisdiction,
            "department": a.department,
            "alias": a.alias,
            "known": a.known,
        }
        for a in parsed.departments
    ]
    unplaced = [
        {
            "doc_id": doc_id,
            "extractor": u.extractor,
            "reason": u.reason,
            "text": u.text,
            "provenance": _prov(u.provenance),
        }
        for u in parsed.unplaced
    ]
    return [
        (t.documents, [document]),
        (t.tasks, tasks),
        (t.indicators, indicators),
        (t.indicator_values, values),
        (t.targets, targets),
        (t.responsibilities, responsibilities),
        (t.symbol_legends, symbols),
        (t.department_aliases, aliases),
        (t.unplaced, unplaced),
    ]

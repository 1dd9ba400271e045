"""Read the research views of a warehouse as records in golden-file shape, one RecordSet per document."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from etl.check.records import RecordSet
from etl.check.sections import DOCUMENT_FIELDS, RECORD_FIELDS
from etl.load.warehouse import warehouse_url

_SECTION_VIEWS = {
    "tasks": "tasks_v",
    "indicators": "indicators_v",
    "values": "indicator_values_v",
    "targets": "targets_v",
    "responsibilities": "responsibilities_v",
    "symbols": "symbols_v",
}


class WarehouseReadError(Exception):
    """The warehouse cannot be opened or lacks the research views."""


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    """Strings stripped and blank strings as None (marker symbols kept as written)."""
    out = {}
    for key, value in row.items():
        if isinstance(value, str):
            value = value.strip()
            if value == "" and key != "symbols":
                value = None
        out[key] = value
    return out


def path_sort_key(path: str | None) -> tuple[int | str, ...]:
    """Natural order of dotted task paths (1.10 after 1.9)."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[.]", path or ""))


def read_warehouse(db: str | Path) -> dict[str, tuple[str, RecordSet]]:
    """Every document of a warehouse: source_name -> (format, its records in golden shape)."""
    if "://" not in str(db) and not Path(db).is_file():
        raise WarehouseReadError(f"warehouse {db} does not exist")
    engine = create_engine(warehouse_url(db))
    try:
        missing = {"documents_v", *_SECTION_VIEWS.values()} - set(inspect(engine).get_view_names())
        if missing:
            raise WarehouseReadError(f"{db} is not a policy-etl warehouse: no view {', '.join(sorted(missing))}")
        with engine.connect() as conn:
            def rows(view: str) -> list[dict[str, Any]]:
                return [_clean(dict(r._mapping)) for r in conn.execute(text(f"SELECT * FROM {view}"))]

            views = {section: rows(view) for section, view in _SECTION_VIEWS.items()}
            documents = rows("documents_v")
    except SQLAlchemyError as error:
        raise WarehouseReadError(f"cannot read warehouse {db}: {error}") from error
    finally:
        engine.dispose()
    return _record_sets(documents, views)


def _record_sets(documents: list[dict[str, Any]], views: dict[str, list[dict[str, Any]]]) -> dict[str, tuple[str, RecordSet]]:
    path_of = {r["task_id"]: r["path"] for r in views["tasks"]}
    by_source: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for section, rows in views.items():
        for row in rows:
            if section == "targets":
                row = {**row, "task_path": path_of.get(row["task_id"]) if row["task_id"] else None}
            record = {name: row.get(name) for name in RECORD_FIELDS[section]}
            if row.get("provenance"):
                record["provenance"] = row["provenance"]
            by_source[row["source_name"]][section].append(record)
    out = {}
    for doc in documents:
        records = by_source.get(doc["source_name"], {})
        tasks = sorted(records.get("tasks", []), key=lambda t: path_sort_key(t["path"]))
        out[doc["source_name"]] = (
            doc["format"],
            RecordSet({name: doc.get(name) for name in DOCUMENT_FIELDS}, {**records, "tasks": tasks}),
        )
    return out

"""The research views of a warehouse as records in golden-file shape, one RecordSet per document."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from etl.check.records import RecordSet
from etl.check.sections import DOCUMENT_FIELDS, RECORD_FIELDS
from etl.load.errors import WarehouseReadError
from etl.load.research_views import read_research_views

__all__ = ["WarehouseReadError", "path_sort_key", "read_warehouse"]

_SECTION_VIEWS = {
    "tasks": "tasks_v",
    "indicators": "indicators_v",
    "values": "indicator_values_v",
    "targets": "targets_v",
    "responsibilities": "responsibilities_v",
    "symbols": "symbols_v",
}


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
    views = read_research_views(db)
    sections = {section: [_clean(r) for r in views[view]] for section, view in _SECTION_VIEWS.items()}
    return _record_sets([_clean(r) for r in views["documents_v"]], sections)


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

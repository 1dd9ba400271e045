"""Small hand-written records in golden-file shape (the genre: 三年行动计划 tasks, targets, departments)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from etl.check.golden import GoldenFile
from etl.check.records import RecordSet
from etl.check.sections import DOCUMENT_FIELDS, SECTIONS

DOCUMENT = {
    "title": "江阴市制造业高质量发展三年行动计划（2022—2024年）",
    "issuer": "江阴市人民政府",
    "doc_number": "澄政发〔2022〕12号",
    "issue_date": "2022-06-14",
    "jurisdiction": "江阴市",
    "period_start": 2022,
    "period_end": 2024,
}


def task(path: str, title: str, label: str | None = None, level: int | None = None) -> dict[str, Any]:
    last = path.rsplit(".", 1)[-1]
    return {"path": path, "label": label if label is not None else f"{last}．",
            "level": level if level is not None else path.count(".") + 1, "title": title}


def indicator(name: str, category: str | None = "产业规模", unit: str | None = "%", parent: str | None = None,
              symbols: str | None = None) -> dict[str, Any]:
    return {"category": category, "indicator": name, "parent_indicator": parent, "unit": unit,
            "symbols": symbols, "stat_source": None}


def value(name: str, year: int, val: float | None, kind: str = "target", region: str | None = None,
          component: str | None = None, value_text: str | None = None, qualifier: str | None = None) -> dict[str, Any]:
    text = value_text if value_text is not None else ("" if val is None else f"{val:g}")
    return {"indicator": name, "region": region, "component": component, "year": year, "kind": kind,
            "value": val, "value_text": text, "qualifier": qualifier}


def target(metric: str, val: float, unit: str | None = "家", year: int | None = 2024, task_path: str | None = "1",
           qualifier: str | None = None) -> dict[str, Any]:
    return {"task_path": task_path, "year": year, "metric": metric, "value": val, "unit": unit,
            "qualifier": qualifier}


def resp(department: str, raw: str, label: str = "3.1.1", text: str = "加强龙头企业培育壮大",
         role: str = "responsible", subject_type: str = "task") -> dict[str, Any]:
    return {"subject_type": subject_type, "subject_label": label, "subject_text": text,
            "department": department, "department_raw": raw, "role": role}


def symbol(sym: str, meaning: str) -> dict[str, Any]:
    return {"symbol": sym, "meaning": meaning}


def record_set(document: dict[str, Any] | None = None, **sections: list[dict[str, Any]]) -> RecordSet:
    doc = dict(DOCUMENT) if document is None else document
    return RecordSet(doc, dict(sections))


def golden_file(stem: str, records: RecordSet | None = None, annotated: list[str] | None = None,
                folder: Path | None = None) -> GoldenFile:
    """A GoldenFile object (written to folder/<stem>.json when a folder is given)."""
    records = records or record_set()
    annotated = list(SECTIONS) if annotated is None else annotated
    path = (folder or Path("/nonexistent")) / f"{stem}.json"
    if folder is not None:
        data = {"source_stem": stem, "annotated": annotated,
                "document": {n: (records.document or {}).get(n) for n in DOCUMENT_FIELDS},
                **{s: records.section(s) for s in SECTIONS[1:]}}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return GoldenFile(stem, path, annotated, records)

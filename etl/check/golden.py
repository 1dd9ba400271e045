"""Golden files: the expected records of one document in the gold format
(../shared/spec/gold-format.md), written one record per line so that a change reads as a
one-line diff."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.check.records import RecordSet
from etl.check.sections import DOCUMENT_FIELDS, RECORD_FIELDS, RECORD_SECTIONS, SECTIONS


class GoldenFileError(Exception):
    """A golden file that cannot be used (unreadable, not JSON, wrong shape)."""


@dataclass
class GoldenFile:
    """The expected records of one document and the sections that are complete (scored)."""

    stem: str
    path: Path
    annotated: list[str]
    expected: RecordSet


def load_golden_file(path: Path) -> GoldenFile:
    """Read one golden file; raise GoldenFileError naming the problem."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldenFileError(f"golden {path.name}: unreadable ({error})") from error
    if not isinstance(data, dict):
        raise GoldenFileError(f"golden {path.name}: not a JSON object")
    stem = data.get("source_stem") or path.stem
    if not isinstance(stem, str):
        raise GoldenFileError(f"golden {path.name}: source_stem is not a string")
    annotated = data.get("annotated", [s for s in SECTIONS if s in data])
    if not isinstance(annotated, list) or any(s not in SECTIONS for s in annotated):
        raise GoldenFileError(f"golden {path.name}: 'annotated' must list sections among {', '.join(SECTIONS)}")
    document = data.get("document") or {}
    if not isinstance(document, dict):
        raise GoldenFileError(f"golden {path.name}: 'document' is not a JSON object")
    records: dict[str, list[dict[str, Any]]] = {}
    for section in RECORD_SECTIONS:
        rows = data.get(section) or []
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise GoldenFileError(f"golden {path.name}: '{section}' is not a list of JSON objects")
        records[section] = rows
    return GoldenFile(stem, path, [s for s in SECTIONS if s in annotated], RecordSet(document, records))


def load_golden_dir(folder: Path) -> tuple[dict[str, GoldenFile], list[str]]:
    """All golden files of a folder (or one file) by source stem, and the problems met on the way."""
    files = [folder] if folder.is_file() else sorted(folder.glob("*.json"))
    golden: dict[str, GoldenFile] = {}
    problems = []
    for path in files:
        try:
            gf = load_golden_file(path)
        except GoldenFileError as error:
            problems.append(f"{error}; skipped")
            continue
        if gf.stem in golden:
            problems.append(f"golden {path.name}: source_stem {gf.stem!r} also in {golden[gf.stem].path.name}; skipped")
            continue
        golden[gf.stem] = gf
    return golden, problems


def _plain(value: Any) -> Any:
    """Integral floats as integers (a REAL column gives 2300.0 for the gold's 2300)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _line(record: dict[str, Any], fields: tuple[str, ...]) -> str:
    return json.dumps({name: _plain(record.get(name)) for name in fields}, ensure_ascii=False)


def dump_golden(stem: str, annotated: list[str], records: RecordSet) -> str:
    """A golden file's text: metadata one field per line, every record on one line of its own."""
    document = records.document or {}
    lines = ["{", f'  "source_stem": {json.dumps(stem)},', f'  "annotated": {json.dumps(annotated)},', '  "document": {']
    lines.append(",\n".join(f"    {json.dumps(n)}: {json.dumps(_plain(document.get(n)), ensure_ascii=False)}" for n in DOCUMENT_FIELDS))
    lines.append("  },")
    for i, section in enumerate(RECORD_SECTIONS):
        rows = records.section(section)
        end = "," if i < len(RECORD_SECTIONS) - 1 else ""
        if not rows:
            lines.append(f'  "{section}": []{end}')
            continue
        lines.append(f'  "{section}": [')
        lines.append(",\n".join(f"    {_line(r, RECORD_FIELDS[section])}" for r in rows))
        lines.append(f"  ]{end}")
    lines.append("}")
    return "\n".join(lines) + "\n"

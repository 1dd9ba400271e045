"""Rewrite golden files from a warehouse's records, returning the diff of each change for review.

An update keeps the reviewed file where nothing changed: a record that pairs with a golden record
and differs at most in tolerated wording stays as it was, in its place; changed records replace
their golden counterparts in place; new records go after their predecessor in document order."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from etl.check.compare import REWORDING_TOLERATED, field_changes
from etl.check.golden import GoldenFile, dump_golden
from etl.check.matching import MATCHERS
from etl.check.records import RecordSet
from etl.check.sections import (
    DOCUMENT_FIELDS,
    RECORD_FIELDS,
    RECORD_SECTIONS,
    SECTIONS,
    ignored_value,
    prepare,
)


@dataclass(frozen=True)
class GoldenUpdate:
    """One golden file written (or created) and the unified diff from its previous text."""

    path: Path
    created: bool
    diff: list[str]


def merge_section(section: str, previous: list[dict[str, Any]], current: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The current records of a section, in the previous file's order and wording where unchanged."""
    current = [{n: r.get(n) for n in RECORD_FIELDS[section]} for r in current]
    if section == "values":
        current = [r for r in current if not ignored_value(prepare(section, r))]
    old = [prepare(section, r) for r in previous]
    new = [prepare(section, r) for r in current]
    partner = {ci: pi for pi, ci in MATCHERS[section](old, new)}
    placed: list[tuple[float, int, dict[str, Any]]] = []
    position = -1.0
    for ci, record in enumerate(current):
        if ci in partner:
            pi = partner[ci]
            position = float(pi)
            unchanged = all((section, c.field) in REWORDING_TOLERATED for c in field_changes(old[pi], new[ci]))
            record = previous[pi] if unchanged else record
        placed.append((position, ci, record))
    return [record for _, _, record in sorted(placed, key=lambda p: (p[0], p[1]))]


def merged_records(current: RecordSet, annotated: list[str], previous: RecordSet | None) -> RecordSet:
    """What an update writes: the annotated sections from the warehouse, merged into the previous
    golden records (see merge_section); sections not annotated as they were."""
    previous = previous or RecordSet({name: None for name in DOCUMENT_FIELDS})
    document = current.document if "document" in annotated else previous.document
    records = {
        section: merge_section(section, previous.section(section), current.section(section))
        if section in annotated else previous.section(section)
        for section in RECORD_SECTIONS
    }
    return RecordSet(document, records)


def update_golden(
    folder: Path, golden: dict[str, GoldenFile], warehouse: dict[str, tuple[str, RecordSet]], from_format: str
) -> list[GoldenUpdate]:
    """Write the golden file of every document ingested in `from_format` whose records changed;
    a document without a golden file gets a new one with every section annotated."""
    ingested = {
        PurePath(name).stem: records for name, (_, records) in warehouse.items()
        if PurePath(name).suffix.lstrip(".").lower() == from_format
    }
    updates = []
    for stem, records in sorted(ingested.items()):
        prefixes = [stem.rsplit(".", k)[0] for k in range(1, stem.count(".") + 1)]
        if any(p in golden or p in ingested for p in prefixes):
            continue  # a variant rendering (<stem>.autonum.docx) of a document that has its own file
        previous = golden.get(stem)
        annotated = previous.annotated if previous else list(SECTIONS)
        target = previous.path if previous else folder / f"{stem}.json"
        old_text = target.read_text(encoding="utf-8") if target.exists() else ""
        merged = merged_records(records, annotated, previous.expected if previous else None)
        new_text = dump_golden(stem, annotated, merged)
        if new_text == old_text:
            continue
        diff = list(difflib.unified_diff(old_text.splitlines(), new_text.splitlines(), str(target),
                                         f"{target} (updated)", lineterm=""))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(new_text, encoding="utf-8")
        updates.append(GoldenUpdate(target, previous is None, diff))
    return updates

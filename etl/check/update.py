"""Rewrite golden files from a warehouse's records, returning the diff of each change for review."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path, PurePath

from etl.check.golden import GoldenFile, dump_golden, golden_records
from etl.check.records import RecordSet
from etl.check.report import golden_stem_for
from etl.check.sections import SECTIONS


@dataclass(frozen=True)
class GoldenUpdate:
    """One golden file written (or created) and the unified diff from its previous text."""

    path: Path
    created: bool
    diff: list[str]


def update_golden(
    folder: Path, golden: dict[str, GoldenFile], warehouse: dict[str, tuple[str, RecordSet]], from_format: str
) -> list[GoldenUpdate]:
    """Write the golden file of every document ingested in `from_format` whose records changed;
    a document without a golden file gets a new one with every section annotated."""
    updates = []
    for source_name, (_, records) in sorted(warehouse.items()):
        path = PurePath(source_name)
        if path.suffix.lstrip(".").lower() != from_format or golden_stem_for(path.stem, golden) not in (None, path.stem):
            continue  # another format, or a variant rendering (<stem>.autonum.docx)
        previous = golden.get(path.stem)
        annotated = previous.annotated if previous else list(SECTIONS)
        target = previous.path if previous else folder / f"{path.stem}.json"
        old_text = target.read_text(encoding="utf-8") if target.exists() else ""
        new_text = dump_golden(path.stem, annotated, golden_records(records, annotated, previous.expected if previous else None))
        if new_text == old_text:
            continue
        diff = list(difflib.unified_diff(old_text.splitlines(), new_text.splitlines(), str(target), f"{target} (updated)", lineterm=""))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(new_text, encoding="utf-8")
        updates.append(GoldenUpdate(target, previous is None, diff))
    return updates

"""The records of one document in golden-file shape, whether read from a golden file or a warehouse."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RecordSet:
    """A document's metadata fields and its records per section (gold-format field names).

    `document` is None when the document is absent (a rendering that was never ingested)."""

    document: dict[str, Any] | None
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def section(self, name: str) -> list[dict[str, Any]]:
        return self.records.get(name, [])

"""The record types a golden file holds: their fields, how a record is normalised, described and
which fields are compared once two records are paired."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from etl.check.textnorm import as_text, code, nnorm, norm, symbol_set, to_int, to_num

SECTIONS: tuple[str, ...] = ("document", "tasks", "indicators", "values", "targets", "responsibilities", "symbols")
RECORD_SECTIONS: tuple[str, ...] = SECTIONS[1:]
DOCUMENT_FIELDS: tuple[str, ...] = (
    "title", "issuer", "doc_number", "issue_date", "jurisdiction", "period_start", "period_end",
)
# Field order of each record type in a golden file (gold-format.md).
RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "tasks": ("path", "label", "level", "title"),
    "indicators": ("category", "indicator", "parent_indicator", "unit", "symbols", "stat_source"),
    "values": ("indicator", "region", "component", "year", "kind", "value", "value_text", "qualifier"),
    "targets": ("task_path", "year", "metric", "value", "unit", "qualifier"),
    "responsibilities": ("subject_type", "subject_label", "subject_text", "department", "department_raw", "role"),
    "symbols": ("symbol", "meaning"),
}
# Qualifiers and empty cells the gold leaves out of `values` (ignored on both sides).
IGNORED_QUALIFIERS = frozenset({"none", "not_decomposed"})
EMPTY_VALUE_TEXTS = frozenset({"-", "--", "/", "", "不分解"})

_NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "level": to_int, "year": to_int, "value": to_num, "symbols": symbol_set,
    "kind": code, "qualifier": code, "role": code, "subject_type": code,
    "title": norm, "indicator": norm, "metric": norm, "subject_text": norm, "meaning": norm,
    "value_text": norm,
}


@dataclass(frozen=True)
class Record:
    """One record of a section: the raw fields as written and their normalised forms."""

    section: str
    raw: dict[str, Any]
    key: dict[str, Any] = field(compare=False)

    def __getitem__(self, name: str) -> Any:
        return self.key[name]


def prepare(section: str, raw: dict[str, Any]) -> Record:
    """Normalise the fields of a raw record for matching."""
    key = {name: _NORMALISERS.get(name, nnorm)(raw.get(name)) for name in RECORD_FIELDS[section]}
    return Record(section, raw, key)


def ignored_value(record: Record) -> bool:
    """True for value cells the gold format leaves out (no number, or not broken down)."""
    return record["qualifier"] in IGNORED_QUALIFIERS or (
        record["value"] is None and record["value_text"] in EMPTY_VALUE_TEXTS
    )


def short(value: Any, width: int = 48) -> str:
    """A value shortened for a one-line description ('∅' for None)."""
    if value is None:
        return "∅"
    text = as_text(value).replace("\n", " ").strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def describe(record: Record) -> str:
    """One line naming a record the way an analyst would look it up."""
    r = record.raw
    s = record.section
    if s == "tasks":
        text = f"{short(r.get('path'), 16)} L{short(r.get('level'))} {short(r.get('label'), 8)} {short(r.get('title'))}"
    elif s == "indicators":
        text = f"{short(r.get('indicator'))} [category {short(r.get('category'), 20)}] unit={short(r.get('unit'), 12)}"
        if r.get("parent_indicator") is not None:
            text += f" parent={short(r.get('parent_indicator'), 20)}"
        if r.get("symbols"):
            text += f" symbols={r.get('symbols')}"
    elif s == "values":
        where = "".join(f" | {k} {short(r.get(k), 16)}" for k in ("region", "component") if r.get(k) is not None)
        text = (f"{short(r.get('indicator'), 36)}{where} | {short(r.get('year'))} {r.get('kind')} = "
                f"{short(r.get('value'))} ({short(r.get('value_text'), 20)})")
        if r.get("qualifier") is not None:
            text += f" q={r.get('qualifier')}"
    elif s == "targets":
        text = (f"{short(r.get('metric'), 36)} = {short(r.get('value'))} {r.get('unit') or ''} | year "
                f"{short(r.get('year'))} | task {short(r.get('task_path'))}")
        if r.get("qualifier") is not None:
            text += f" q={r.get('qualifier')}"
    elif s == "responsibilities":
        text = (f"{r.get('subject_type')} {short(r.get('subject_label'), 20)} 「{short(r.get('subject_text'), 30)}」"
                f" ← {short(r.get('department'), 24)} (raw {short(r.get('department_raw'), 20)}) {r.get('role')}")
    else:
        text = f"{r.get('symbol')} = {short(r.get('meaning'), 60)}"
    provenance = r.get("provenance")
    return f"{text}  @{provenance}" if provenance else text

"""Compare the records of one document with what is expected of it: what is missing, what is
spurious, and which fields differ in records that pair up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from etl.check.matching import MATCHERS
from etl.check.records import RecordSet
from etl.check.sections import (
    DOCUMENT_FIELDS,
    RECORD_FIELDS,
    Record,
    describe,
    ignored_value,
    prepare,
    short,
)
from etl.check.textnorm import norm, num_eq, similarity, text_or_none, to_int

_TITLE_SIM = 0.9
# Fields whose wording the gold format leaves open (a target's metric only has to be alike:
# 累计上市企业 / 上市企业): a different wording is reported as reworded, not as a change.
REWORDING_TOLERATED = frozenset({("targets", "metric")})
# The field whose similarity picks the nearest unmatched record to explain a miss.
_NAME_FIELD = {"tasks": "title", "indicators": "indicator", "values": "indicator", "targets": "metric",
               "responsibilities": "subject_text", "symbols": "meaning"}


@dataclass(frozen=True)
class FieldChange:
    """One field that differs between an expected record and the actual record paired with it."""

    field: str
    expected: Any
    actual: Any

    def __str__(self) -> str:
        return f"{self.field} {short(self.expected, 40)!s} → {short(self.actual, 40)!s}"


@dataclass(frozen=True)
class Changed:
    """An expected record and its actual counterpart, with the fields that differ."""

    expected: str
    actual: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class Missing:
    """An expected record with no counterpart; `nearest` explains the closest unpaired actual record."""

    record: str
    nearest: str | None = None


@dataclass
class SectionComparison:
    """Counts and differences of one section of one document."""

    section: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missing: list[Missing] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    reworded: list[Changed] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        """True when nothing is missing, spurious or changed (rewording aside)."""
        return not (self.missing or self.spurious or self.changed)


def compare_document(
    expected: RecordSet, actual: RecordSet, sections: Iterable[str], tolerate_rewording: bool = True
) -> dict[str, SectionComparison]:
    """Compare every given section of `actual` with `expected`; without tolerate_rewording every
    differing field is a change."""
    results = {}
    for section in sections:
        if section == "document":
            results[section] = compare_metadata(expected.document or {}, actual.document)
        else:
            results[section] = compare_records(
                section, expected.section(section), actual.section(section), tolerate_rewording
            )
    return results


def _metadata_same(name: str, expected: str, actual: str) -> bool:
    if name == "title":
        return similarity(norm(expected), norm(actual)) >= _TITLE_SIM
    if name in ("period_start", "period_end"):
        return to_int(expected) == to_int(actual)
    if name == "jurisdiction":  # 普陀区 = 上海市普陀区: either may carry its parent
        e, a = norm(expected), norm(actual)
        return e == a or e.endswith(a) or a.endswith(e)
    return norm(expected) == norm(actual)


def compare_metadata(expected: dict[str, Any], actual: dict[str, Any] | None) -> SectionComparison:
    """Each metadata field the expectation names is one record (title alike, jurisdiction up to its parent)."""
    result = SectionComparison("document")
    for name in (f for f in DOCUMENT_FIELDS if f in expected):
        e = text_or_none(expected.get(name))
        a = text_or_none(actual.get(name)) if actual is not None else None
        if actual is None:
            result.fn += 1
            result.missing.append(Missing(f"{name}: {short(e, 60)}", "document not in the warehouse"))
        elif e is None and a is None:
            result.tp += 1
        elif e is not None and a is not None and _metadata_same(name, e, a):
            result.tp += 1
            if norm(e) != norm(a):
                result.changed.append(Changed(name, name, (FieldChange(name, e, a),)))
        elif e is None:
            result.fp += 1
            result.spurious.append(f"{name}: {short(a, 60)} (expected none)")
        elif a is None:
            result.fn += 1
            result.missing.append(Missing(f"{name}: {short(e, 60)}", "warehouse: none"))
        else:
            result.fn += 1
            result.fp += 1
            result.changed.append(Changed(name, name, (FieldChange(name, e, a),)))
    return result


def _field_equal(name: str, a: Any, b: Any) -> bool:
    return num_eq(a, b) if name == "value" else bool(a == b)


def field_changes(expected: Record, actual: Record) -> tuple[FieldChange, ...]:
    """Fields (those the expected record states) whose normalised forms differ."""
    return tuple(
        FieldChange(name, expected.raw.get(name), actual.raw.get(name))
        for name in RECORD_FIELDS[expected.section]
        if name in expected.raw and not _field_equal(name, expected[name], actual[name])
    )


def compare_records(
    section: str, expected_raw: list[dict[str, Any]], actual_raw: list[dict[str, Any]], tolerate_rewording: bool = True
) -> SectionComparison:
    """Pair the records of one section one-to-one and list what is left over or differs."""
    expected = [prepare(section, r) for r in expected_raw]
    actual = [prepare(section, r) for r in actual_raw]
    if section == "values":
        expected = [r for r in expected if not ignored_value(r)]
        actual = [r for r in actual if not ignored_value(r)]
    pairs = MATCHERS[section](expected, actual)
    result = SectionComparison(section, tp=len(pairs), fp=len(actual) - len(pairs), fn=len(expected) - len(pairs))
    for ei, ai in pairs:
        changes = field_changes(expected[ei], actual[ai])
        if not changes:
            continue
        pair = Changed(describe(expected[ei]), describe(actual[ai]), changes)
        if tolerate_rewording and all((section, c.field) in REWORDING_TOLERATED for c in changes):
            result.reworded.append(pair)
        else:
            result.changed.append(pair)
    paired_e = {ei for ei, _ in pairs}
    paired_a = {ai for _, ai in pairs}
    unpaired = [a for ai, a in enumerate(actual) if ai not in paired_a]
    for ei, e in enumerate(expected):
        if ei not in paired_e:
            result.missing.append(Missing(describe(e), nearest_unpaired(e, unpaired)))
    result.spurious.extend(describe(a) for a in unpaired)
    return result


def nearest_unpaired(expected: Record, candidates: list[Record]) -> str | None:
    """Describe the unpaired actual record closest to a missing one and how it differs, if any is close."""
    if not candidates:
        return None
    names = [n for n in RECORD_FIELDS[expected.section] if n in expected.raw]
    name_field = _NAME_FIELD[expected.section]

    def closeness(c: Record) -> tuple[float, float]:
        equal = sum(_field_equal(n, expected[n], c[n]) for n in names)
        sim = similarity(expected[name_field], c[name_field]) if expected[name_field] and c[name_field] else 0.0
        return equal + sim, sim

    best = max(candidates, key=closeness)
    score, sim = closeness(best)
    if sim < 0.5 and score - sim < len(names) - 1:
        return None
    changes = field_changes(expected, best)
    return f"nearest: {describe(best)}" + (f" — differs in {'; '.join(map(str, changes))}" if changes else "")

"""Check a warehouse against golden files: pair documents with golden files, compare them,
aggregate precision / recall / F1 per record type and per format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from etl.check.compare import SectionComparison, compare_document
from etl.check.golden import GoldenFile
from etl.check.records import RecordSet
from etl.check.sections import SECTIONS

FORMAT_ORDER = ("txt", "docx", "pdf")
ALL = "all"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 for an empty, correctly empty set)."""
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Counts:
    """Micro-averaged counts of one section over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    documents: int = 0

    def add(self, other: SectionComparison | Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.documents += other.documents if isinstance(other, Counts) else 1

    @property
    def scores(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)


@dataclass
class DocumentCheck:
    """One warehouse document (or absent rendering) compared with its golden file."""

    source_name: str
    format: str
    golden: GoldenFile
    in_warehouse: bool
    sections: dict[str, SectionComparison]

    @property
    def identical(self) -> bool:
        return self.in_warehouse and all(s.identical for s in self.sections.values())

    def differences(self) -> list[str]:
        """Every missing (-), spurious (+) and changed (~) record, one line each, rewording aside."""
        return difference_lines(self.sections)


def difference_lines(sections: dict[str, SectionComparison]) -> list[str]:
    """One line per difference: '<section>: - <record>', '+ <record>' or '~ <record>: <field changes>'."""
    lines: list[str] = []
    for section, result in sections.items():
        lines.extend(f"{section}: - {m.record}" + (f"   ({m.nearest})" if m.nearest else "") for m in result.missing)
        lines.extend(f"{section}: + {s}" for s in result.spurious)
        lines.extend(f"{section}: ~ {c.expected}: {'; '.join(map(str, c.fields))}" for c in result.changed)
    return lines


@dataclass
class CheckReport:
    """Every document checked, and the counts per column (each format, and all pooled)."""

    documents: list[DocumentCheck]
    columns: list[str]
    counts: dict[str, dict[str, Counts]]
    unpaired_golden: dict[str, list[str]] = field(default_factory=dict)
    unpaired_warehouse: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def f1(self, section: str, column: str) -> float | None:
        """F1 of a section ('overall': the mean over scored sections) in a column, None if not scored."""
        if column not in self.counts:
            return None
        if section == "overall":
            f1s = [c.scores[2] for c in self.counts[column].values() if c.documents]
            return sum(f1s) / len(f1s) if f1s else None
        counts = self.counts[column].get(section)
        return counts.scores[2] if counts and counts.documents else None

    @property
    def pooled_column(self) -> str | None:
        return ALL if ALL in self.columns else (self.columns[0] if self.columns else None)


def golden_stem_for(stem: str, golden: dict[str, GoldenFile]) -> str | None:
    """The golden stem of a source: its name without extension, or for a variant rendering
    (<stem>.autonum.docx) the longest dotted prefix that has a golden file."""
    while stem not in golden:
        if "." not in stem:
            return None
        stem = stem.rsplit(".", 1)[0]
    return stem


def _format_key(fmt: str) -> tuple[int, str]:
    return (FORMAT_ORDER.index(fmt), "") if fmt in FORMAT_ORDER else (len(FORMAT_ORDER), fmt)


def run_check(
    golden: dict[str, GoldenFile],
    warehouse: dict[str, tuple[str, RecordSet]],
    missing_as_fn: bool = False,
    only_format: str | None = None,
) -> CheckReport:
    """Compare every warehouse document that has a golden file; with missing_as_fn, a golden
    document without a rendering in a checked format counts as entirely missed."""
    paired: list[tuple[str, str, str]] = []  # (stem, format, source_name)
    unpaired_wh = []
    for source_name, (declared, _) in warehouse.items():
        path = PurePath(source_name)
        fmt = path.suffix.lstrip(".").lower() or (declared or "")
        if only_format and fmt != only_format:
            continue
        stem = golden_stem_for(path.stem if path.suffix else path.name, golden)
        if stem:
            paired.append((stem, fmt, source_name))
        else:
            unpaired_wh.append(source_name)
    formats = sorted({f for _, f, _ in paired} | ({only_format} if only_format else set()), key=_format_key)
    unpaired_golden = {
        f: sorted(set(golden) - {s for s, ff, sn in paired if ff == f and PurePath(sn).stem == s}) for f in formats
    }
    absent = set()
    if missing_as_fn:
        for f in formats:
            for stem in unpaired_golden[f]:
                absent.add(f"{stem}.{f}")
                paired.append((stem, f, f"{stem}.{f}"))
    paired.sort(key=lambda p: (p[0], _format_key(p[1]), p[2]))
    columns = formats + ([ALL] if len(formats) > 1 else [])
    counts = {c: {s: Counts() for s in SECTIONS} for c in columns}
    documents = []
    for stem, fmt, source_name in paired:
        gf = golden[stem]
        actual = RecordSet(None) if source_name in absent else warehouse[source_name][1]
        sections = compare_document(gf.expected, actual, gf.annotated)
        for section, result in sections.items():
            counts[fmt][section].add(result)
            if ALL in counts:
                counts[ALL][section].add(result)
        documents.append(DocumentCheck(source_name, fmt, gf, source_name not in absent, sections))
    return CheckReport(documents, columns, counts, unpaired_golden, sorted(unpaired_wh))

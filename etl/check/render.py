"""A check report as text (the P / R / F1 table, the differences per document) and as JSON."""

from __future__ import annotations

from typing import Any

from etl.check.compare import Changed
from etl.check.report import CheckReport, prf
from etl.check.sections import SECTIONS


def render_scores(report: CheckReport) -> list[str]:
    """The P / R / F1 table: one row per section, one column group per format (and 'all')."""
    if not report.documents:
        return ["nothing to check: no warehouse document pairs with a golden file"]
    lines = [f"{'':<17}" + "".join(f"{c:^20}" for c in report.columns)]
    lines.append(f"{'section':<17}" + "".join(f"{'P':>6}{'R':>6}{'F1':>6}  " for _ in report.columns))
    for section in SECTIONS:
        line = f"{section:<17}"
        for column in report.columns:
            c = report.counts[column][section]
            if c.documents:
                p, r, f1 = c.scores
                line += f"{p:>6.3f}{r:>6.3f}{f1:>6.3f}  "
            else:
                line += f"{'-':>6}{'-':>6}{'-':>6}  "
        lines.append(line)
    overall = "".join(f"{'':>12}{report.f1('overall', c) or 0.0:>6.3f}  " for c in report.columns)
    lines.append(f"{'overall F1':<17}{overall}")
    return [line.rstrip() for line in lines]


def render_differences(report: CheckReport, limit: int = 10, reworded: bool = False) -> list[str]:
    """Per document and section: missing (-), spurious (+), changed (~) and, if asked, reworded (≈)
    records, at most `limit` of each kind."""
    lines: list[str] = []
    for doc in report.documents:
        block = []
        for section, result in doc.sections.items():
            rewordings = result.reworded if reworded else []
            if result.identical and not rewordings:
                continue
            p, r, f1 = prf(result.tp, result.fp, result.fn)
            block.append(f"  {section}: TP {result.tp}  FP {result.fp}  FN {result.fn}  F1 {f1:.3f}")
            for m in result.missing[:limit]:
                block.append(f"    - missing  {m.record}")
                if m.nearest:
                    block.append(f"        {m.nearest}")
            block.extend(f"    + spurious {s}" for s in result.spurious[:limit])
            for mark, kind, pairs in (("~", "changed", result.changed), ("≈", "reworded", rewordings)):
                for c in pairs[:limit]:
                    block.append(f"    {mark} {kind:<8} {c.expected}")
                    block.extend(f"        {change}" for change in c.fields)
            kinds = (("missing", result.missing), ("spurious", result.spurious), ("changed", result.changed),
                     ("reworded", rewordings))
            for kind, items in kinds:
                if len(items) > limit:
                    block.append(f"    … {len(items) - limit} more {kind}")
        if block:
            if not lines:
                legend = "- missing, + spurious, ~ changed (golden → warehouse)" + (", ≈ reworded" if reworded else "")
                lines.extend(["", f"differences: {legend}"])
            where = "" if doc.in_warehouse else "  NOT IN THE WAREHOUSE"
            lines.extend(["", f"== {doc.source_name}  (golden {doc.golden.path.name}){where}", *block])
    return lines


def _changed_json(pairs: list[Changed]) -> list[dict[str, Any]]:
    return [{"expected": c.expected, "actual": c.actual,
             "fields": [{"field": f.field, "expected": f.expected, "actual": f.actual} for f in c.fields]}
            for c in pairs]


def report_to_json(report: CheckReport) -> dict[str, Any]:
    """The whole report as JSON-ready data: counts and F1 per section and column, and every
    document's differences."""
    sections = {
        section: {
            column: dict(zip(("precision", "recall", "f1"), c.scores, strict=True))
            | {"tp": c.tp, "fp": c.fp, "fn": c.fn, "documents": c.documents}
            for column in report.columns if (c := report.counts[column][section]).documents
        }
        for section in SECTIONS
    }
    documents = [
        {"source_name": d.source_name, "format": d.format, "golden_file": d.golden.path.name,
         "in_warehouse": d.in_warehouse,
         "sections": {s: {"tp": r.tp, "fp": r.fp, "fn": r.fn, "f1": prf(r.tp, r.fp, r.fn)[2],
                          "missing": [{"record": m.record, "nearest": m.nearest} for m in r.missing],
                          "spurious": r.spurious, "changed": _changed_json(r.changed),
                          "reworded": _changed_json(r.reworded)}
                      for s, r in d.sections.items()}}
        for d in report.documents
    ]
    return {"columns": report.columns, "sections": sections,
            "overall": {c: report.f1("overall", c) for c in report.columns},
            "unpaired_golden": report.unpaired_golden, "unpaired_warehouse": report.unpaired_warehouse,
            "documents": documents}

#!/usr/bin/env python3
# Vendored copy of the annotation team's fidelity scorer (shared/eval/score.py), unchanged
# apart from this note. Do not edit here: update it by copying the new version.
"""Score a warehouse's research views against hand-made gold annotations.

Usage:
  python score.py --db WAREHOUSE.sqlite --gold GOLD_DIR [--format txt|docx|pdf|all]
                  [--json OUT.json] [--min-f1 SECTION=0.9 ...] [--verbose]

Reads documents_v, tasks_v, indicators_v, indicator_values_v, targets_v,
responsibilities_v and symbols_v, pairs every warehouse document with the gold
file whose source_stem equals its source_name without extension, matches records
one-to-one (greedy, best first) and prints precision / recall / F1 per section and
per format. The last line is "overall F1 <x.xxx>" (macro mean over sections of the
micro-averaged F1s). Exit status: 0, or 1 when a --min-f1 threshold fails,
2 on a usage error (unreadable database, no gold files).

Standard library only (Python 3.11+). Matching rules: see README.md.
"""
from __future__ import annotations

import argparse
import difflib
import json
import math
import os
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from functools import cache, lru_cache
from pathlib import Path

SECTIONS = ("document", "tasks", "indicators", "values", "targets", "responsibilities", "symbols")

# The research views and their contract columns (warehouse-views.md).
VIEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents_v": ("doc_id", "source_name", "format", "title", "issuer", "doc_number",
                    "issue_date", "jurisdiction", "period_start", "period_end"),
    "tasks_v": ("task_id", "parent_id", "source_name", "level", "label", "ordinal", "path",
                "title", "text"),
    "indicators_v": ("indicator_id", "source_name", "category", "indicator", "parent_indicator",
                     "unit", "unit_raw", "symbols", "stat_source"),
    "indicator_values_v": ("indicator_id", "source_name", "indicator", "unit", "region",
                           "component", "year", "kind", "value", "value_text", "qualifier"),
    "targets_v": ("target_id", "source_name", "task_id", "year", "metric", "value", "unit",
                  "qualifier", "text"),
    "responsibilities_v": ("source_name", "subject_type", "subject_id", "subject_label",
                           "subject_text", "department", "department_raw", "role",
                           "jurisdiction"),
    "symbols_v": ("source_name", "symbol", "meaning"),
}
SECTION_VIEW = {
    "document": "documents_v",
    "tasks": "tasks_v",
    "indicators": "indicators_v",
    "values": "indicator_values_v",
    "targets": "targets_v",
    "responsibilities": "responsibilities_v",
    "symbols": "symbols_v",
}
DOC_FIELDS = ("title", "issuer", "doc_number", "issue_date", "jurisdiction",
              "period_start", "period_end")
FORMAT_ORDER = ("txt", "docx", "pdf")

# Matching thresholds.
TITLE_SIM = 0.9            # document title
TASK_SIM = 0.8             # task title when paths are equal
TASK_FALLBACK_SIM = 0.9    # task title when paths differ (levels must be equal)
NAME_SIM = 0.85            # indicator names
NAME_CONTAIN_MIN = 4       # containment counts when the shorter name has >= 4 chars
METRIC_SIM = 0.5           # target metrics
METRIC_CONTAIN_MIN = 2     # containment counts when the shorter metric has >= 2 chars
RESP_TASK_SIM = 0.8        # responsibility subject text for tasks
SYMBOL_SIM = 0.8           # symbol meaning
REL_TOL = 1e-6             # numbers
IGNORED_QUALIFIERS = {"none", "not_decomposed"}
EMPTY_VALUE_TEXTS = {"-", "--", "/", "", "不分解"}

# --------------------------------------------------------------------------------------
# Normalisation and similarity
# --------------------------------------------------------------------------------------
_TRANSLATE = {ord(c): None for c in "“”‘’「」『』\"'\u200b\u200c\u200d\u2060\ufeff\u00ad"}
_TRANSLATE.update({ord(c): "-" for c in "—–－‐‑‒―−﹘﹣"})
_TRANSLATE.update({ord("（"): "(", ord("）"): ")"})
_WHITESPACE = re.compile(r"\s+")
_TRAILING = "。；;，,"


@cache
def _norm_str(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = _WHITESPACE.sub("", s)
    s = s.translate(_TRANSLATE)
    return s.rstrip(_TRAILING)


def norm(x) -> str:
    """NFKC, no whitespace, no quotes, one dash '-', ASCII brackets, no trailing 。；;，,."""
    if x is None:
        return ""
    return _norm_str(as_text(x))


def nnorm(x) -> str | None:
    """norm() that keeps "absent" apart: None (or a string that normalises to '') -> None."""
    s = norm(x)
    return s or None


def as_text(x) -> str:
    if isinstance(x, bool):
        return str(int(x))
    if isinstance(x, float) and math.isfinite(x) and x == int(x):
        return str(int(x))
    return str(x)


def text_or_none(x) -> str | None:
    if x is None:
        return None
    s = as_text(x).strip()
    return s or None


@lru_cache(maxsize=500_000)
def sim(a: str, b: str) -> float:
    """difflib ratio of two already-normalised strings."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def sim_at_least(a: str, b: str, threshold: float) -> float:
    """sim(a, b) if it can reach threshold, else 0.0 (cheap upper bounds first)."""
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb or 2.0 * min(la, lb) / (la + lb) < threshold:
        return 0.0
    s = sim(a, b)
    return s if s >= threshold else 0.0


def contains(a: str, b: str, min_len: int) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= min_len and short in long_


def name_match(a: str, b: str) -> float:
    """Indicator-name rule on normalised names: similarity >= 0.85, or one name contains the
    other and the shorter has >= 4 characters. Returns the similarity (> 0) on a match, else 0."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if contains(a, b, NAME_CONTAIN_MIN):
        return max(sim(a, b), 1e-3)
    return sim_at_least(a, b, NAME_SIM)


def metric_match(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if contains(a, b, METRIC_CONTAIN_MIN):
        return max(sim(a, b), 1e-3)
    return sim_at_least(a, b, METRIC_SIM)


def to_num(x) -> float | None:
    if x is None:
        return None
    if isinstance(x, bool):
        return float(x)
    if isinstance(x, (int, float)):
        v = float(x)
        return v if math.isfinite(v) else None
    s = norm(x).replace(",", "")
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def num_eq(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def to_int(x):
    """Integer years / levels; a value that is not a plain integer is kept as its text so that
    it can only equal itself."""
    if x is None:
        return None
    if isinstance(x, bool):
        return int(x)
    if isinstance(x, int):
        return x
    if isinstance(x, float):
        return int(x) if math.isfinite(x) and x == int(x) else x
    s = norm(x)
    if not s:
        return None
    if re.fullmatch(r"-?\d+(\.0+)?", s):
        return int(float(s))
    return s


def code(x) -> str | None:
    """Enumerated values (kind, role, qualifier, subject_type): normalised, lower case."""
    s = nnorm(x)
    return s.lower() if s else None


def symbol_set(x) -> frozenset:
    """Marker symbols compared as a set of characters (NFKC, whitespace ignored)."""
    if x is None:
        return frozenset()
    return frozenset(c for c in unicodedata.normalize("NFKC", as_text(x)) if not c.isspace())


def short(x, width: int = 48) -> str:
    if x is None:
        return "∅"
    s = as_text(x).replace("\n", " ").strip()
    return s if len(s) <= width else s[: width - 1] + "…"


def fmt_num(x) -> str:
    if x is None:
        return "∅"
    if isinstance(x, float) and math.isfinite(x) and x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return str(x)


# --------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------
COUNT_EXTRAS = {"path mismatch (title+level fallback)"}


class Result:
    """Outcome of one section of one document."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.missed: list[dict] = []      # {"record": str, "hint": str | None}
        self.spurious: list[str] = []
        self.extras: dict[str, list[int]] = {}  # name -> [hits, total]
        self.notes: list[str] = []
        self.error: str | None = None

    def extra(self, name: str, hit: bool, total: int = 1) -> None:
        e = self.extras.setdefault(name, [0, 0])
        e[0] += int(bool(hit))
        e[1] += total


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Agg:
    """Micro-average of one section over documents."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.docs = 0
        self.error = False
        self.extras: dict[str, list[int]] = {}

    def add(self, res: Result) -> None:
        self.tp += res.tp
        self.fp += res.fp
        self.fn += res.fn
        self.docs += 1
        self.error = self.error or res.error is not None
        for k, (h, t) in res.extras.items():
            e = self.extras.setdefault(k, [0, 0])
            e[0] += h
            e[1] += t

    def merge(self, other: Agg) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.docs += other.docs
        self.error = self.error or other.error
        for k, (h, t) in other.extras.items():
            e = self.extras.setdefault(k, [0, 0])
            e[0] += h
            e[1] += t

    def scores(self) -> tuple[float, float, float]:
        if self.error:
            return 0.0, 0.0, 0.0
        return prf(self.tp, self.fp, self.fn)


def greedy(pairs: list[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """One-to-one greedy matching: pairs are (key, gold_index, warehouse_index), best key first."""
    pairs.sort(key=lambda p: (tuple(-k for k in p[0]), p[1], p[2]))
    used_g: set[int] = set()
    used_w: set[int] = set()
    out = []
    for _, gi, wi in pairs:
        if gi in used_g or wi in used_w:
            continue
        used_g.add(gi)
        used_w.add(wi)
        out.append((gi, wi))
    return out


# --------------------------------------------------------------------------------------
# Per-section record preparation, description and "nearest miss" hints
# --------------------------------------------------------------------------------------
def prep_task(r: dict) -> dict:
    return {"path": nnorm(r.get("path")), "level": to_int(r.get("level")),
            "title": norm(r.get("title")), "label": nnorm(r.get("label")), "raw": r}


def desc_task(t: dict) -> str:
    r = t["raw"]
    return (f"{short(r.get('path'), 16)}  L{fmt_num(r.get('level'))}  {short(r.get('label'), 8)}"
            f"  {short(r.get('title'))}")


def prep_indicator(r: dict) -> dict:
    return {"name": norm(r.get("indicator")), "cat": nnorm(r.get("category")),
            "parent": nnorm(r.get("parent_indicator")), "unit": nnorm(r.get("unit")),
            "symbols": symbol_set(r.get("symbols")), "stat": nnorm(r.get("stat_source")), "raw": r}


def desc_indicator(i: dict) -> str:
    r = i["raw"]
    s = short(r.get("indicator"))
    if r.get("category") is not None:
        s += f"  [category {short(r.get('category'), 20)}]"
    if r.get("parent_indicator") is not None:
        s += f"  [parent {short(r.get('parent_indicator'), 20)}]"
    s += f"  unit={short(r.get('unit'), 12)}"
    if r.get("symbols"):
        s += f"  symbols={r.get('symbols')}"
    if r.get("stat_source") is not None:
        s += f"  source={short(r.get('stat_source'), 12)}"
    return s


def prep_value(r: dict) -> dict:
    return {"name": norm(r.get("indicator")), "region": nnorm(r.get("region")),
            "comp": nnorm(r.get("component")), "year": to_int(r.get("year")),
            "kind": code(r.get("kind")), "value": to_num(r.get("value")),
            "vtext": norm(r.get("value_text")), "qual": code(r.get("qualifier")), "raw": r}


def value_ignored(v: dict) -> bool:
    return v["qual"] in IGNORED_QUALIFIERS or (v["value"] is None and v["vtext"] in EMPTY_VALUE_TEXTS)


def desc_value(v: dict) -> str:
    r = v["raw"]
    s = short(r.get("indicator"), 36)
    if r.get("region") is not None:
        s += f" | region {short(r.get('region'), 16)}"
    if r.get("component") is not None:
        s += f" | component {short(r.get('component'), 16)}"
    s += f" | {fmt_num(r.get('year'))} {r.get('kind')} = {fmt_num(r.get('value'))}"
    s += f" ({short(r.get('value_text'), 20)!s})"
    if r.get("qualifier") is not None:
        s += f" q={r.get('qualifier')}"
    return s


def prep_target(r: dict, path: str | None) -> dict:
    return {"metric": norm(r.get("metric")), "value": to_num(r.get("value")),
            "unit": nnorm(r.get("unit")), "year": to_int(r.get("year")), "path": path,
            "qual": code(r.get("qualifier")), "raw": r}


def desc_target(t: dict) -> str:
    r = t["raw"]
    return (f"{short(r.get('metric'), 36)} = {fmt_num(r.get('value'))} {r.get('unit') or ''}"
            f" | year {fmt_num(r.get('year'))} | task {t['path'] or '∅'}"
            + (f" | q={r.get('qualifier')}" if r.get("qualifier") is not None else ""))


def prep_resp(r: dict) -> dict:
    return {"stype": code(r.get("subject_type")), "label": nnorm(r.get("subject_label")),
            "text": norm(r.get("subject_text")), "dept": nnorm(r.get("department")),
            "draw": nnorm(r.get("department_raw")), "role": code(r.get("role")), "raw": r}


def desc_resp(x: dict) -> str:
    r = x["raw"]
    return (f"{r.get('subject_type')} {short(r.get('subject_label'), 20)} "
            f"「{short(r.get('subject_text'), 30)}」 ← {short(r.get('department'), 24)}"
            f" (raw {short(r.get('department_raw'), 20)}) {r.get('role')}")


def prep_symbol(r: dict) -> dict:
    return {"symbol": nnorm(r.get("symbol")), "meaning": norm(r.get("meaning")), "raw": r}


def desc_symbol(x: dict) -> str:
    r = x["raw"]
    return f"{r.get('symbol')} = {short(r.get('meaning'), 60)}"


# (section) -> (name key for similarity, [(label, key)]) used to explain a missed record
DIFF_FIELDS = {
    "tasks": ("title", [("path", "path"), ("level", "level"), ("title", "title")]),
    "indicators": ("name", [("name", "name"), ("category", "cat"), ("parent", "parent"),
                            ("unit", "unit"), ("symbols", "symbols")]),
    "values": ("name", [("indicator", "name"), ("region", "region"), ("component", "comp"),
                        ("year", "year"), ("kind", "kind"), ("value", "value"),
                        ("value_text", "vtext")]),
    "targets": ("metric", [("metric", "metric"), ("value", "value"), ("unit", "unit"),
                           ("year", "year"), ("task", "path")]),
    "responsibilities": ("text", [("type", "stype"), ("label", "label"), ("subject", "text"),
                                  ("department", "dept"), ("department_raw", "draw"),
                                  ("role", "role")]),
    "symbols": ("meaning", [("symbol", "symbol"), ("meaning", "meaning")]),
}


def _field_eq(key: str, a, b) -> bool:
    if key == "value":
        return num_eq(a, b)
    return a == b


def nearest_hint(section: str, g: dict, candidates: list[dict], describe) -> str | None:
    """Describe the unmatched warehouse record closest to a missed gold record, and how it differs."""
    if not candidates:
        return None
    name_key, fields = DIFF_FIELDS[section]
    best_key, w, eq, s = None, None, 0, 0.0
    for cand in candidates:
        c_eq = sum(_field_eq(k, g[k], cand[k]) for _, k in fields)
        c_s = sim(g[name_key], cand[name_key]) if g[name_key] and cand[name_key] else 0.0
        if best_key is None or (c_eq + c_s, c_s) > best_key:
            best_key, w, eq, s = (c_eq + c_s, c_s), cand, c_eq, c_s
    if s < 0.5 and eq < len(fields) - 1:
        return None
    diffs = []
    for label, k in fields:
        if not _field_eq(k, g[k], w[k]):
            if k == name_key:
                diffs.append(f"{label} (similarity {s:.2f})")
            elif k == "symbols":
                diffs.append(f"{label} {''.join(sorted(g[k])) or '∅'}≠{''.join(sorted(w[k])) or '∅'}")
            else:
                diffs.append(f"{label} {fmt_num(g[k]) if g[k] is not None else '∅'}"
                             f"≠{fmt_num(w[k]) if w[k] is not None else '∅'}")
    return f"nearest spurious: {describe(w)}" + (f"  — differs in {', '.join(diffs)}" if diffs else "")


def finish(section: str, res: Result, G: list[dict], W: list[dict], matches, describe,
           hints: int) -> None:
    mg = {gi for gi, _ in matches}
    mw = {wi for _, wi in matches}
    res.tp += len(matches)
    res.fn += len(G) - len(mg)
    res.fp += len(W) - len(mw)
    unmatched_w = [w for i, w in enumerate(W) if i not in mw]
    for i, g in enumerate(G):
        if i in mg:
            continue
        hint = nearest_hint(section, g, unmatched_w, describe) if len(res.missed) < hints else None
        res.missed.append({"record": describe(g), "hint": hint})
    res.spurious.extend(describe(w) for w in unmatched_w)


# --------------------------------------------------------------------------------------
# Section scorers: (gold records, warehouse rows of the same document, context) -> Result
# --------------------------------------------------------------------------------------
def score_document(gold: dict, rows: list[dict], ctx: dict) -> Result:
    res = Result()
    fields = [f for f in DOC_FIELDS if f in gold]
    if not rows:
        for f in fields:
            res.fn += 1
            res.missed.append({"record": f"{f}: {short(gold.get(f), 60)}", "hint": "no documents_v row"})
            res.extra(f"field {f} correct", False)
        return res
    w = rows[0]
    if len(rows) > 1:
        res.notes.append(f"documents_v has {len(rows)} rows for this document; extra rows count as spurious")
        for extra in rows[1:]:
            for f in fields:
                if text_or_none(extra.get(f)) is not None:
                    res.fp += 1
                    res.spurious.append(f"{f}: {short(extra.get(f), 60)} (duplicate row)")
    for f in fields:
        g, v = text_or_none(gold.get(f)), text_or_none(w.get(f))
        if g is not None and v is not None:
            if f == "title":
                same = sim(norm(g), norm(v)) >= TITLE_SIM
            elif f in ("period_start", "period_end"):
                same = to_int(g) == to_int(v)
            elif f == "jurisdiction":  # 普陀区 = 上海市普陀区: either may carry its parent
                a, b = norm(g), norm(v)
                same = a == b or a.endswith(b) or b.endswith(a)
            else:
                same = norm(g) == norm(v)
        else:
            same = g is None and v is None
        res.extra(f"field {f} correct", same)
        if same:
            res.tp += 1
        elif g is None:
            res.fp += 1
            res.spurious.append(f"{f}: {short(v, 60)} (gold: null)")
        elif v is None:
            res.fn += 1
            res.missed.append({"record": f"{f}: {short(g, 60)}", "hint": "warehouse: null"})
        else:
            res.fn += 1
            res.fp += 1
            res.missed.append({"record": f"{f}: {short(g, 60)}", "hint": f"warehouse: {short(v, 60)}"})
            res.spurious.append(f"{f}: {short(v, 60)} (gold: {short(g, 40)})")
    return res


def score_tasks(gold: list[dict], rows: list[dict], ctx: dict) -> Result:
    res = Result()
    G = [prep_task(r) for r in gold]
    W = [prep_task(r) for r in rows]
    by_path = defaultdict(list)
    for wi, w in enumerate(W):
        by_path[w["path"]].append(wi)
    pairs = []
    for gi, g in enumerate(G):
        for wi in by_path.get(g["path"], ()):
            s = sim_at_least(g["title"], W[wi]["title"], TASK_SIM)
            if s:
                pairs.append(((s,), gi, wi))
    m1 = greedy(pairs)
    used_g = {gi for gi, _ in m1}
    used_w = {wi for _, wi in m1}
    by_level = defaultdict(list)
    for wi, w in enumerate(W):
        if wi not in used_w:
            by_level[w["level"]].append(wi)
    pairs = []
    for gi, g in enumerate(G):
        if gi in used_g:
            continue
        for wi in by_level.get(g["level"], ()):
            s = sim_at_least(g["title"], W[wi]["title"], TASK_FALLBACK_SIM)
            if s:
                pairs.append(((s,), gi, wi))
    m2 = greedy(pairs)
    for gi, wi in m1 + m2:
        res.extra("label equal", G[gi]["label"] == W[wi]["label"])
    for gi, wi in m1:
        res.extra("level equal", G[gi]["level"] == W[wi]["level"])
    for gi, wi in m2:
        res.notes.append(f"path mismatch: gold {G[gi]['path']} ↔ warehouse {W[wi]['path']}  "
                         f"{short(G[gi]['raw'].get('title'), 40)}")
    res.extras["path mismatch (title+level fallback)"] = [len(m2), len(m1) + len(m2)]
    # warehouse self-consistency: parent_id must point at the task whose path is the prefix
    path_of = {r.get("task_id"): nnorm(r.get("path")) for r in rows}
    for r in rows:
        p = nnorm(r.get("path")) or ""
        expected = p.rsplit(".", 1)[0] if "." in p else None
        pid = r.get("parent_id")
        actual = None if pid is None else path_of.get(pid, "?")
        res.extra("parent_id consistent with path (warehouse)", actual == expected)
    finish("tasks", res, G, W, m1 + m2, desc_task, ctx["hints"])
    return res


def score_indicators(gold: list[dict], rows: list[dict], ctx: dict) -> Result:
    res = Result()
    G = [prep_indicator(r) for r in gold]
    W = [prep_indicator(r) for r in rows]
    pairs = []
    for gi, g in enumerate(G):
        for wi, w in enumerate(W):
            s = name_match(g["name"], w["name"])
            if s:
                pref = (g["cat"] == w["cat"]) + (g["parent"] == w["parent"])
                pairs.append(((g["name"] == w["name"], pref, s), gi, wi))
    matches = greedy(pairs)
    for gi, wi in matches:
        g, w = G[gi], W[wi]
        res.extra("unit accuracy", g["unit"] == w["unit"])
        res.extra("symbols accuracy", g["symbols"] == w["symbols"])
        res.extra("category accuracy", g["cat"] == w["cat"])
        res.extra("parent_indicator accuracy", g["parent"] == w["parent"])
        if "stat_source" in g["raw"]:
            res.extra("stat_source accuracy", g["stat"] == w["stat"])
    finish("indicators", res, G, W, matches, desc_indicator, ctx["hints"])
    return res


def score_values(gold: list[dict], rows: list[dict], ctx: dict) -> Result:
    res = Result()
    G = [v for v in (prep_value(r) for r in gold) if not value_ignored(v)]
    W = [v for v in (prep_value(r) for r in rows) if not value_ignored(v)]
    groups = defaultdict(list)
    for wi, w in enumerate(W):
        groups[(w["region"], w["comp"], w["year"], w["kind"])].append(wi)
    pairs = []
    for gi, g in enumerate(G):
        for wi in groups.get((g["region"], g["comp"], g["year"], g["kind"]), ()):
            w = W[wi]
            if g["value"] is None or w["value"] is None:
                if not (g["value"] is None and w["value"] is None and g["vtext"] == w["vtext"]):
                    continue
            elif not num_eq(g["value"], w["value"]):
                continue
            s = name_match(g["name"], w["name"])
            if s:
                pairs.append(((g["name"] == w["name"], s), gi, wi))
    matches = greedy(pairs)
    for gi, wi in matches:
        res.extra("qualifier accuracy", G[gi]["qual"] == W[wi]["qual"])
    finish("values", res, G, W, matches, desc_value, ctx["hints"])
    return res


def score_targets(gold: list[dict], rows: list[dict], ctx: dict) -> Result:
    res = Result()
    task_paths = ctx.get("task_paths")  # task_id -> path for this document, or None
    G = [prep_target(r, nnorm(r.get("task_path"))) for r in gold]
    W = []
    for r in rows:
        tid = r.get("task_id")
        if tid is None:
            path = None
        elif task_paths is None:
            path = "?"
        else:
            path = task_paths.get(tid, "?")
        W.append(prep_target(r, path))
    pairs = []
    for gi, g in enumerate(G):
        for wi, w in enumerate(W):
            if not num_eq(g["value"], w["value"]) or g["unit"] != w["unit"]:
                continue
            s = metric_match(g["metric"], w["metric"])
            if s:
                pref = (g["year"] == w["year"]) + (task_paths is not None and g["path"] == w["path"])
                pairs.append(((pref, s), gi, wi))
    matches = greedy(pairs)
    for gi, wi in matches:
        g, w = G[gi], W[wi]
        res.extra("year accuracy", g["year"] == w["year"])
        if task_paths is not None:
            res.extra("task attachment accuracy", g["path"] == w["path"])
        res.extra("qualifier accuracy", g["qual"] == w["qual"])
    finish("targets", res, G, W, matches, desc_target, ctx["hints"])
    return res


def _subject_match(g: dict, w: dict) -> float:
    """> 0 when the subjects of two responsibility records agree (same subject_type assumed)."""
    if g["stype"] == "task" or g["stype"] not in ("indicator", "target"):
        s = sim_at_least(g["text"], w["text"], RESP_TASK_SIM)
        if g["label"] is not None and g["label"] == w["label"]:
            return max(s, 1e-3) + 1.0  # label equality ranks first
        return s
    best = 0.0
    for a in (g["text"], norm(g["raw"].get("subject_label"))):
        for b in (w["text"], norm(w["raw"].get("subject_label"))):
            best = max(best, name_match(a, b))
    return best


def _match_resp(G, W, dept_key: str):
    pairs = []
    by_key = defaultdict(list)
    for wi, w in enumerate(W):
        by_key[(w["stype"], w["role"], w[dept_key])].append(wi)
    for gi, g in enumerate(G):
        for wi in by_key.get((g["stype"], g["role"], g[dept_key]), ()):
            s = _subject_match(g, W[wi])
            if s:
                pairs.append(((s,), gi, wi))
    return greedy(pairs)


def score_responsibilities(gold: list[dict], rows: list[dict], ctx: dict) -> Result:
    res = Result()
    G = [prep_resp(r) for r in gold]
    W = [prep_resp(r) for r in rows]
    matches = _match_resp(G, W, "dept")
    # department normalisation: pairs agreeing on subject, role and the raw department
    G_raw = [g for g in G if g["draw"] is not None]
    for gi, wi in _match_resp(G_raw, W, "draw"):
        res.extra("department name accuracy", G_raw[gi]["dept"] == W[wi]["dept"])
    finish("responsibilities", res, G, W, matches, desc_resp, ctx["hints"])
    return res


def score_symbols(gold: list[dict], rows: list[dict], ctx: dict) -> Result:
    res = Result()
    G = [prep_symbol(r) for r in gold]
    W = [prep_symbol(r) for r in rows]
    pairs = []
    for gi, g in enumerate(G):
        for wi, w in enumerate(W):
            if g["symbol"] != w["symbol"]:
                continue
            s = sim_at_least(g["meaning"], w["meaning"], SYMBOL_SIM)
            if s:
                pairs.append(((s,), gi, wi))
    matches = greedy(pairs)
    finish("symbols", res, G, W, matches, desc_symbol, ctx["hints"])
    return res


SCORERS = {
    "document": score_document,
    "tasks": score_tasks,
    "indicators": score_indicators,
    "values": score_values,
    "targets": score_targets,
    "responsibilities": score_responsibilities,
    "symbols": score_symbols,
}


def gold_size(section: str, gold_section) -> int:
    if section == "document":
        return len([f for f in DOC_FIELDS if f in (gold_section or {})])
    if section == "values":
        return sum(1 for r in gold_section if not value_ignored(prep_value(r)))
    return len(gold_section)


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------
class GoldDoc:
    def __init__(self, stem: str, path: Path, data: dict, annotated: list[str]) -> None:
        self.stem = stem
        self.path = path
        self.data = data
        self.annotated = annotated

    def section(self, name: str):
        if name == "document":
            d = self.data.get("document")
            return d if isinstance(d, dict) else {}
        recs = self.data.get(name)
        return [r for r in recs if isinstance(r, dict)] if isinstance(recs, list) else []


def load_gold(gold_path: Path, warnings: list[str]) -> dict[str, GoldDoc]:
    files = [gold_path] if gold_path.is_file() else sorted(gold_path.glob("*.json"))
    golds: dict[str, GoldDoc] = {}
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            warnings.append(f"gold {f.name}: unreadable ({e}); skipped")
            continue
        if not isinstance(data, dict):
            warnings.append(f"gold {f.name}: not a JSON object; skipped")
            continue
        stem = data.get("source_stem") or f.stem
        if not isinstance(stem, str):
            warnings.append(f"gold {f.name}: source_stem is not a string; skipped")
            continue
        if stem != f.stem:
            warnings.append(f"gold {f.name}: source_stem {stem!r} differs from the file name")
        if stem in golds:
            warnings.append(f"gold {f.name}: duplicate source_stem {stem!r} (also in "
                            f"{golds[stem].path.name}); skipped")
            continue
        annotated = data.get("annotated")
        if not isinstance(annotated, list):
            annotated = [s for s in SECTIONS if s in data]
            warnings.append(f"gold {f.name}: no 'annotated' list; scoring the sections present: "
                            f"{', '.join(annotated) or 'none'}")
        unknown = [s for s in annotated if s not in SECTIONS]
        if unknown:
            warnings.append(f"gold {f.name}: unknown sections in 'annotated' ignored: {unknown}")
        annotated = [s for s in SECTIONS if s in annotated]
        for s in annotated:
            want = dict if s == "document" else list
            if not isinstance(data.get(s), want):
                warnings.append(f"gold {f.name}: section {s!r} is annotated but not a "
                                f"{'JSON object' if want is dict else 'list'}; treated as empty")
            elif want is list and any(not isinstance(r, dict) for r in data[s]):
                warnings.append(f"gold {f.name}: section {s!r} has non-object entries; ignored")
        golds[stem] = GoldDoc(stem, f, data, annotated)
    return golds


class View:
    def __init__(self, name: str) -> None:
        self.name = name
        self.error: str | None = None
        self.rows_by_source: dict[str, list[dict]] = defaultdict(list)
        self.warnings: list[str] = []


def load_view(con: sqlite3.Connection, name: str) -> View:
    view = View(name)
    want = VIEW_COLUMNS[name]
    try:
        found = con.execute("SELECT name FROM sqlite_master WHERE type IN ('view', 'table') "
                            "AND lower(name) = lower(?)", (name,)).fetchone()
    except sqlite3.Error as e:
        view.error = f"cannot read the schema: {e}"
        return view
    if not found:
        view.error = f"view {name} is missing"
        return view
    try:
        cur = con.execute(f'SELECT * FROM "{found[0]}"')
        cols = [d[0].lower() for d in cur.description]
        missing = [c for c in want if c not in cols]
        if missing:
            view.error = f"view {name} lacks column(s) {', '.join(missing)}"
            return view
        if tuple(cols[: len(want)]) != want:
            view.warnings.append(f"view {name}: contract columns are not first and in contract "
                                 f"order (got {', '.join(cols)})")
        no_source = 0
        for row in cur:
            rec = dict(zip(cols, row, strict=True))
            for k, v in rec.items():
                if isinstance(v, str):
                    rec[k] = v.strip()
                    if k not in ("symbols",) and rec[k] == "":
                        rec[k] = None
            sn = rec.get("source_name")
            if sn is None:
                no_source += 1
            else:
                view.rows_by_source[Path(str(sn)).name].append(rec)
        if no_source:
            view.warnings.append(f"view {name}: {no_source} row(s) without source_name ignored")
    except sqlite3.Error as e:
        view.error = f"view {name} cannot be read: {e}"
        view.rows_by_source.clear()
    return view


def split_name(source_name: str) -> tuple[str, str]:
    p = Path(source_name)
    return (p.stem, p.suffix.lstrip(".").lower()) if p.suffix else (p.name, "")


def gold_stem_for(stem: str, golds) -> str | None:
    """The gold stem of a warehouse document: its name without extension, or, for a variant
    rendering such as <stem>.autonum.docx, the longest dotted prefix that has a gold file."""
    while True:
        if stem in golds:
            return stem
        if "." not in stem:
            return None
        stem = stem.rsplit(".", 1)[0]


def format_key(fmt: str) -> tuple:
    return (FORMAT_ORDER.index(fmt), "") if fmt in FORMAT_ORDER else (len(FORMAT_ORDER), fmt)


# --------------------------------------------------------------------------------------
# Scoring run
# --------------------------------------------------------------------------------------
def run(db: Path, gold_path: Path, fmt_filter: str, hints: int, missing_as_fn: bool = False) -> dict:
    warnings: list[str] = []
    golds = load_gold(gold_path, warnings)
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        views = {name: load_view(con, name) for name in VIEW_COLUMNS}
    finally:
        con.close()
    errors: dict[str, str] = {}
    for section, vname in SECTION_VIEW.items():
        v = views[vname]
        if v.error:
            errors[section] = v.error
        warnings.extend(v.warnings)
    if views["tasks_v"].error and "targets" not in errors:
        warnings.append(f"targets: task attachment not checked ({views['tasks_v'].error})")

    # every document the warehouse knows, from any view
    sources: dict[str, str] = {}
    for v in views.values():
        for sn in v.rows_by_source:
            stem, ext = split_name(sn)
            sources[sn] = ext
    for sn, rows in views["documents_v"].rows_by_source.items():
        f = code(rows[0].get("format"))
        if not sources[sn] and f:
            sources[sn] = f
        elif f and f != sources[sn]:
            warnings.append(f"documents_v: {sn} has format {f!r} but extension {sources[sn]!r}")

    paired, unpaired_wh = [], []
    for sn, fmt in sources.items():
        if fmt_filter != "all" and fmt != fmt_filter:
            continue
        stem = gold_stem_for(split_name(sn)[0], golds)
        (paired if stem else unpaired_wh).append((stem, fmt, sn))
    paired.sort(key=lambda t: (t[0], format_key(t[1]), t[2]))
    formats = sorted({f for _, f, _ in paired}, key=format_key)
    if fmt_filter != "all" and fmt_filter not in formats:
        formats = [fmt_filter]
    unpaired_gold = {f: sorted(set(golds) - {s for s, ff, sn in paired
                                              if ff == f and split_name(sn)[0] == s})
                     for f in formats}
    absent: set[str] = set()
    if missing_as_fn:  # score absent renderings as empty documents
        for f in formats:
            for stem in unpaired_gold[f]:
                sn = f"{stem}.{f}" if f else stem
                absent.add(sn)
                paired.append((stem, f, sn))
        paired.sort(key=lambda t: (t[0], format_key(t[1]), t[2]))

    agg = {f: {s: Agg() for s in SECTIONS} for f in formats}
    documents = []
    for stem, fmt, sn in paired:
        g = golds[stem]
        task_paths = None
        if not views["tasks_v"].error:
            task_paths = {r.get("task_id"): nnorm(r.get("path"))
                          for r in views["tasks_v"].rows_by_source.get(sn, [])}
        ctx = {"hints": hints, "task_paths": task_paths}
        doc = {"source_name": sn, "stem": stem, "format": fmt, "gold_file": g.path.name,
               "variant": split_name(sn)[0] != stem, "in_warehouse": sn not in absent,
               "sections": {}}
        for section in g.annotated:
            gold_section = g.section(section)
            if section in errors:
                res = Result()
                res.fn = gold_size(section, gold_section)
                res.error = errors[section]
            else:
                rows = views[SECTION_VIEW[section]].rows_by_source.get(sn, [])
                res = SCORERS[section](gold_section, rows, ctx)
            agg[fmt][section].add(res)
            p, r, f1 = (0.0, 0.0, 0.0) if res.error else prf(res.tp, res.fp, res.fn)
            doc["sections"][section] = {
                "tp": res.tp, "fp": res.fp, "fn": res.fn, "precision": p, "recall": r, "f1": f1,
                "error": res.error, "missed": res.missed, "spurious": res.spurious,
                "notes": res.notes, "extras": res.extras}
        documents.append(doc)

    columns = list(formats) + (["all"] if len(formats) > 1 else [])
    if "all" in columns:
        agg["all"] = {s: Agg() for s in SECTIONS}
        for f in formats:
            for s in SECTIONS:
                agg["all"][s].merge(agg[f][s])
    scored = {c: [s for s in SECTIONS if agg[c][s].docs] for c in columns}
    overall = {}
    for c in columns:
        f1s = [agg[c][s].scores()[2] for s in scored[c]]
        overall[c] = sum(f1s) / len(f1s) if f1s else 0.0
    return {"golds": golds, "warnings": warnings, "errors": errors, "formats": formats,
            "columns": columns, "agg": agg, "scored": scored, "overall": overall,
            "documents": documents, "unpaired_wh": sorted(sn for _, _, sn in unpaired_wh),
            "unpaired_gold": unpaired_gold}


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------
def print_report(out: dict, args, write=print) -> None:
    columns, agg, formats = out["columns"], out["agg"], out["formats"]
    golds = out["golds"]
    write(f"warehouse {args.db} · gold {args.gold} ({len(golds)} file{'s' * (len(golds) != 1)})"
          f" · format {args.format}")
    n_docs, n_variants = defaultdict(int), defaultdict(int)
    for d in out["documents"]:
        n_docs[d["format"]] += 1
        n_variants[d["format"]] += d["variant"]
    write("documents scored: " + (", ".join(
        f"{f} {n_docs[f]}" + (f" (incl. {n_variants[f]} variant rendering{'s' * (n_variants[f] > 1)})"
                              if n_variants[f] else "") for f in formats) or "none"))
    for f in formats:
        miss = out["unpaired_gold"].get(f) or []
        if miss:
            how = "scored as missed" if args.missing_as_fn else "not scored"
            write(f"  gold without a {f} document in the warehouse ({how}): {len(miss)}: "
                  + ", ".join(miss[:8]) + (" …" if len(miss) > 8 else ""))
    if out["unpaired_wh"]:
        u = out["unpaired_wh"]
        write(f"  warehouse documents without gold (not scored): {len(u)}"
              + (": " + ", ".join(u[:8]) + (" …" if len(u) > 8 else "") if args.verbose else ""))
    warnings = out["warnings"]
    shown = warnings if args.verbose else warnings[:10]
    for w in shown:
        write(f"warning: {w}")
    if len(shown) < len(warnings):
        write(f"warning: … {len(warnings) - len(shown)} more (--verbose shows all)")
    for s, e in out["errors"].items():
        write(f"ERROR {s}: {e} → section scores 0")
    write("")

    if not out["documents"]:
        write("nothing to score: no warehouse document"
              + ("" if args.format == "all" else f" of format {args.format}") + " pairs with a gold file")
        return
    single = len(columns) == 1
    if single:
        c = columns[0]
        write(f"{'section':<17}{'P':>6}{'R':>7}{'F1':>7}{'TP':>7}{'FP':>6}{'FN':>6}{'docs':>6}   ({c})")
        for s in SECTIONS:
            a = agg[c][s]
            if not a.docs:
                write(f"{s:<17}{'-':>6}{'-':>7}{'-':>7}   not annotated")
                continue
            p, r, f1 = a.scores()
            write(f"{s:<17}{p:>6.3f}{r:>7.3f}{f1:>7.3f}{a.tp:>7}{a.fp:>6}{a.fn:>6}{a.docs:>6}"
                  + ("   ERROR" if a.error else ""))
        write(f"{'overall F1':<17}{'':>13}{out['overall'][c]:>7.3f}")
    else:
        head = f"{'':<17}" + "".join(f"{c:^20}" for c in columns)
        write(head.rstrip())
        write((f"{'section':<17}" + "".join(f"{'P':>6}{'R':>6}{'F1':>6}  " for _ in columns)).rstrip())
        for s in SECTIONS:
            line = f"{s:<17}"
            for c in columns:
                a = agg[c][s]
                if not a.docs:
                    line += f"{'-':>6}{'-':>6}{'-':>6}  "
                else:
                    p, r, f1 = a.scores()
                    line += f"{p:>6.3f}{r:>6.3f}{f1:>6.3f}  "
            if any(agg[c][s].error for c in columns):
                line += "ERROR"
            write(line.rstrip())
        cells = "".join(f"{'':>12}{out['overall'][c]:>6.3f}  " for c in columns)
        write((f"{'overall F1':<17}" + cells).rstrip())

    # extra lines (not in F1)
    extra_lines = []
    for s in SECTIONS:
        names = []
        for c in columns:
            for k in agg[c][s].extras:
                if k not in names and (args.verbose or not k.startswith("field ")):
                    names.append(k)
        for k in names:
            cells = []
            for c in columns:
                h, t = agg[c][s].extras.get(k, (0, 0))
                if k in COUNT_EXTRAS:
                    cells.append(f"{h}/{t}")
                else:
                    cells.append(f"{h / t:.3f} ({h}/{t})" if t else "n/a")
            label = f"{s} {k}"
            if single:
                extra_lines.append(f"  {label:<52}{cells[0]}")
            else:
                extra_lines.append(f"  {label:<52}" + "".join(f"{x:<19}" for x in cells).rstrip())
    if extra_lines:
        write("")
        write("details over matched records (not part of F1)"
              + ("" if single else ": " + " · ".join(columns)))
        for line in extra_lines:
            write(line)

    if args.verbose:
        print_documents(out, args, write)


def print_documents(out: dict, args, write) -> None:
    limit = args.limit
    write("")
    write("per-document F1")
    write(f"{'document':<34}" + "".join(f"{s[:9]:>10}" for s in SECTIONS))
    for d in out["documents"]:
        line = f"{short(d['source_name'], 33):<34}"
        for s in SECTIONS:
            r = d["sections"].get(s)
            line += f"{'-':>10}" if r is None else (f"{'ERR':>10}" if r["error"] else f"{r['f1']:>10.3f}")
        write(line + ("" if d["in_warehouse"] else "   (not in the warehouse)"))
    for d in out["documents"]:
        blocks = []
        for s in SECTIONS:
            r = d["sections"].get(s)
            if r is None or r["error"]:
                continue
            if not (r["missed"] or r["spurious"] or r["notes"]):
                continue
            lines = [f"  {s}: TP {r['tp']}  FP {r['fp']}  FN {r['fn']}  F1 {r['f1']:.3f}"]
            for n in r["notes"][:limit]:
                lines.append(f"    note: {n}")
            if len(r["notes"]) > limit:
                lines.append(f"    note: … {len(r['notes']) - limit} more")
            for m in r["missed"][:limit]:
                lines.append(f"    - missed   {m['record']}")
                if m.get("hint"):
                    lines.append(f"        ~ {m['hint']}")
            if len(r["missed"]) > limit:
                lines.append(f"    - … {len(r['missed']) - limit} more missed")
            for x in r["spurious"][:limit]:
                lines.append(f"    + spurious {x}")
            if len(r["spurious"]) > limit:
                lines.append(f"    + … {len(r['spurious']) - limit} more spurious")
            blocks.extend(lines)
        if blocks:
            write("")
            write(f"== {d['source_name']}  (gold {d['gold_file']})"
                  + ("" if d["in_warehouse"] else "  NOT IN THE WAREHOUSE"))
            for line in blocks:
                write(line)


# --------------------------------------------------------------------------------------
# Thresholds and CLI
# --------------------------------------------------------------------------------------
def parse_threshold(text: str) -> tuple[str, str | None, float]:
    m = re.fullmatch(r"\s*([A-Za-z_]+)(?:@([A-Za-z0-9]+))?\s*=\s*([0-9]*\.?[0-9]+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected SECTION=F1 or SECTION@FORMAT=F1, got {text!r}")
    section, fmt, value = m.group(1).lower(), m.group(2), float(m.group(3))
    if section not in SECTIONS and section != "overall":
        raise argparse.ArgumentTypeError(
            f"unknown section {section!r} (one of {', '.join(SECTIONS)}, overall)")
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"threshold must be between 0 and 1, got {value}")
    return section, fmt.lower() if fmt else None, value


def check_thresholds(out: dict, thresholds) -> list[dict]:
    results = []
    columns = out["columns"]
    default_col = "all" if "all" in columns else (columns[0] if columns else None)
    for section, fmt, minimum in thresholds:
        col = fmt or default_col
        actual = None
        if col in columns:
            if section == "overall":
                actual = out["overall"][col] if out["scored"][col] else None
            elif out["agg"][col][section].docs:
                actual = out["agg"][col][section].scores()[2]
        ok = actual is not None and actual + 1e-12 >= minimum
        results.append({"section": section, "format": col, "min": minimum, "actual": actual, "ok": ok})
    return results


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        description="Score a warehouse's research views against gold annotations "
                    "(precision / recall / F1 per section and format).")
    ap.add_argument("--db", required=True, type=Path, help="warehouse SQLite file")
    ap.add_argument("--gold", required=True, type=Path,
                    help="folder of gold <stem>.json files (or one gold file)")
    ap.add_argument("--format", default="all", choices=["txt", "docx", "pdf", "all"],
                    help="score only documents of this format; 'all' scores every rendering "
                         "separately, one column per format (default: all)")
    ap.add_argument("--json", type=Path, metavar="OUT.json", help="write the full results as JSON")
    ap.add_argument("--min-f1", action="append", nargs="+", type=parse_threshold, default=[],
                    metavar="SECTION=F1",
                    help="fail (exit 1) when a section's F1 is below the threshold; SECTION is one "
                         "of the sections or 'overall', optionally SECTION@FORMAT; "
                         "checked on the pooled column unless a format is given")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="per-document F1, and the missed / spurious records of each document")
    ap.add_argument("--missing-as-fn", action="store_true",
                    help="count a gold document that has no warehouse document in a scored format "
                         "as entirely missed (default: list it, do not score it)")
    ap.add_argument("--limit", type=int, default=10,
                    help="missed / spurious records listed per section per document (default 10)")
    return ap


def to_json(out: dict, args, thresholds: list[dict]) -> dict:
    sections = {}
    for s in SECTIONS:
        sections[s] = {}
        for c in out["columns"]:
            a = out["agg"][c][s]
            if not a.docs:
                continue
            p, r, f1 = a.scores()
            sections[s][c] = {"tp": a.tp, "fp": a.fp, "fn": a.fn, "precision": p, "recall": r,
                              "f1": f1, "documents": a.docs,
                              "error": out["errors"].get(s) if a.error else None,
                              "extras": {k: {"hits": h, "total": t,
                                             "rate": (h / t if t else None)}
                                         for k, (h, t) in a.extras.items()}}
    final_col = "all" if "all" in out["columns"] else (out["columns"][0] if out["columns"] else None)
    return {
        "db": str(args.db), "gold": str(args.gold), "format": args.format,
        "formats": out["formats"], "columns": out["columns"],
        "sections": sections,
        "overall_f1": out["overall"],
        "overall": out["overall"].get(final_col, 0.0) if final_col else 0.0,
        "errors": out["errors"], "warnings": out["warnings"],
        "unpaired_warehouse_documents": out["unpaired_wh"],
        "unpaired_gold": out["unpaired_gold"],
        "thresholds": thresholds,
        "documents": out["documents"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    thresholds_wanted = [t for group in args.min_f1 for t in group]
    if not args.db.is_file():
        print(f"error: warehouse {args.db} does not exist", file=sys.stderr)
        return 2
    if not args.gold.exists():
        print(f"error: gold path {args.gold} does not exist", file=sys.stderr)
        return 2
    hints = args.limit if args.verbose or args.json else 0
    try:
        out = run(args.db, args.gold, args.format, hints, args.missing_as_fn)
    except sqlite3.Error as e:
        print(f"error: cannot read warehouse {args.db}: {e}", file=sys.stderr)
        return 2
    if not out["golds"]:
        print(f"error: no usable gold files in {args.gold}", file=sys.stderr)
        for w in out["warnings"]:
            print(f"warning: {w}", file=sys.stderr)
        return 2
    print_report(out, args)
    thresholds = check_thresholds(out, thresholds_wanted)
    json_error = None
    if args.json:
        try:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(to_json(out, args, thresholds), ensure_ascii=False,
                                            indent=1), encoding="utf-8")
        except OSError as e:
            json_error = f"error: cannot write {args.json}: {e}"
            print(json_error, file=sys.stderr)
    failed = [t for t in thresholds if not t["ok"]]
    if thresholds:
        print("")
        for t in thresholds:
            actual = "not scored" if t["actual"] is None else f"{t['actual']:.3f}"
            print(f"threshold {t['section']}@{t['format']} F1 ≥ {t['min']:.3f}: {actual} "
                  f"{'ok' if t['ok'] else 'FAILED'}")
    final_col = "all" if "all" in out["columns"] else (out["columns"][0] if out["columns"] else None)
    overall = out["overall"].get(final_col, 0.0) if final_col else 0.0
    print(f"overall F1 {overall:.3f}")
    return 1 if failed else (2 if json_error else 0)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into head & co.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)

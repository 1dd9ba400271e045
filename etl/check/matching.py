"""One-to-one pairing of expected and actual records of a section (greedy, best pair first).

The rules are those of the fidelity scorer (../shared/eval/score.py), so that `check` and the
scorer count the same true positives."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from etl.check.sections import Record
from etl.check.textnorm import metric_match, name_match, norm, num_eq, similarity_at_least

Pair = tuple[int, int]
_TASK_SIM = 0.8  # task title when paths are equal
_TASK_FALLBACK_SIM = 0.9  # task title when paths differ (levels must be equal)
_RESP_TASK_SIM = 0.8  # responsibility subject text of tasks
_SYMBOL_SIM = 0.8  # symbol meaning


def greedy(candidates: Iterable[tuple[tuple[float, ...], int, int]]) -> list[Pair]:
    """Pick (expected, actual) pairs best rank first, each record used at most once."""
    ordered = sorted(candidates, key=lambda c: (tuple(-k for k in c[0]), c[1], c[2]))
    used_e: set[int] = set()
    used_a: set[int] = set()
    pairs = []
    for _, ei, ai in ordered:
        if ei not in used_e and ai not in used_a:
            used_e.add(ei)
            used_a.add(ai)
            pairs.append((ei, ai))
    return pairs


def match_tasks(expected: list[Record], actual: list[Record]) -> list[Pair]:
    """Same path and title >= 0.8 similar; then, for the rest, same level and title >= 0.9."""
    by_path = defaultdict(list)
    for ai, a in enumerate(actual):
        by_path[a["path"]].append(ai)
    first = greedy(
        ((s,), ei, ai)
        for ei, e in enumerate(expected)
        for ai in by_path.get(e["path"], ())
        if (s := similarity_at_least(e["title"], actual[ai]["title"], _TASK_SIM))
    )
    used_e = {ei for ei, _ in first}
    used_a = {ai for _, ai in first}
    by_level = defaultdict(list)
    for ai, a in enumerate(actual):
        if ai not in used_a:
            by_level[a["level"]].append(ai)
    second = greedy(
        ((s,), ei, ai)
        for ei, e in enumerate(expected)
        if ei not in used_e
        for ai in by_level.get(e["level"], ())
        if (s := similarity_at_least(e["title"], actual[ai]["title"], _TASK_FALLBACK_SIM))
    )
    return first + second


def match_indicators(expected: list[Record], actual: list[Record]) -> list[Pair]:
    """Names alike (see name_match); equal names, then category and parent, rank first."""
    candidates = []
    for ei, e in enumerate(expected):
        for ai, a in enumerate(actual):
            if s := name_match(e["indicator"], a["indicator"]):
                same_place = (e["category"] == a["category"]) + (e["parent_indicator"] == a["parent_indicator"])
                candidates.append(((e["indicator"] == a["indicator"], same_place, s), ei, ai))
    return greedy(candidates)


def match_values(expected: list[Record], actual: list[Record]) -> list[Pair]:
    """Same region, component, year, kind and number (or the same text when there is no number),
    and indicator names alike."""
    groups = defaultdict(list)
    for ai, a in enumerate(actual):
        groups[(a["region"], a["component"], a["year"], a["kind"])].append(ai)
    candidates = []
    for ei, e in enumerate(expected):
        for ai in groups.get((e["region"], e["component"], e["year"], e["kind"]), ()):
            a = actual[ai]
            if e["value"] is None or a["value"] is None:
                if not (e["value"] is None and a["value"] is None and e["value_text"] == a["value_text"]):
                    continue
            elif not num_eq(e["value"], a["value"]):
                continue
            if s := name_match(e["indicator"], a["indicator"]):
                candidates.append(((e["indicator"] == a["indicator"], s), ei, ai))
    return greedy(candidates)


def match_targets(expected: list[Record], actual: list[Record]) -> list[Pair]:
    """Same number and unit, metrics alike (see metric_match); same year and task rank first."""
    candidates = []
    for ei, e in enumerate(expected):
        for ai, a in enumerate(actual):
            if not num_eq(e["value"], a["value"]) or e["unit"] != a["unit"]:
                continue
            if s := metric_match(e["metric"], a["metric"]):
                same_place = (e["year"] == a["year"]) + (e["task_path"] == a["task_path"])
                candidates.append(((same_place, s), ei, ai))
    return greedy(candidates)


def _subject_match(e: Record, a: Record) -> float:
    """> 0 when two responsibilities are about the same subject (a task by label or text, an
    indicator or target by name)."""
    if e["subject_type"] not in ("indicator", "target"):
        s = similarity_at_least(e["subject_text"], a["subject_text"], _RESP_TASK_SIM)
        if e["subject_label"] is not None and e["subject_label"] == a["subject_label"]:
            return max(s, 1e-3) + 1.0
        return s
    names_e = (e["subject_text"], norm(e.raw.get("subject_label")))
    names_a = (a["subject_text"], norm(a.raw.get("subject_label")))
    return max(name_match(x, y) for x in names_e for y in names_a)


def match_responsibilities(expected: list[Record], actual: list[Record], department_field: str = "department") -> list[Pair]:
    """Same subject type, role and department, and the same subject."""
    by_key = defaultdict(list)
    for ai, a in enumerate(actual):
        by_key[(a["subject_type"], a["role"], a[department_field])].append(ai)
    return greedy(
        ((s,), ei, ai)
        for ei, e in enumerate(expected)
        for ai in by_key.get((e["subject_type"], e["role"], e[department_field]), ())
        if (s := _subject_match(e, actual[ai]))
    )


def match_symbols(expected: list[Record], actual: list[Record]) -> list[Pair]:
    """Same symbol and meanings >= 0.8 similar."""
    return greedy(
        ((s,), ei, ai)
        for ei, e in enumerate(expected)
        for ai, a in enumerate(actual)
        if e["symbol"] == a["symbol"] and (s := similarity_at_least(e["meaning"], a["meaning"], _SYMBOL_SIM))
    )


MATCHERS: dict[str, Callable[[list[Record], list[Record]], list[Pair]]] = {
    "tasks": match_tasks,
    "indicators": match_indicators,
    "values": match_values,
    "targets": match_targets,
    "responsibilities": match_responsibilities,
    "symbols": match_symbols,
}

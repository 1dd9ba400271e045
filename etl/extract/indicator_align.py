"""Repairs for header rows that a flattened (txt) table printed with spanning cells only once.

A spanning cell printed once makes its row shorter than the grid: later cells slide left and the
row ends in empty cells.  Two general repairs: widen a short header row using the sub-header row
below it, and place the categories of a short category row by matching indicator names against
another table of the same document (categories are contiguous blocks in the order listed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from etl.extract.indicator_header import squash
from schemas.document import Provenance
from schemas.indicators import Indicator

_MIN_CONTAINED = 4
_SIMILAR = 0.85


def trailing_empty(row: list[str], first: int = 1) -> int:
    """How many cells at the end of the row (from column `first`) are empty."""
    count = 0
    for text in reversed(row[first:]):
        if squash(text):
            break
        count += 1
    return count


def widen_by_lower_row(upper: list[str], lower: list[str]) -> list[str] | None:
    """Spread cells of a short upper header row over the runs of sub-headers below them.

    upper ['类', 'A', 'P', 'B', ''] over lower ['', '', 'p1', 'p2', ''] → ['类', 'A', 'P', 'P', 'B'].
    None when the row is not short or the runs do not account for the missing cells.
    """
    missing = trailing_empty(upper)
    if missing == 0:
        return None
    runs: list[tuple[int, int]] = []
    col = 1
    while col < len(lower):
        if squash(lower[col]):
            start = col
            while col < len(lower) and squash(lower[col]):
                col += 1
            if col - start >= 2:
                runs.append((start, col - start))
        else:
            col += 1
    if sum(length - 1 for _, length in runs) != missing:
        return None
    cells = upper[: len(upper) - missing]
    widened: list[str] = []
    source = 0
    for start, length in runs:
        take = start - len(widened)
        if take < 0 or source + take >= len(cells) or not squash(cells[source + take]):
            return None
        widened.extend(cells[source : source + take])
        source += take
        widened.extend([cells[source]] * length)
        source += 1
    widened.extend(cells[source:])
    return widened if len(widened) == len(upper) else None


def is_packed_short(row: list[str], columns: int) -> bool:
    """A category row with fewer distinct cells than columns, all at the start (printed once)."""
    texts = [squash(t) for t in row[1:]]
    filled = [t for t in texts if t]
    if not filled or len(filled) >= columns or len(set(filled)) != len(filled):
        return False
    return all(texts[: len(filled)]) and not any(texts[len(filled) :])


def names_match(a: str, b: str) -> bool:
    """The scorer's indicator-name rule: similarity ≥ 0.85, or containment (shorter ≥ 4 chars)."""
    a, b = squash(a), squash(b)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= _MIN_CONTAINED and shorter in longer:
        return True
    return SequenceMatcher(None, a, b).ratio() >= _SIMILAR


@dataclass
class PendingCategories:
    """Indicators of one table whose category row listed fewer categories than columns."""

    categories: list[str]
    indicators: list[Indicator]  # in column order
    provenance: Provenance
    keys: list[list[str]] = field(default_factory=list)  # names to match per indicator (own, parent)


def _anchor(keys: list[str], categories: list[str], known: list[Indicator]) -> str | None:
    for key in keys:
        for other in known:
            if other.category in categories and names_match(key, other.name):
                return other.category
    return None


def resolve_categories(pending: PendingCategories, known: list[Indicator]) -> list[Indicator]:
    """Set categories from name matches and block order; return the indicators left without one."""
    order = {c: i for i, c in enumerate(pending.categories)}
    anchors = [_anchor(keys, pending.categories, known) for keys in pending.keys]
    # anchors must respect the listed order; drop those that break it
    last = -1
    for i, anchor in enumerate(anchors):
        if anchor is None:
            continue
        if order[anchor] < last:
            anchors[i] = None
        else:
            last = order[anchor]
    if len(pending.categories) == 1:
        anchors = [pending.categories[0]] * len(anchors)
    unresolved: list[Indicator] = []
    for i, indicator in enumerate(pending.indicators):
        left = next((anchors[j] for j in range(i, -1, -1) if anchors[j]), None)
        right = next((anchors[j] for j in range(i, len(anchors)) if anchors[j]), None)
        if left is None and right is not None and order[right] == 0:
            left = right
        if right is None and left is not None and order[left] == len(pending.categories) - 1:
            right = left
        if left is not None and left == right:
            indicator.category = left
        else:
            unresolved.append(indicator)
    return unresolved

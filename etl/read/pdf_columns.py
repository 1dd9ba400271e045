"""Two-column pages: find the gutter, split lines that straddle it, read left column then right.

A page is two-column when a vertical strip in the middle of the text area is (nearly) free of
glyphs while at least three lines sit wholly on each side of it at overlapping heights.  Lines
crossing the gutter (a title, a full-width table caption) split the page into bands; each band
is read left column first.  Right-column lines are shifted onto the left column's x range
(``Line.x_shift`` records by how much) so that paragraph rules measured on one column apply.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from etl.read.pdf_lines import Line, make_line

_MIDDLE = (0.3, 0.7)  # the gutter lies in this part of the text width
_MIN_GUTTER = 0.8  # gutter width in body font sizes
_MIN_LINES_PER_SIDE = 3
_MAX_CROSSING_SHARE = 0.2  # lines allowed to cover the gutter (titles, captions)


@dataclass(frozen=True)
class Columns:
    """A page's two-column geometry: the gutter and the left column's extent."""

    gutter_left: float
    gutter_right: float
    left_x0: float
    left_x1: float
    right_x0: float


def _intervals(line: Line) -> list[tuple[float, float]]:
    """The x ranges the line's glyphs cover, glyphs closer than half a character merged."""
    spans: list[tuple[float, float]] = []
    for char in line.chars:
        if spans and char["x0"] - spans[-1][1] < 0.5 * line.size:
            spans[-1] = (spans[-1][0], max(spans[-1][1], char["x1"]))
        else:
            spans.append((char["x0"], char["x1"]))
    return spans


def _coverage(lines: list[Line], start: int, end: int) -> list[int]:
    """For each integer x in [start, end], how many lines cover it."""
    delta = [0] * (end - start + 2)
    for line in lines:
        for x0, x1 in _intervals(line):
            a, b = max(int(x0), start), min(int(x1), end)
            if a <= b:
                delta[a - start] += 1
                delta[b - start + 1] -= 1
    counts, running = [], 0
    for value in delta[:-1]:
        running += value
        counts.append(running)
    return counts


def find_columns(lines: list[Line], size: float) -> Columns | None:
    """The two-column geometry of a page's lines, or None for an ordinary page."""
    if len(lines) < 2 * _MIN_LINES_PER_SIDE:
        return None
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    start, end = left + _MIDDLE[0] * (right - left), left + _MIDDLE[1] * (right - left)
    allowed = _MAX_CROSSING_SHARE * len(lines)
    coverage = _coverage(lines, int(start), int(end))
    lowest = min(coverage, default=len(lines))
    if lowest > allowed:
        return None
    free = [int(start) + i for i, count in enumerate(coverage) if count == lowest]
    run: list[int] = []
    best: list[int] = []
    for x in free:
        run = [*run, x] if run and x == run[-1] + 1 else [x]
        best = run if len(run) > len(best) else best
    if len(best) < _MIN_GUTTER * size:
        return None
    g0, g1 = float(best[0]), float(best[-1])
    halves_left = [c for line in lines for c in [_side(line, g0, g1, "left")] if c is not None]
    halves_right = [c for line in lines for c in [_side(line, g0, g1, "right")] if c is not None]
    if len(halves_left) < _MIN_LINES_PER_SIDE or len(halves_right) < _MIN_LINES_PER_SIDE:
        return None
    overlap = min(h.bottom for h in (max(halves_left, key=lambda h: h.bottom),
                                     max(halves_right, key=lambda h: h.bottom))) - max(
        min(h.top for h in halves_left), min(h.top for h in halves_right)
    )  # fmt: skip
    if overlap <= 0:
        return None
    return Columns(
        gutter_left=g0,
        gutter_right=g1,
        left_x0=min(h.x0 for h in halves_left),
        left_x1=max(h.x1 for h in halves_left),
        right_x0=min(h.x0 for h in halves_right),
    )


def _side(line: Line, g0: float, g1: float, side: str) -> Line | None:
    """The part of a line left (or right) of the gutter, if the line does not cross it."""
    if any(c["x0"] < g1 and c["x1"] > g0 for c in line.chars):
        return None
    chars = [c for c in line.chars if (c["x1"] <= g0 if side == "left" else c["x0"] >= g1)]
    return make_line(line.page, chars) if chars else None


def _shift(line: Line, dx: float) -> Line:
    chars = [{**c, "x0": c["x0"] - dx, "x1": c["x1"] - dx} for c in line.chars]
    return replace(line, x0=line.x0 - dx, x1=line.x1 - dx, chars=chars, x_shift=line.x_shift + dx)


def reorder_columns(lines: list[Line], columns: Columns) -> list[Line]:
    """The page's lines in reading order: per band between crossing lines, left then right column."""
    ordered: list[Line] = []
    band_left: list[Line] = []
    band_right: list[Line] = []
    dx = columns.right_x0 - columns.left_x0

    def flush() -> None:
        ordered.extend(sorted(band_left, key=lambda line: line.top))
        ordered.extend(_shift(line, dx) for line in sorted(band_right, key=lambda line: line.top))
        band_left.clear()
        band_right.clear()

    for line in sorted(lines, key=lambda line: line.top):
        left = _side(line, columns.gutter_left, columns.gutter_right, "left")
        right = _side(line, columns.gutter_left, columns.gutter_right, "right")
        if left is None and right is None:
            flush()
            ordered.append(line)
            continue
        if left is not None:
            band_left.append(left)
        if right is not None:
            band_right.append(right)
    flush()
    return ordered

"""Page layout of a PDF body: text margins, body font size and line pitch, and line alignment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from etl.read.pdf_lines import Line

# Marks that may not end a line (they stay with the next char) and marks that may not start one.
OPENING_MARKS = set("“‘（《〈【〔「『([{<")
CLOSING_MARKS = set("，。、；：？！”’）》〉】〕」』,.;:?!)]}>%％…—．·")


_MIN_FULL_LINES = 3


@dataclass(frozen=True)
class Layout:
    """Body text geometry shared by pages of one shape."""

    left: float
    right: float
    size: float
    pitch: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def center(self) -> float:
        return (self.left + self.right) / 2


def _frequent_min(values: list[float], min_count: int) -> float | None:
    counts = Counter(round(v) for v in values)
    frequent = [v for v, n in counts.items() if n >= min_count]
    return float(min(frequent)) if frequent else None


def _text_right_edge(body: list[Line], size: float) -> float:
    """Right margin: the furthest end of lines not ending in (possibly hanging) punctuation."""
    ends = sorted(line.x1 for line in body if line.chars[-1]["text"] not in CLOSING_MARKS)
    if not ends:
        ends = sorted(line.x1 for line in body)
    if len(ends) >= 2 and ends[-1] - ends[-2] > size:
        return ends[-2]
    return ends[-1]


def measure_layout(lines: list[Line], page_width: float) -> Layout:
    """Margins, body size and pitch from the lines of all pages of one shape."""
    if not lines:
        return Layout(left=0.0, right=page_width, size=12.0, pitch=18.0)
    sizes: Counter[int] = Counter()
    for line in lines:
        sizes[round(line.size)] += len(line.chars)
    size = float(sizes.most_common(1)[0][0])
    body = [line for line in lines if abs(line.size - size) < 1.0] or lines
    min_count = max(2, len(body) // 20)
    left = _frequent_min([line.x0 for line in body], min_count) or min(line.x0 for line in body)
    left = min((line.x0 for line in body if abs(line.x0 - left) < 1.0), default=left)
    right = _text_right_edge(body, size)
    if sum(abs(line.x1 - right) < 0.25 * size for line in body) < _MIN_FULL_LINES:
        # too few (justified) lines end at the measured edge to trust it (a short document):
        # assume the right margin mirrors the left one, as in Word's and WPS's page setups
        right = max(right, page_width - left)
    pitches = [
        b.top - a.top
        for a, b in zip(body, body[1:], strict=False)
        if a.page == b.page and 0 < b.top - a.top < 3 * size
    ]
    pitch = sorted(pitches)[len(pitches) // 2] if pitches else 1.5 * size
    return Layout(left=left, right=right, size=size, pitch=pitch)


def _is_latin(text: str) -> bool:
    return text.isascii() and text.isalnum()


def _decimal_point(chars: Sequence[dict], index: int) -> bool:
    """A '.' or ',' between two digits (8.1, 1,200): part of the number, not a closing mark."""
    return (
        chars[index]["text"] in ".,"
        and index + 1 < len(chars)
        and chars[index - 1]["text"].isdigit()
        and chars[index + 1]["text"].isdigit()
    )


def first_unit_width(line: Line) -> float:
    """Width of the shortest piece a line break could have moved from this line's start."""
    chars = line.chars
    end = 0
    if chars[0]["text"] in OPENING_MARKS and len(chars) > 1:
        end = 1
    if chars[end]["text"].isascii() and chars[end]["text"].isalnum():
        while end + 1 < len(chars) and (_is_latin(chars[end + 1]["text"]) or _decimal_point(chars, end + 1)):
            end += 1
    while end + 1 < len(chars) and chars[end + 1]["text"] in CLOSING_MARKS:
        end += 1
    while end + 1 < len(chars) and chars[end + 1]["text"] in OPENING_MARKS:
        end += 1  # 增“南…: the renderer keeps an opening mark with the character before it
    return chars[end]["x1"] - chars[0]["x0"]


def fills_line(line: Line, following: Line, layout: Layout) -> bool:
    """True when `line` ends so close to the right margin that `following`'s start could not fit.

    A centred line (one not starting at the left margin) is measured against the full text width.
    """
    room = layout.right - line.x1
    if is_centered_block(line, layout):
        room = layout.width - (line.x1 - line.x0)
    needed = first_unit_width(following) + 1.0
    start, end = following.chars[0]["text"], line.chars[-1]["text"]
    if (start.isascii() and start.isalnum()) != (end.isascii() and end.isalnum()) and not (
        start.isascii() and end.isascii()
    ):
        needed += 0.25 * following.size  # the gap a renderer puts between CJK and Latin text (120|家)
    return room < needed


def at_body_indent(line: Line, layout: Layout) -> bool:
    """A body-size line starting at the usual two-character first-line indent."""
    at_indent = abs(line.x0 - layout.left - 2 * layout.size) < 0.2 * layout.size
    return at_indent and abs(line.size - layout.size) < 1.0


def is_centered_block(line: Line, layout: Layout) -> bool:
    """Centred on the text column (possibly nearly full width) and not flush with the left margin."""
    return (
        abs(line.center - layout.center) < 3.0
        and line.x0 - layout.left > 0.5
        and not at_body_indent(line, layout)
    )


def is_indented(line: Line, layout: Layout) -> bool:
    return line.x0 - layout.left > 0.8 * layout.size


def is_full_width(line: Line, layout: Layout) -> bool:
    return line.x0 - layout.left < 1.0 * layout.size and layout.right - line.x1 < 1.6 * layout.size


def is_centered(line: Line, layout: Layout) -> bool:
    """A line centred between the margins (and not a first-line-indented body line)."""
    if is_full_width(line, layout):
        return False
    left_gap, right_gap = line.x0 - layout.left, layout.right - line.x1
    if left_gap < 0.5 * layout.size or right_gap < 0.5 * layout.size:
        return False
    if abs(left_gap - right_gap) > max(1.0 * layout.size, 8.0):
        return False
    return not at_body_indent(line, layout)


def is_right_aligned(line: Line, layout: Layout, neighbours: list[Line]) -> bool:
    """A line pushed to the right (signature, date), alone or sharing its right edge with a neighbour."""
    if is_full_width(line, layout) or is_centered(line, layout):
        return False
    left_gap = line.x0 - layout.left
    if left_gap > 0.45 * layout.width:
        return True
    return left_gap > 3 * layout.size and any(
        abs(other.x1 - line.x1) < 1.5
        and abs(other.x0 - line.x0) > layout.size
        and other.x0 - layout.left > 3 * layout.size
        for other in neighbours
    )

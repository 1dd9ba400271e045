"""Hard-wrapped text dumps: paragraphs broken every N characters, to be joined back.

In this genre a txt line is normally one paragraph, so lines are joined only on strong,
file-wide evidence: many lines share one length (by character count or by display width,
CJK counting 2) and most of those lines end without sentence-final punctuation.  Then a
line of that length is joined with the next line unless it ends a sentence or the next
line opens a new numbered item.

Many scrapes also mark each paragraph's first line with an indent (two ideographic spaces, as
the page showed it) that continuation lines lack.  Where the file shows that habit, the indent
decides: an unindented line after a full one continues the paragraph even when the full line
ends in 。/；/：, and an indented line always starts a new one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from etl.read.text_cell_types import starts_enumeration

_MIN_WRAP_WIDTH = 16  # shorter lines are headings / signatures, never evidence of wrapping
_MIN_WRAPPED_LINES = 4
_MIN_SHARE_AT_WIDTH = 0.5  # of the long lines
_MIN_SHARE_OPEN_ENDED = 0.6  # of the lines at the wrap width
_SENTENCE_END = "。！？；：!?;:"
_ITEM_START = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节条部分]|附件|附表)")
_INDENT = (" ", "\u3000", "\xa0")
_MIN_INDENTED_STARTS = 0.6  # of the lines after a short line (paragraph starts)
_MAX_INDENTED_CONTINUATIONS = 0.3  # of the lines after a full line


@dataclass(frozen=True)
class HardWrap:
    """The wrap width and the measure (character count or display width) it is stated in."""

    width: int
    measure: Callable[[str], int]
    indented_starts: bool = False  # paragraphs start with an indent, continuation lines do not

    def is_full(self, line: str) -> bool:
        return self.width - 1 <= self.measure(line) <= self.width


def char_count(line: str) -> int:
    return len(line.rstrip())


def display_width(line: str) -> int:
    """Columns a fixed-width terminal gives the line (wide CJK characters count 2)."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line.rstrip())


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip("”’」』）)")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def is_indented(line: str) -> bool:
    return line.startswith(_INDENT) and bool(line.strip())


def _marks_starts_by_indent(wrap: HardWrap, lines: list[str]) -> bool:
    """Whether paragraph-start lines are indented and the lines that follow a full line are not."""
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    starts = [b for a, b in pairs if not wrap.is_full(a)]
    after_full = [b for a, b in pairs if wrap.is_full(a)]
    indented_starts = sum(is_indented(b) for b in starts)
    return (
        indented_starts >= _MIN_WRAPPED_LINES
        and indented_starts >= _MIN_INDENTED_STARTS * len(starts)
        and sum(is_indented(b) for b in after_full) <= _MAX_INDENTED_CONTINUATIONS * len(after_full)
    )


def detect_hard_wrap(lines: list[str]) -> HardWrap | None:
    """The wrap of a hard-wrapped file, or None when its lines are paragraphs (the usual case)."""
    best: tuple[int, HardWrap] | None = None
    for measure in (char_count, display_width):
        long_lines = [line for line in lines if measure(line) >= _MIN_WRAP_WIDTH]
        if len(long_lines) < _MIN_WRAPPED_LINES:
            continue
        counts = Counter(measure(line) for line in long_lines)
        width = max(counts, key=lambda w: (counts[w] + counts.get(w - 1, 0), w))
        wrap = HardWrap(width, measure)
        at_width = [line for line in long_lines if wrap.is_full(line)]
        open_ended = sum(not _ends_sentence(line) for line in at_width)
        if (
            len(at_width) >= _MIN_WRAPPED_LINES
            and len(at_width) >= _MIN_SHARE_AT_WIDTH * len(long_lines)
            and open_ended >= _MIN_SHARE_OPEN_ENDED * len(at_width)
            and (best is None or len(at_width) > best[0])
        ):
            best = (len(at_width), wrap)
    if best is None:
        return None
    wrap = best[1]
    return HardWrap(wrap.width, wrap.measure, _marks_starts_by_indent(wrap, lines))


def continues(wrap: HardWrap, line: str, following: str) -> bool:
    """Whether `following` is the rest of the paragraph that `line` was cut from."""
    text = following.strip()
    if not text or not wrap.is_full(line) or starts_enumeration(text) or _ITEM_START.match(text):
        return False
    if wrap.indented_starts:
        return not is_indented(following)
    return not _ends_sentence(line)

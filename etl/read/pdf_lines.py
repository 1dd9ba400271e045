"""Text lines of a PDF page: chars grouped into lines, CJK spacing repaired."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

Char = dict[str, Any]

# CJK ideographs, CJK/fullwidth punctuation and the quotes/dashes Chinese text uses.
_CJK_CLASS = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u2116"
    "\u2460-\u24ff\u25a0-\u27bf"
)
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK_CLASS}])\s+|\s+(?=[{_CJK_CLASS}])")
_MULTI_SPACE = re.compile(r"[ \t\u00a0]{2,}")


def fix_cjk_spacing(text: str) -> str:
    """Drop spaces next to CJK characters; keep single spaces between Latin words or numbers."""
    text = _SPACE_NEAR_CJK.sub("", text.replace("\u3000", " "))
    return _MULTI_SPACE.sub(" ", text).strip()


@dataclass
class Line:
    """One text line on a page, with its geometry and the fonts at its ends."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    first_font: str
    last_font: str
    chars: list[Char] = field(default_factory=list, repr=False)
    x_shift: float = 0.0  # how far the line was moved left (a right-column line read as the left)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


def _visible(chars: Iterable[Char]) -> list[Char]:
    return [c for c in chars if c["text"].strip()]


def group_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Cluster chars into lines (by vertical overlap), each sorted left to right, top to bottom."""
    lines: list[list[Char]] = []
    bands: list[tuple[float, float]] = []
    for char in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        mid = (char["top"] + char["bottom"]) / 2
        for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom = bands[index]
            if top <= mid <= bottom:
                lines[index].append(char)
                break
        else:
            lines.append([char])
            bands.append((char["top"], char["bottom"]))
    result = [sorted(line, key=lambda c: c["x0"]) for line in lines]
    result = [line for line in result if _visible(line)]
    result.sort(key=lambda line: min(c["top"] for c in _visible(line)))
    return result


def line_text(chars: Sequence[Char]) -> str:
    """Text of one line of chars: a space where a visible gap separates two glyphs."""
    parts: list[str] = []
    previous: Char | None = None
    for char in chars:
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            if gap > 0.2 * max(char["size"], 1.0) and char["text"] != " " and previous["text"] != " ":
                parts.append(" ")
        parts.append(char["text"])
        previous = char
    return fix_cjk_spacing("".join(parts))


def make_line(page: int, chars: Sequence[Char]) -> Line | None:
    """A Line from its chars (None when the chars hold no visible text)."""
    visible = _visible(chars)
    text = line_text(chars)
    if not visible or not text:
        return None
    sizes = sorted(round(c["size"], 1) for c in visible)
    return Line(
        page=page,
        text=text,
        x0=min(c["x0"] for c in visible),
        x1=max(c["x1"] for c in visible),
        top=min(c["top"] for c in visible),
        bottom=max(c["bottom"] for c in visible),
        size=sizes[len(sizes) // 2],
        first_font=visible[0].get("fontname", ""),
        last_font=visible[-1].get("fontname", ""),
        chars=visible,
    )


def page_lines(page: int, chars: Sequence[Char]) -> list[Line]:
    """All text lines made of `chars` on one page, top to bottom."""
    lines = (make_line(page, group) for group in group_lines(chars))
    return [line for line in lines if line is not None]

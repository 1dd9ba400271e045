"""Page furniture of a PDF: page numbers and running headers/footers to drop."""

from __future__ import annotations

import re
from collections import defaultdict

from etl.read.pdf_lines import Line

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~―_·\s]*\d{1,4}[-—–－~―_·\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_EDGE_LINES = 2  # how many lines at the top and at the bottom of a page count as its margins


def is_page_number(text: str) -> bool:
    """True for a bare page number such as "— 1 —", "- 1 -", "第1页", "3/20"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _edge_lines(lines: list[Line]) -> list[Line]:
    if len(lines) <= 2 * _EDGE_LINES:
        return list(lines)
    return lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]


def _position_key(line: Line) -> tuple[str, int]:
    return (_DIGITS.sub("#", line.text), round(line.top / 6))


def remove_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers and lines repeated at the same place on most pages (edge lines only).

    `pages` holds the non-table lines of every page, top to bottom.
    """
    counts: dict[tuple[str, int], set[int]] = defaultdict(set)
    for index, lines in enumerate(pages):
        for line in _edge_lines(lines):
            counts[_position_key(line)].add(index)
    threshold = max(3, (len(pages) + 1) // 2)
    repeated = {key for key, where in counts.items() if len(where) >= threshold}
    cleaned: list[list[Line]] = []
    for lines in pages:
        edges = {id(line) for line in _edge_lines(lines)}
        cleaned.append(
            [
                line
                for line in lines
                if id(line) not in edges
                or not (is_page_number(line.text) or _position_key(line) in repeated)
            ]
        )
    return cleaned

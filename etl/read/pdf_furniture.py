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
_PAGE_NUMBER_BAND = 0.2  # page numbers sit in the top or bottom fifth of the page
_RUNNING_BAND = 0.15  # running headers/footers sit in the top or bottom 15%
# Word's header/footer area: above any body text (A4: the top 2.2 cm), whatever the line says.
_HEADER_ZONE = 0.075


def is_page_number(text: str) -> bool:
    """True for a bare page number such as "— 1 —", "- 1 -", "第1页", "3/20"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _edge_lines(lines: list[Line]) -> list[Line]:
    if len(lines) <= 2 * _EDGE_LINES:
        return list(lines)
    return lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]


def _position_key(line: Line) -> tuple[str, int]:
    return (_DIGITS.sub("#", line.text), round(line.top / 6))


def _in_band(line: Line, height: float, band: float) -> bool:
    return line.bottom < band * height or line.top > (1 - band) * height


def remove_furniture(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Drop page numbers, lines repeated at the same place on most pages, and header/footer-zone lines.

    Only a page's first and last lines in its top/bottom band are candidates; a header line
    printed on one page only (a 文号 in the first page's header) goes by its position. `pages` holds the
    non-table lines of every page, top to bottom; `heights` the page heights.
    """
    counts: dict[tuple[str, int], set[int]] = defaultdict(set)
    for index, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        for line in _edge_lines(lines):
            if _in_band(line, height, _RUNNING_BAND):
                counts[_position_key(line)].add(index)
    threshold = max(3, (len(pages) + 1) // 2)
    repeated = {key for key, where in counts.items() if len(where) >= threshold}
    cleaned: list[list[Line]] = []
    for lines, height in zip(pages, heights, strict=True):
        edges = {id(line) for line in _edge_lines(lines)}
        cleaned.append([line for line in lines if not _is_furniture(line, edges, height, repeated)])
    return cleaned


def _in_header_zone(line: Line, height: float) -> bool:
    """Printed in the page's header or footer area, where no body line of a Word layout reaches."""
    return line.bottom < _HEADER_ZONE * height or line.top > (1 - _HEADER_ZONE) * height


def _is_furniture(line: Line, edges: set[int], height: float, repeated: set[tuple[str, int]]) -> bool:
    if id(line) not in edges:
        return False
    if _in_header_zone(line, height):
        return True
    if is_page_number(line.text) and _in_band(line, height, _PAGE_NUMBER_BAND):
        return True
    return _position_key(line) in repeated and _in_band(line, height, _RUNNING_BAND)

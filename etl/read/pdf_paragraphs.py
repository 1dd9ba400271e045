"""Join PDF text lines into paragraphs: indents, line ends, alignment, gaps and size changes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from etl.read.pdf_layout import (
    Layout,
    fills_line,
    is_centered,
    is_centered_block,
    is_full_width,
    is_indented,
    is_right_aligned,
)
from etl.read.pdf_lines import Line
from schemas.document import Paragraph, Provenance

_GAP_FACTOR = 1.45  # a pitch this many times the body pitch separates paragraphs
_TITLE_SIZE = 1.15  # lines this many times the body size are title lines


def _title_lines(previous: Line, line: Line, layout: Layout) -> bool:
    """Two lines of one title (wrapped, or broken by hand into a 梯形), when both are centred
    or full width: the same size, larger than the body, on one page."""
    return (
        previous.page == line.page
        and abs(previous.size - line.size) <= 1.0
        and line.size >= _TITLE_SIZE * layout.size
    )


def line_alignments(lines: Sequence[Line], layouts: Mapping[int, Layout]) -> list[str | None]:
    """'center', 'right' or None (left/justified) for every line."""
    aligns: list[str | None] = []
    for index, line in enumerate(lines):
        layout = layouts[line.page]
        neighbours = [
            other
            for other in (
                lines[index - 1] if index else None,
                lines[index + 1] if index + 1 < len(lines) else None,
            )
            if other is not None and other.page == line.page
        ]
        if is_centered(line, layout):
            aligns.append("center")
        elif is_right_aligned(line, layout, neighbours):
            aligns.append("right")
        else:
            aligns.append(None)
    return aligns


def _starts_new(
    current: list[int],
    index: int,
    lines: Sequence[Line],
    aligns: Sequence[str | None],
    layouts: Mapping[int, Layout],
) -> bool:
    previous, line = lines[current[-1]], lines[index]
    layout, prev_layout = layouts[line.page], layouts[previous.page]
    prev_align, align = aligns[current[-1]], aligns[index]
    if abs(previous.size - line.size) > 1.0 or "right" in (prev_align, align):
        return True
    if (
        line.page == previous.page
        and line.top - previous.top > _GAP_FACTOR * layout.pitch * line.size / layout.size
    ):
        return True
    if _title_lines(previous, line, layout) and all(
        a == "center" or is_full_width(member, layout) for member, a in ((previous, prev_align), (line, align))
    ):
        return False
    if align == "center":
        whole_run_full = all(aligns[i] is None and is_full_width(lines[i], prev_layout) for i in current)
        return not (whole_run_full and fills_line(previous, line, prev_layout))
    if prev_align == "center":
        return True
    body_left = lines[current[1]].x0 if len(current) > 1 else layout.left
    if is_indented(line, layout) and line.x0 - body_left > 0.8 * layout.size:
        return True
    return not fills_line(previous, line, prev_layout)


def join_line_texts(texts: Sequence[str]) -> str:
    """Join wrapped lines: a space only between two Latin letters/digits."""
    result = ""
    for text in texts:
        if (
            result
            and result[-1].isascii()
            and result[-1].isalnum()
            and text[:1].isascii()
            and text[:1].isalpha()
        ):
            result += " "
        result += text
    return result.strip()


def _paragraph_align(
    members: Sequence[Line], aligns: Sequence[str | None], layouts: Mapping[int, Layout]
) -> str | None:
    """'right' for a right-aligned line, 'center' for centred lines (wrapped ones full width)."""
    if "right" in aligns:
        return "right"
    last = members[-1]
    if not ("center" in aligns or is_centered_block(last, layouts[last.page])):
        return None
    pairs = zip(members, aligns, strict=True)
    if all(a == "center" or is_full_width(line, layouts[line.page]) for line, a in pairs):
        return "center"
    return None


def _paragraph(
    indices: list[int], lines: Sequence[Line], aligns: Sequence[str | None], layouts: Mapping[int, Layout]
) -> Paragraph:
    members = [lines[i] for i in indices]
    first = members[0]
    on_first_page = [line for line in members if line.page == first.page]
    bbox = (
        round(min(line.x0 + line.x_shift for line in on_first_page), 2),
        round(min(line.top for line in on_first_page), 2),
        round(max(line.x1 + line.x_shift for line in on_first_page), 2),
        round(max(line.bottom for line in on_first_page), 2),
    )
    align = _paragraph_align(members, [aligns[i] for i in indices], layouts)
    return Paragraph(
        text=join_line_texts([line.text for line in members]),
        align=align,
        provenance=Provenance(page=first.page, bbox=bbox),
    )


def build_paragraphs(lines: Sequence[Line], layouts: Mapping[int, Layout]) -> list[Paragraph]:
    """Paragraphs from a run of body lines in reading order (may cross pages)."""
    if not lines:
        return []
    aligns = line_alignments(lines, layouts)
    groups: list[list[int]] = [[0]]
    for index in range(1, len(lines)):
        if _starts_new(groups[-1], index, lines, aligns, layouts):
            groups.append([index])
        else:
            groups[-1].append(index)
    return [_paragraph(group, lines, aligns, layouts) for group in groups]

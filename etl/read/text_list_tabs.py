"""List numbers that a word processor's plain-text export follows with a TAB.

Word and WPS write an automatically numbered paragraph as ``一、<TAB>主要目标`` when the
number is followed by a tab stop.  Such a line is one paragraph, not a two-cell table row:
a run of consecutive TAB lines that all consist of a bare list number and one text is joined
back into ``一、主要目标``.  A run with any other row (a header such as ``序号<TAB>指标``, a row
of three cells, a value) is left alone: that is a table.
"""

from __future__ import annotations

import re

from etl.read.text_cell_types import is_value

_LIST_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十百]+、"
    r"|[（(][一二三四五六七八九十百\d]{1,3}[)）]"
    r"|\d{1,2}[、.．]"
    r"|第[一二三四五六七八九十百]+[章节条部分]"
    r"|[①-⑳])$"
)


def _list_item(line: str) -> tuple[str, str] | None:
    """(number, text) of a ``number<TAB>text`` line, else None."""
    if line.startswith("\t") or "\t" not in line:
        return None
    fields = [f.strip() for f in line.rstrip("\r\n").split("\t")]
    if len(fields) != 2 or not _LIST_NUMBER.match(fields[0]) or not fields[1] or is_value(fields[1]):
        return None
    return fields[0], fields[1]


def join_list_number_tabs(lines: list[str]) -> list[str]:
    """The lines with every ``number<TAB>text`` list paragraph joined into ``numbertext``."""
    joined = list(lines)
    index = 0
    while index < len(lines):
        if lines[index].startswith("\t") or "\t" not in lines[index]:
            index += 1
            continue
        end = index
        while end < len(lines) and "\t" in lines[end] and not lines[end].startswith("\t"):
            end += 1
        found = [_list_item(line) for line in lines[index:end]]
        items = [item for item in found if item is not None]
        if len(items) == len(found):
            for offset, (number, text) in enumerate(items):
                line = lines[index + offset]
                joined[index + offset] = line[: len(line) - len(line.lstrip())] + number + text
        index = end
    return joined

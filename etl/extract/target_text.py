"""Sentences and clauses of prose, cut at punctuation outside brackets and quotes.

All positions refer to a half-width copy of the text with the same length as the original,
so a span found in the copy slices the text as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.normalise.numbers import to_halfwidth

_OPEN_CLOSE = {
    "(": ")",
    "“": "”",
    "‘": "’",
    "《": "》",
    "〔": "〕",
    "[": "]",
    "「": "」",
    "【": "】",
    '"': '"',
}
_SENTENCE_END = "。!?\n"
_CLAUSE_END = ",;:"
# spans whose numbers are names, not commitments: quotes, titles, file numbers
_PROTECTING = {"“", "‘", "《", "〔", "「", '"', "【", "["}


def halfwidth(text: str) -> str:
    """The same-length half-width copy used for matching (，→, （→( ５→5)."""
    copy = to_halfwidth(text)
    return copy if len(copy) == len(text) else text


@dataclass(frozen=True)
class Span:
    """A slice [start, end) of one text."""

    start: int
    end: int


def bracket_depths(norm: str) -> list[int]:
    """Nesting depth of every character inside brackets or quotes (0 = top level)."""
    depths: list[int] = []
    stack: list[str] = []
    for char in norm:
        if stack and char == _OPEN_CLOSE[stack[-1]]:
            depths.append(len(stack))
            stack.pop()
            continue
        if char in _OPEN_CLOSE and not (char == '"' and stack and stack[-1] == '"'):
            stack.append(char)
        depths.append(len(stack))
    return depths


def protected_mask(norm: str) -> list[bool]:
    """True for characters inside quotes, book titles or file-number brackets, and (…号) notes."""
    mask = [False] * len(norm)
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(norm):
        if stack and char == _OPEN_CLOSE[stack[-1][0]]:
            opener, start = stack.pop()
            inner = norm[start + 1 : i]
            if opener in _PROTECTING or (opener == "(" and re.search(r"\d号|〔", inner)):
                for j in range(start, i + 1):
                    mask[j] = True
            continue
        if char in _OPEN_CLOSE:
            stack.append((char, i))
    return mask


def _cut(norm: str, span: Span, stops: str) -> list[Span]:
    depths = bracket_depths(norm)
    parts: list[Span] = []
    start = span.start
    for i in range(span.start, span.end):
        if norm[i] in stops and depths[i] == 0:
            if i > start:
                parts.append(Span(start, i))
            start = i + 1
    if span.end > start:
        parts.append(Span(start, span.end))
    return parts


def sentences(norm: str) -> list[Span]:
    """Sentences: cut at 。！？ and line breaks outside brackets."""
    return _cut(norm, Span(0, len(norm)), _SENTENCE_END)


def clauses(norm: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence: cut at ，；： outside brackets."""
    return _cut(norm, sentence, _CLAUSE_END)


def list_items(norm: str, clause: Span) -> list[Span]:
    """Items of a clause: cut at 、 outside brackets (callers merge items without numbers)."""
    return _cut(norm, clause, "、")

"""Finding responsibility notes in a task's text and reading each with the note grammar.

A note is a bracketed aside naming departments and roles — "（责任单位：A、B）",
"(A负责,B等协助推进)" — or a running-text sentence made only of such a statement
("由A牵头，B配合。"), or whose clauses open with one ("市工信局要牵头…，市发改委等部门要密切配合"). Paragraph breaks in a task's text are "\n"; a note that fills a whole
later paragraph is *standalone* (it may speak for the group of items above it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.responsibility_grammar import (
    Directives,
    RoleEntry,
    find_directives,
    looks_like_department,
    modal_role_entries,
    parse_role_clause,
    together_clause_entries,
)
from schemas.vocab import Role

_OPEN = "（("
_CLOSE = "）)"
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_TRAILING_PUNCTUATION = "。；;，,、 \t"


@dataclass
class FoundNote:
    """One note of a task's text: its entries, conventions, and where it sits."""

    start: int
    end: int
    entries: list[RoleEntry]
    directives: Directives
    standalone: bool = False
    bracketed: bool = True


def bracket_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level bracketed group; an unclosed group runs to the end."""
    groups: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in _OPEN:
            if depth == 0:
                start = index
            depth += 1
        elif char in _CLOSE and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append((start, index + 1))
    if depth > 0:
        groups.append((start, len(text)))
    return groups


def _is_standalone(text: str, start: int, end: int) -> bool:
    """The note fills a later paragraph of the text: only breaks before it and nothing after."""
    before = text[:start].rstrip(" \t")
    after = text[end:].strip(_TRAILING_PUNCTUATION)
    return before.endswith("\n") and (not after or after.startswith("\n"))


def _bracketed_note(text: str, start: int, end: int) -> FoundNote | None:
    inner_end = end - 1 if text[end - 1] in _CLOSE else end
    directives = find_directives(text[start + 1 : inner_end])
    parsed = parse_role_clause(directives.remainder)
    if not parsed.entries and not directives.standing_departments:
        return None
    return FoundNote(
        start=start,
        end=end,
        entries=parsed.entries,
        directives=directives,
        standalone=_is_standalone(text, start, end),
    )


def _sentence_notes(text: str, groups: list[tuple[int, int]]) -> list[FoundNote]:
    """Running-text sentences that consist of a role statement only ("由A牵头，B配合").

    `groups` are the bracketed notes, masked out; other brackets stay part of their sentence
    (各乡镇（街道）参与).
    """
    masked = list(text)
    for start, end in groups:
        masked[start:end] = "\n" * (end - start)
    plain = "".join(masked)
    notes: list[FoundNote] = []
    position = 0
    for match in [*_SENTENCE_END.finditer(plain), None]:
        stop = match.start() if match else len(plain)
        sentence = plain[position:stop]
        begin = position + len(sentence) - len(sentence.lstrip())
        position = match.end() if match else len(plain)
        if not sentence.strip():
            continue
        directives = find_directives(sentence.strip())
        parsed = parse_role_clause(directives.remainder)
        if directives.standing_departments and not parsed.entries:
            notes.append(FoundNote(begin, stop, [], directives, bracketed=False))
            continue
        if not parsed.complete or not parsed.entries:
            modal = modal_role_entries(directives.remainder) or together_clause_entries(directives.remainder)
            if modal:
                notes.append(FoundNote(begin, stop, modal, directives, standalone=False, bracketed=False))
            continue
        stated = parsed.has_label or parsed.has_sentence_verb()
        if not stated and not any(e.role is Role.lead for e in parsed.entries):
            continue
        if all(looks_like_department(e.department_raw) for e in parsed.entries):
            standalone = _is_standalone(text, begin, stop)
            notes.append(FoundNote(begin, stop, parsed.entries, directives, standalone, bracketed=False))
    return notes


def find_notes(text: str) -> list[FoundNote]:
    """The responsibility notes of a task's text, in reading order."""
    groups = bracket_groups(text)
    notes = [note for start, end in groups if (note := _bracketed_note(text, start, end)) is not None]
    notes.extend(_sentence_notes(text, [(note.start, note.end) for note in notes]))
    return sorted(notes, key=lambda note: note.start)

"""Responsibilities stated for tasks: notes in the body and role columns of goal tables.

Which task a note speaks for: the task whose text holds it; a note that fills a paragraph of
its own after the last of a group of items none of which has a note speaks for the group's
heading (the items' parent). Document-wide conventions apply from the note that states them
on: "列第一位者为牵头单位，下同" (first listed is lead, the others responsible) and
"以下均需X落实，不再列出" (X is responsible for every later task that has a note).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from etl.extract.responsibility_grammar import RoleEntry, first_listed_leads
from etl.extract.responsibility_notes import FoundNote, find_notes
from etl.extract.responsibility_tables import row_entries
from schemas.document import Document, Provenance, Table
from schemas.responsibilities import Responsibility
from schemas.tasks import Task
from schemas.vocab import Role, SubjectType

_MIN_GROUP = 2


@dataclass
class _Conventions:
    """Conventions in force while reading notes in document order."""

    first_is_lead: bool = False
    standing: list[str] = field(default_factory=list)


def _table_of(doc: Document, task: Task) -> Table | None:
    """The goal table a task is a row of, or None for a body task."""
    if task.provenance.row is None:
        return None
    if task.block_index is not None and 0 <= task.block_index < len(doc.blocks):
        block = doc.blocks[task.block_index]
        return block if isinstance(block, Table) else None
    tables = doc.tables()
    index = task.provenance.table
    return tables[index] if index is not None and 0 <= index < len(tables) else None


def _note_target(task: Task, note: FoundNote, notes: dict[str, list[FoundNote]], tasks: list[Task]) -> Task:
    """The parent for a standalone note after a group of note-less items, else the task itself."""
    if not note.standalone or task.parent_id is None:
        return task
    siblings = [t for t in tasks if t.parent_id == task.parent_id]
    if len(siblings) < _MIN_GROUP or siblings[-1].id != task.id:
        return task
    others = [n for t in siblings for n in notes.get(t.id, []) if n is not note]
    if others:
        return task
    return next((t for t in tasks if t.id == task.parent_id), task)


def _key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).replace(" ", "")


def _record(task: Task, entry: RoleEntry, provenance: Provenance) -> Responsibility:
    return Responsibility(
        subject_type=SubjectType.task,
        subject_id=task.id,
        department_raw=entry.department_raw,
        role=entry.role,
        provenance=provenance,
    )


def _body_entries(note: FoundNote, conventions: _Conventions) -> list[RoleEntry]:
    """A note's entries under the conventions in force, then the conventions it sets."""
    entries = note.entries
    if note.directives.first_is_lead or conventions.first_is_lead:
        entries = first_listed_leads(entries)
    if entries:
        entries = entries + [RoleEntry(name, Role.responsible) for name in conventions.standing]
    if note.directives.applies_below:
        conventions.first_is_lead = True
    conventions.standing.extend(note.directives.standing_departments)
    return entries


def _body_responsibilities(body: list[Task]) -> dict[str, list[tuple[RoleEntry, Provenance]]]:
    notes = {task.id: find_notes(task.text) for task in body}
    conventions = _Conventions()
    found: dict[str, list[tuple[RoleEntry, Provenance]]] = {}
    for task in body:
        for note in notes[task.id]:
            target = _note_target(task, note, notes, body)
            for entry in _body_entries(note, conventions):
                found.setdefault(target.id, []).append((entry, task.provenance))
    return found


def _table_responsibilities(doc: Document, rows: list[Task]) -> dict[str, list[tuple[RoleEntry, Provenance]]]:
    found: dict[str, list[tuple[RoleEntry, Provenance]]] = {}
    for task in rows:
        table = _table_of(doc, task)
        if table is None or task.provenance.row is None:
            continue
        for entry, col in row_entries(table, task.provenance.row):
            found.setdefault(task.id, []).append((entry, task.provenance.at_cell(task.provenance.row, col)))
    return found


def _restated_row_responsibilities(
    doc: Document, body: list[Task]
) -> dict[str, list[tuple[RoleEntry, Provenance]]]:
    """Role columns of a task-division table whose rows restate body tasks, given to those tasks."""
    from etl.extract.task_tables import restated_task_rows

    found: dict[str, list[tuple[RoleEntry, Provenance]]] = {}
    for task, block_index, row in restated_task_rows(doc, body):
        table = doc.blocks[block_index]
        if not isinstance(table, Table):
            continue
        for entry, col in row_entries(table, row):
            found.setdefault(task.id, []).append((entry, table.provenance.at_cell(row, col)))
    return found


def extract_task_responsibilities(doc: Document, tasks: list[Task]) -> list[Responsibility]:
    """Department roles stated for tasks (责任单位：…, X负责，Y协助 …, goal-table role columns)."""
    parents = {task.parent_id for task in tasks}
    rows = [t for t in tasks if _table_of(doc, t) is not None and t.id not in parents]
    row_ids = {t.id for t in rows}
    body = [t for t in tasks if t.provenance.row is None and t.id not in row_ids]
    by_task = _body_responsibilities(body)
    by_task.update(_table_responsibilities(doc, rows))
    for task_id, entries in _restated_row_responsibilities(doc, body).items():
        by_task.setdefault(task_id, []).extend(entries)
    records: list[Responsibility] = []
    for task in tasks:
        seen: set[str] = set()
        for entry, provenance in by_task.get(task.id, []):
            if _key(entry.department_raw) in seen:
                continue
            seen.add(_key(entry.department_raw))
            records.append(_record(task, entry, provenance))
    return records

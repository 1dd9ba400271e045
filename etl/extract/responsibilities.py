"""Responsibilities stated for tasks in the body (placeholder)."""

from __future__ import annotations

from schemas.document import Document
from schemas.responsibilities import Responsibility
from schemas.tasks import Task


def extract_task_responsibilities(doc: Document, tasks: list[Task]) -> list[Responsibility]:
    """Department roles stated for tasks (责任单位：…, X负责，Y协助 …)."""
    return []

"""Task hierarchy from the numbered items of a plan's body (placeholder)."""

from __future__ import annotations

from schemas.document import Document
from schemas.tasks import Task


def extract_tasks(doc: Document) -> list[Task]:
    """The numbered task hierarchy of the document's body."""
    return []

"""Quantitative commitments stated in prose (placeholder)."""

from __future__ import annotations

from schemas.document import Document
from schemas.targets import Target
from schemas.tasks import Task


def extract_targets(doc: Document, tasks: list[Task]) -> list[Target]:
    """Every number a sentence commits to, attached to the task holding it."""
    return []

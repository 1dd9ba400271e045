"""Errors of the extract stage."""

from __future__ import annotations


class ExtractError(Exception):
    """An extractor failed on a document; the document is not loaded."""

    code = "extract_failed"

    def __init__(self, extractor: str, message: str) -> None:
        super().__init__(f"{extractor}: {message}")
        self.extractor = extractor
        self.message = message


class NotAPolicyDocumentError(ExtractError):
    """The text holds nothing of a policy document (no title, tasks, tables or targets)."""

    code = "not_policy_document"

    def __init__(self, message: str) -> None:
        super().__init__("genre", message)

"""Errors of the load stage."""

from __future__ import annotations


class LoadError(Exception):
    """A parsed document could not be written to the warehouse (nothing of it was)."""

    code = "load_failed"


class WarehouseReadError(Exception):
    """A warehouse cannot be opened or lacks the research views."""

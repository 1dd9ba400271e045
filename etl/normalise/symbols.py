"""Marker symbols attached to indicator names, with look-alikes unified (placeholder)."""

from __future__ import annotations

MARKER_SYMBOLS = "*△☆★√▲"
_LOOKALIKES = {"＊": "*", "✓": "√", "✔": "√"}


def normalise_symbol(char: str) -> str:
    """One canonical character for a marker symbol."""
    return _LOOKALIKES.get(char, char)

"""Unit spelling normalisation per the warehouse contract (placeholder)."""

from __future__ import annotations


def normalise_unit(raw: str | None) -> str | None:
    """The contract's spelling of a unit as written (％ -> %, ㎡ -> 平方米 …)."""
    if raw is None:
        return None
    unit = raw.strip().replace("％", "%")
    return unit or None

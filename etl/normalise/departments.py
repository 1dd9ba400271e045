"""Department names: splitting lists and resolving aliases per jurisdiction (placeholder)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[、，,；;\s]+")


@dataclass(frozen=True)
class ResolvedDepartment:
    """A department's normalised name, and whether the registry knew it."""

    name: str
    known: bool


def split_department_list(text: str) -> list[str]:
    """Split '市工信局、市商务局等' into ['市工信局', '市商务局']."""
    parts = [p.strip() for p in _SEPARATORS.split(text)]
    return [re.sub(r"等$", "", p) for p in parts if p]


def resolve_department(raw: str, jurisdiction: str | None) -> ResolvedDepartment:
    """The normalised name of a written department within a jurisdiction."""
    return ResolvedDepartment(name=raw.strip(), known=False)

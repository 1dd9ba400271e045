"""The department registry (etl/data/departments.yaml): entries, written-form lookup, script conversion."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_LEVEL_SLOT = "{L}"
LEVEL_WORDS = ("市", "区", "县", "省", "镇")
_SECTIONS = ("government", "party", "judicial", "federations")


@dataclass(frozen=True)
class Entry:
    """One standard department: full name without level word ({L} marks an inner level slot)."""

    name: str
    aliases: tuple[str, ...]
    family: str | None
    section: str

    def full_name(self, level: str) -> str:
        """The name with a level word: 市 + 工业和信息化局, 团 + 市 + 委."""
        if _LEVEL_SLOT in self.name:
            return self.name.replace(_LEVEL_SLOT, level)
        return level + self.name

    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Match:
    """A written form found in the registry, with the level word it was written with ("" if none)."""

    entry: Entry
    level: str
    by_full_name: bool


@cache
def _load(name: str) -> dict:
    return yaml.safe_load((_DATA_DIR / name).read_text(encoding="utf-8"))


@cache
def entries() -> tuple[Entry, ...]:
    """All registry entries, in file order."""
    data = _load("departments.yaml")
    return tuple(
        Entry(item["name"], tuple(item.get("aliases", [])), item.get("family"), section)
        for section in _SECTIONS
        for item in data[section]
    )


def _keys_of(form: str) -> list[tuple[str, str]]:
    """(written key, level) pairs for one registry form."""
    if _LEVEL_SLOT in form:
        return [(form.replace(_LEVEL_SLOT, level), level) for level in ("", *LEVEL_WORDS)]
    return [(form, ""), *((level + form, level) for level in LEVEL_WORDS)]


@cache
def _lookup_table() -> dict[str, Match]:
    table: dict[str, Match] = {}
    for entry in entries():
        for form in entry.forms():
            for key, level in _keys_of(form):
                if len(key) >= 2 and key not in table:
                    table[key] = Match(entry, level, form == entry.name)
    return table


def lookup(written: str) -> Match | None:
    """The registry entry a written form (place name already removed) denotes, e.g. 市工信局."""
    return _lookup_table().get(written)


def all_written_forms() -> list[str]:
    """Every written form the registry knows (with and without level words), longest first."""
    return sorted(_lookup_table(), key=len, reverse=True)


def central_bank() -> dict:
    """Written forms of the central bank, its full-name prefix and branch suffixes."""
    return _load("departments.yaml")["central_bank"]


@cache
def collective_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns of collective subjects (各镇街园区, 有关部门 …), named as written."""
    return tuple(re.compile(p) for p in _load("departments.yaml")["collectives"]["patterns"])



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
PROVINCE_LEVEL = "省"
_SECTIONS = ("government", "party", "judicial", "federations")


@dataclass(frozen=True)
class Entry:
    """One standard department: full name without level word ({L} marks an inner level slot)."""

    name: str
    aliases: tuple[str, ...]
    family: str | None
    section: str
    province: str | None = None
    province_aliases: tuple[str, ...] = ()

    def full_name(self, level: str) -> str:
        """The name with a level word: 市 + 工业和信息化局, 团 + 市 + 委, 省 + 科学技术厅."""
        name = self.province if level == PROVINCE_LEVEL and self.province else self.name
        if _LEVEL_SLOT in name:
            return name.replace(_LEVEL_SLOT, level)
        return level + name

    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.province_aliases)


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
        Entry(
            item["name"],
            tuple(item.get("aliases", [])),
            item.get("family"),
            section,
            item.get("province"),
            tuple(item.get("province_aliases", [])),
        )
        for section in _SECTIONS
        for item in data[section]
    )


@cache
def entry_named(name: str) -> Entry | None:
    """The entry whose name (without level word) is `name`."""
    return next((e for e in entries() if e.name == name), None)


def _province_keys(form: str) -> list[tuple[str, str]]:
    """A provincial-only form (科技厅) written without a level word means a provincial body."""
    return [(form, PROVINCE_LEVEL), *((level + form, level) for level in LEVEL_WORDS)]


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
            keys = _province_keys(form) if form in entry.province_aliases else _keys_of(form)
            full = form in (entry.name, entry.province)
            for key, level in keys:
                if len(key) >= 2 and key not in table:
                    table[key] = Match(entry, level, full)
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


def central_prefixes() -> tuple[str, ...]:
    """Prefixes of vertically managed bodies (国家税务总局, 国网), longest first."""
    return tuple(sorted(_load("departments.yaml")["central_prefixes"], key=len, reverse=True))


def family_default(family: str | None) -> str | None:
    """The default member of a family whose member follows the province (industry → 工业和信息化局)."""
    return _load("departments.yaml")["family_defaults"].get(family) if family else None


def regional_member(family: str | None, province: str | None, level: str) -> str | None:
    """The family member a province uses at a level (industry in 浙江省 → 经济和信息化局), or None."""
    for rule in _load("departments.yaml")["regional_names"]:
        if rule["family"] == family and province in rule["places"] and level in rule.get("levels", [level]):
            return rule["member"]
    return None


@cache
def collective_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns of collective subjects (各镇街园区, 有关部门 …), named as written."""
    return tuple(re.compile(p) for p in _load("departments.yaml")["collectives"]["patterns"])




def kept_as_written(written: str, level: str) -> bool:
    """A pre-reform name that still names the body at this level (区金融办 stays 区金融办)."""
    rule = _load("departments.yaml").get("kept_below_city") or {}
    if level not in rule.get("levels", []):
        return False
    body = written[len(level) :] if written.startswith(level) else written
    return body in rule.get("forms", [])

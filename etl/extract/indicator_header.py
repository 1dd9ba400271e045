"""Header vocabulary of indicator tables: what a header cell says a column (or row) holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from etl.normalise.units import is_unit
from schemas.vocab import Role, ValueKind

_DATA = Path(__file__).resolve().parent.parent / "data" / "indicator_headers.yaml"
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_UNIT_IN_HEADER = re.compile(r"[（(]\s*(?:单位[:：])?\s*([^（）()]{1,12})\s*[）)]\s*$")
_SPACES = re.compile(r"\s+")
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})年?[-－—–~～至到]{1,2}((?:19|20)\d{2})")


@dataclass(frozen=True)
class HeaderRole:
    """The meaning of one header: a role, and for value columns the year and kind."""

    role: str  # seq name category context unit stat_source department attribute growth remark region value
    year: int | None = None
    kind: ValueKind | None = None  # None for a bare year column (the table or plan period decides)
    department_role: Role = Role.responsible
    unit_raw: str | None = None


@cache
def vocabulary() -> dict:
    """The header vocabulary loaded from etl/data/indicator_headers.yaml."""
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


def squash(text: str) -> str:
    """Cell text with every whitespace (including in-cell line breaks) removed."""
    return _SPACES.sub("", text or "")


def _word_role(text: str) -> str | None:
    for role, words in vocabulary()["roles"].items():
        if text in words.get("exact", []) or any(w in text for w in words.get("contains", [])):
            return role
    return "region" if is_region_header(text) else None


@cache
def _region_header() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, vocabulary()["region_nouns"]), key=len, reverse=True))
    return re.compile(rf"^各?(?:{nouns})(?:[（(](?:{nouns})(?:[、，,/／](?:{nouns}))*[）)])?(?:名称)?$")


def is_region_header(text: str) -> bool:
    """A header made of sub-area nouns: 乡镇（开发区）, 镇（街道、园区）, 各县（市、区）名称."""
    return bool(_region_header().match(squash(text)))


def department_role(text: str) -> Role:
    """Role given by a department header or clause: 牵头 → lead, 配合/参与 → assist."""
    for role, words in vocabulary()["department_roles"].items():
        if any(w in text for w in words):
            return Role(role)
    return Role.responsible


def value_kind(text: str) -> ValueKind | None:
    """baseline (情况/现状/基期…), target (目标/预期…) or None when the text names neither."""
    vocab = vocabulary()
    if any(w in text for w in ("基期", "基数", "现状", "实际", "基准")):
        return ValueKind.baseline
    if any(w in text for w in vocab["target_words"]):
        return ValueKind.target
    if any(w in text for w in vocab["baseline_words"]):
        return ValueKind.baseline
    return None


def classify_header(text: str) -> HeaderRole | None:
    """What a header cell announces, or None when it is not header vocabulary."""
    flat = squash(text)
    if not flat:
        return None
    unit_match = _UNIT_IN_HEADER.search(flat)
    core = flat[: unit_match.start()] if unit_match else flat
    # only a unit in parentheses is a unit: not 县（市、区）, 现状值（2022年）, 2024年（预计）, 指标（单位）
    if unit_match and unit_match.group(1) in ("单位", "计量单位"):
        unit_match = None
    elif unit_match and not is_unit(unit_match.group(1)):
        core, unit_match = flat, None
    role = _word_role(core)
    if role == "department":
        return HeaderRole("department", department_role=department_role(core))
    if role is not None:
        return HeaderRole(role, unit_raw=unit_match.group(1) if unit_match and role == "name" else None)
    year_match = _YEAR.search(core)
    kind = value_kind(core)
    rest = _YEAR.sub("", core)
    year = int(year_match.group(1)) if year_match else _plan_end(core)
    if year is not None and len(rest) <= 8:
        return HeaderRole(
            "value",
            year=year,
            kind=kind,
            unit_raw=unit_match.group(1) if unit_match else None,
        )
    if kind is not None and len(core) <= 8:
        return HeaderRole("value", kind=kind, unit_raw=unit_match.group(1) if unit_match else None)
    return None


def is_project_header(rows: list[list[str]]) -> bool:
    """True when header rows name a project list (项目名称 … 建设内容 / 总投资 / 建设年限), not indicators."""
    words = vocabulary()["project_tables"]
    cells = [squash(t) for row in rows for t in row if squash(t)]
    named = any(_UNIT_IN_HEADER.sub("", t) in words["name_headers"] for t in cells)
    return named and any(w in t for t in cells for w in words["attribute_headers"])


def is_whole_jurisdiction(label: str) -> bool:
    """True for row labels such as 合计 / 全市 that mean the whole jurisdiction."""
    return squash(label) in vocabulary()["whole_jurisdiction"]


def _plan_end(text: str) -> int | None:
    """Last year of a five-year plan named in a header: '“十四五”目标' → 2025."""
    for name, start in vocabulary()["five_year_plans"].items():
        if name in text:
            return int(start) + 4
    return None


def plan_start_in(text: str) -> int | None:
    """First year of a plan period written in a text: '（2023—2025年）' → 2023, '“十四五”' → 2021."""
    flat = squash(text or "")
    match = _YEAR_RANGE.search(flat)
    if match:
        return int(match.group(1))
    for name, start in vocabulary()["five_year_plans"].items():
        if name in flat:
            return int(start)
    return None


def year_in(text: str) -> int | None:
    """The first four-digit year written in a text, e.g. a table's title."""
    match = _YEAR.search(text or "")
    return int(match.group(1)) if match else None

"""How a stated number is meant (左右 / 以上 / 不超过 / 提高N个百分点 …), from a data vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from etl.normalise.numbers import parse_number, to_halfwidth
from schemas.vocab import Qualifier

_DATA = Path(__file__).resolve().parent.parent / "data" / "qualifiers.yaml"
_NUMBER = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)"
_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class _Rule:
    qualifier: Qualifier
    pattern: re.Pattern[str]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("#", _NUMBER))


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], tuple[_Rule, ...], re.Pattern[str]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    rules = tuple(_Rule(Qualifier[r["qualifier"]], _compile(r["pattern"])) for r in data["rules"])
    return (
        frozenset(data["none_cells"]),
        frozenset(data["not_decomposed"]),
        rules,
        _compile(data["range_pattern"]),
    )


def _is_range(text: str) -> bool:
    """A numeric range such as 9—10家 (but not a year span such as 2022—2024)."""
    *_, range_pattern = _vocabulary()
    for match in range_pattern.finditer(text):
        numbers = re.findall(r"\d+(?:\.\d+)?", match.group())
        if not (len(numbers) == 2 and all(_YEAR.fullmatch(n) for n in numbers)):
            return True
    return False


def detect_qualifier(text: str | None) -> Qualifier | None:
    """The qualifier of a value as written; None means exact.

    Pass the cell or the clause fragment around one number: "72左右" → approx, "超1400亿元" → min,
    "控制在5%以内" → max, "提高2个百分点" → delta, "不分解" → not_decomposed, "—" → none,
    "低于全省平均" (no number) → text.
    """
    if text is None:
        return None
    cell = re.sub(r"\s+", "", to_halfwidth(text))
    none_cells, not_decomposed, rules, _ = _vocabulary()
    if not cell or cell in none_cells:
        return Qualifier.none
    if cell in not_decomposed:
        return Qualifier.not_decomposed
    if parse_number(cell) is None:
        return Qualifier.text
    for rule in rules:
        if rule.pattern.search(cell):
            return rule.qualifier
    if _is_range(cell):
        return Qualifier.min
    return None


def parse_value_cell(text: str | None) -> tuple[float | None, Qualifier | None]:
    """A table cell's number and qualifier: "8左右" → (8.0, approx), "—" → (None, none), "8.1" → (8.1, None)."""
    qualifier = detect_qualifier(text)
    if qualifier in (Qualifier.none, Qualifier.not_decomposed, Qualifier.text):
        return None, qualifier
    return parse_number(text), qualifier

"""Unit spelling normalisation per the warehouse contract, and unit parentheses of indicator names."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from etl.normalise.numbers import to_halfwidth

_DATA = Path(__file__).resolve().parent.parent / "data" / "units.yaml"
_TRAILING_PAREN = re.compile(r"[（(]([^（）()]*)[）)]\s*$")
_UNIT_LABEL = re.compile(r"^(?:计量)?单位\s*[:：]\s*")


@cache
def _vocabulary() -> dict:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


def _counting() -> frozenset[str]:
    return frozenset(_vocabulary()["counting_units"])


COUNTING_UNITS: frozenset[str] = _counting()
"""Units before which 万 / 亿 are multiplied out (人 名 家 个 件 项 座 条 所 …)."""


def normalise_unit(raw: str | None) -> str | None:
    """The contract's spelling of a unit as written (％ → %, ㎡ → 平方米, 万㎡ → 万平方米 …).

    Surrounding brackets, a leading 单位： label and inner spaces are dropped; the meaning is kept.
    """
    if raw is None:
        return None
    unit = raw.strip()
    match = re.fullmatch(r"[（(](.*)[）)]", unit)
    if match:
        unit = match.group(1)
    unit = _UNIT_LABEL.sub("", unit)
    unit = re.sub(r"\s+", "", to_halfwidth(unit))
    spellings = _vocabulary()["spellings"]
    for written in sorted(spellings, key=len, reverse=True):
        unit = unit.replace(written, spellings[written])
    return unit or None


def _base_units() -> set[str]:
    vocab = _vocabulary()
    return set(vocab["counting_units"]) | set(vocab["measuring_units"])


def _is_simple_unit(text: str) -> bool:
    """One base unit with an optional magnitude prefix: 家, 万元, 千个, 万平方米, 吨标准煤."""
    if text in _base_units() or text in _vocabulary()["latin_units"]:
        return True
    for magnitude in sorted(_vocabulary()["magnitudes"], key=len, reverse=True):
        if text.startswith(magnitude) and len(text) > len(magnitude):
            rest = text[len(magnitude) :]
            if rest in _base_units() or rest in _vocabulary()["latin_units"]:
                return True
    return False


def is_unit(text: str) -> bool:
    """Whether `text` (e.g. a parenthesis' content) is a unit: 家, %, 万元/人, 吨/亿元, EB, 千个."""
    unit = normalise_unit(text)
    if not unit or len(unit) > 12:
        return False
    if _is_simple_unit(unit):
        return True
    parts = unit.split("/")
    return len(parts) == 2 and all(_is_simple_unit(p) for p in parts)


def split_name_unit(name: str) -> tuple[str, str | None]:
    """Take a trailing unit parenthesis off an indicator name.

    "规模以上工业全员劳动生产率（万元/人）" → ("规模以上工业全员劳动生产率", "万元/人");
    "主要污染排放量（水/大气）" and "小巨人（单项冠军）" are not units and stay in the name.
    The unit is returned as written (use normalise_unit for the contract spelling).
    """
    text = name.strip()
    match = _TRAILING_PAREN.search(text)
    if not match or not is_unit(match.group(1)):
        return text, None
    return text[: match.start()].rstrip(), match.group(1).strip()


def scale_by_magnitude(value: float, magnitude: str, unit: str | None) -> tuple[float, str | None]:
    """Apply a 万 / 亿 written before a unit: multiplied out before a counting unit, else kept in the unit.

    (1.6, "万", "人") → (16000.0, "人"); (2.5, "万", "亩") → (2.5, "万亩").
    """
    factors = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}
    if not magnitude:
        return value, unit
    if unit in COUNTING_UNITS or unit is None:
        factor = 1
        for char in magnitude:
            factor *= factors.get(char, 1)
        return value * factor, unit
    return value, magnitude + unit

"""Value cells of indicator tables: numbers, qualifiers and composite cells."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.indicator_header import vocabulary
from etl.extract.indicator_names import flatten
from etl.normalise.numbers import to_halfwidth
from etl.normalise.qualifiers import parse_value_cell as parse_number_cell
from etl.normalise.units import is_unit
from schemas.vocab import Qualifier

_NUMBER = r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?"
_NUMBER_RE = re.compile(_NUMBER)
_COMPONENT = re.compile(rf"^(?P<label>[^\d%％]{{2,}}?)\s*(?P<number>{_NUMBER})\s*(?P<rest>.*)$")
_SEGMENT_SPLIT = re.compile(r"[，,；;、]")
_ARABIC = re.compile(r"\d")
# a bare Chinese numeral standing for the value: 三 / 五家 / 十个以上 (not 翻一番, 全省第一)
_CHINESE_VALUE = re.compile(
    r"^(?:约|近|超过?|不少于|不低于)?[零一二两三四五六七八九十百千万]+[^\d]{0,3}?(?:以上|以下|左右)?$"
)
# an interval in brackets as 十四五 tables print it: [95,98] → 95 (lower bound)
_BRACKET_INTERVAL = re.compile(rf"^[\[［〔【]\s*({_NUMBER})\s*[,，、~～-]\s*({_NUMBER})\s*[\]］〕】]")


@dataclass(frozen=True)
class CellValue:
    """One value read from a cell (a composite cell gives one per component)."""

    component: str | None
    value: float | None
    qualifier: Qualifier | None
    unit_raw: str | None = None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _trailing_unit(rest: str) -> str | None:
    """The unit written right after the number, e.g. '家' in '10家以上'."""
    rest = rest.strip()
    for length in range(min(len(rest), 8), 0, -1):
        if is_unit(rest[:length]):
            return rest[:length]
    return None


def parse_value_text(text: str) -> CellValue:
    """'13.5左右' → 13.5 approx; '不分解' → not_decomposed; '-' → none; '低于全省平均' → text."""
    flat = to_halfwidth(flatten(text)).strip()
    interval = _BRACKET_INTERVAL.match(flat)
    if interval:
        return CellValue(
            None, _number(interval.group(1)), Qualifier.min, _trailing_unit(flat[interval.end() :])
        )
    value, qualifier = parse_number_cell(flat)
    if value is not None and not _ARABIC.search(flat) and not _CHINESE_VALUE.match(flat):
        return CellValue(None, None, Qualifier.text)
    match = _NUMBER_RE.search(flat)
    unit = _trailing_unit(flat[match.end() :]) if match and value is not None else None
    return CellValue(None, value, qualifier, unit)


def _labelled_segments(flat: str) -> list[tuple[str, str]] | None:
    """'纺织业12%，电气机械15%' → [('纺织业', '12%'), ('电气机械', '15%')], or None."""
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(flat) if s.strip()]
    qualifier_words = vocabulary()["qualifier_words"]
    result: list[tuple[str, str]] = []
    for segment in segments:
        match = _COMPONENT.match(segment)
        if not match:
            return None
        label = match.group("label").strip()
        if any(w in label for w in qualifier_words) or is_unit(label):
            return None
        result.append((label, segment[match.start("number") :]))
    return result or None


def parse_value_cell(text: str, components: list[str] | None = None) -> list[CellValue]:
    """Every value of a cell: one, or one per component of a composite cell."""
    flat = to_halfwidth(flatten(text)).strip()
    if not flat:
        return []
    if components:
        parts = [p.strip() for p in re.split(r"[/／]", flat)]
        if len(parts) == len(components) and all(_NUMBER_RE.search(p) for p in parts):
            return [_with_component(parse_value_text(p), c) for p, c in zip(parts, components, strict=True)]
    labelled = _labelled_segments(flat)
    if labelled:
        return [_with_component(parse_value_text(v), label) for label, v in labelled]
    return [parse_value_text(flat)]


def _with_component(value: CellValue, component: str) -> CellValue:
    return CellValue(component, value.value, value.qualifier, value.unit_raw)

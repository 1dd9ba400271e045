"""Numbers with their units in a clause: 2500家, 1.6万人, 9—10家, 38.5万元/人, 两千人, 72 (bare).

Numbers that are dates, ordinals, parts of names (5G, G42, “345”), rates (每万名) or plan
structure (五大工程, 十三项任务) are not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.target_lexicon import TargetLexicon, lexicon
from etl.normalise.numbers import parse_chinese_numeral
from etl.normalise.units import normalise_unit, scale_by_magnitude

_ARABIC = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_CHINESE = re.compile(r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*")
_BARE_MAGNITUDE = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万\d])([百千])(?=[万亿]美?元)"
)  # 超千亿元: 1000 亿元
_RANGE_DASH = re.compile(r"\s*(?:[-－—–~～]{1,2}|至)\s*")
_LATIN = re.compile(r"[A-Za-z]")
_VAGUE_CHINESE_UNITS = {"批", "些", "次", "期"}  # 一批 / 两次 are manner, not counts
_MORE_THAN = "余多"  # 三百余家, 1000多人: "more than", qualifier min
_UNIT_ALTERNATIVE = re.compile(r"\(([^()]{1,2})\)")


@dataclass(frozen=True)
class Quantity:
    """One number found in a normalised text, with the span it covers (number + unit)."""

    start: int
    end: int
    value: float
    unit: str | None  # normalised
    counting: bool  # unit counts discrete things (家 个 人 …)
    is_range: bool
    chinese: bool  # written in Chinese numerals
    more_than: bool = False  # 余 / 多 between the number and its unit


def _simple_unit(norm: str, pos: int, lex: TargetLexicon) -> tuple[str, str, int] | None:
    """(magnitude, unit, end) of one unit such as 家, 万亩, 亿元, P starting at pos (余 / 多 skipped: 300余家)."""
    for magnitude in ("", *sorted(lex.magnitudes, key=len, reverse=True)):
        if magnitude and not norm.startswith(magnitude, pos):
            continue
        at = pos + len(magnitude)
        if at < len(norm) and norm[at] in _MORE_THAN:
            at += 1
        for unit in lex.units:
            if norm.startswith(unit, at):
                return magnitude, unit, at + len(unit)
        for unit in lex.latin_units:
            end = at + len(unit)
            if norm.startswith(unit, at) and (end >= len(norm) or not _LATIN.match(norm[end])):
                return magnitude, unit, end
    return None


def _match_unit(norm: str, pos: int, lex: TargetLexicon) -> tuple[str, str, int] | None:
    """(magnitude, unit, end) at pos; a compound 万元/人 or 吨/亿元 keeps its second part whole."""
    first = _simple_unit(norm, pos, lex)
    if first is None:
        return None
    magnitude, unit, end = first
    if end < len(norm) and norm[end] == "/":
        second = _simple_unit(norm, end + 1, lex)
        if second is not None:
            return magnitude, f"{unit}/{second[0]}{second[1]}", second[2]
        per = next((p for p in lex.per_units if norm.startswith(p, end + 1)), None)
        if per is not None:
            return magnitude, f"{unit}/{per}", end + 1 + len(per)
    alternative = _UNIT_ALTERNATIVE.match(norm, end)
    if alternative and _simple_unit(alternative.group(1), 0, lex) is not None:
        return magnitude, unit, alternative.end()  # 1.5万台(套): the bracket only renames the unit
    return first


def _blocked_after(norm: str, pos: int, lex: TargetLexicon) -> bool:
    return any(norm.startswith(word, pos) for word in lex.blocked_after)


def _blocked_before(norm: str, start: int, lex: TargetLexicon) -> bool:
    before = norm[max(0, start - 3) : start]
    if start > 0 and (_LATIN.match(norm[start - 1]) or norm[start - 1] in "+.-/"):
        return True
    return any(before.endswith(word) for word in lex.blocked_before)


def _number_tokens(norm: str) -> list[tuple[int, int, float, bool]]:
    """(start, end, value, chinese) of every numeral token, Arabic first, then Chinese."""
    tokens = [(m.start(), m.end(), float(m.group().replace(",", "")), False) for m in _ARABIC.finditer(norm)]
    for m in _CHINESE.finditer(norm):
        text = m.group()
        if not norm.startswith(tuple(_MORE_THAN), m.end()):
            text = text.rstrip("万千百")  # 两千人: the magnitude is read with the unit
        value = parse_chinese_numeral(text) if text else None
        if value is not None:
            tokens.append((m.start(), m.start() + len(text), float(value), True))
    for m in _BARE_MAGNITUDE.finditer(norm):
        tokens.append((m.start(), m.end(), 100.0 if m.group(1) == "百" else 1000.0, True))
    return sorted(tokens)


def find_quantities(norm: str, protected: list[bool]) -> list[Quantity]:
    """Quantities in `norm` (a half-width clause or sentence), left to right."""
    lex = lexicon()
    found: list[Quantity] = []
    tokens = _number_tokens(norm)
    skip_until = -1
    for index, (start, end, value, chinese) in enumerate(tokens):
        if start < skip_until or protected[start] or _blocked_before(norm, start, lex):
            continue
        is_range = False
        # a range "9—10家": keep the lower bound, read the unit after the upper bound
        dash = _RANGE_DASH.match(norm, end)
        if dash and index + 1 < len(tokens) and tokens[index + 1][0] == dash.end():
            upper_end = tokens[index + 1][1]
            if _match_unit(norm, upper_end, lex) is not None:
                is_range, end = True, upper_end
        if _blocked_after(norm, end, lex):
            continue
        unit_match = _match_unit(norm, end, lex)
        if unit_match is None and end < len(norm) and (_LATIN.match(norm[end]) or norm[end] == "+"):
            continue  # 5G, 3D, 1+3+1
        if unit_match is None:
            if chinese or not _bare_number_allowed(norm, start, end):
                continue
            found.append(Quantity(start, end, value, None, False, is_range, chinese))
            skip_until = end
            continue
        magnitude, unit, unit_end = unit_match
        if _blocked_after(norm, unit_end, lex):
            continue
        counting = unit in lex.counting_units
        if chinese and (value < 2 or unit in _VAGUE_CHINESE_UNITS):
            continue
        if counting:
            scaled, scaled_unit = scale_by_magnitude(value, magnitude, unit)
        else:
            scaled, scaled_unit = value, magnitude + unit
        more_than = any(char in _MORE_THAN for char in norm[end:unit_end])
        found.append(
            Quantity(
                start, unit_end, scaled, normalise_unit(scaled_unit), counting, is_range, chinese, more_than
            )
        )
        skip_until = unit_end
    return found


def _bare_number_allowed(norm: str, start: int, end: int) -> bool:
    """A number without a unit counts only as an index level reached: 达到72左右, 达72。"""
    before = norm[max(0, start - 4) : start]
    if not re.search(r"(?:达到|达|提高到|提升到|保持在|超过|突破|为)$", before):
        return False
    after = norm[end : end + 2]
    return after == "" or after.startswith(("左右", "以上", "以内", ",", ";", "。", ")"))

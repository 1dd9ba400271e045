"""Text and number normalisation and similarity used when matching records (the scorer's rules)."""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

_TRANSLATE: dict[int, str | None] = {ord(c): None for c in "“”‘’「」『』\"'\u200b\u200c\u200d\u2060\ufeff\u00ad"}
_TRANSLATE.update({ord(c): "-" for c in "—–－‐‑‒―−﹘﹣"})
_TRANSLATE.update({ord("（"): "(", ord("）"): ")"})
_WHITESPACE = re.compile(r"\s+")
_TRAILING = "。；;，,"
_REL_TOL = 1e-6


def as_text(value: Any) -> str:
    """A value as text; integral floats without their '.0'."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return str(int(value))
    return str(value)


@cache
def _norm_str(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _WHITESPACE.sub("", text)
    return text.translate(_TRANSLATE).rstrip(_TRAILING)


def norm(value: Any) -> str:
    """NFKC, no whitespace, no quotes, one dash, ASCII brackets, no trailing 。；;，, ('' for None)."""
    return "" if value is None else _norm_str(as_text(value))


def nnorm(value: Any) -> str | None:
    """norm() that keeps 'absent' apart: None, or a string that normalises to '', gives None."""
    return norm(value) or None


def code(value: Any) -> str | None:
    """An enumerated value (kind, role, qualifier, subject type): normalised, lower case."""
    text = nnorm(value)
    return text.lower() if text else None


def text_or_none(value: Any) -> str | None:
    """A value as stripped text, None when absent or blank."""
    if value is None:
        return None
    return as_text(value).strip() or None


def to_num(value: Any) -> float | None:
    """A finite number from a number or its text, else None."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        number = float(value)
        return number if math.isfinite(number) else None
    try:
        number = float(norm(value).replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def num_eq(a: float | None, b: float | None) -> bool:
    """Numbers equal within a relative tolerance of 1e-6; None equals only None."""
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= _REL_TOL * max(abs(a), abs(b))


def to_int(value: Any) -> int | str | None:
    """An integer (year, level); a value that is not a plain integer is kept as its text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value == int(value) else as_text(value)
    text = norm(value)
    if not text:
        return None
    return int(float(text)) if re.fullmatch(r"-?\d+(\.0+)?", text) else text


def symbol_set(value: Any) -> frozenset[str]:
    """Marker symbols as a set of characters (NFKC, whitespace ignored)."""
    if value is None:
        return frozenset()
    return frozenset(c for c in unicodedata.normalize("NFKC", as_text(value)) if not c.isspace())


@lru_cache(maxsize=500_000)
def similarity(a: str, b: str) -> float:
    """difflib ratio of two normalised strings."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def similarity_at_least(a: str, b: str, threshold: float) -> float:
    """similarity(a, b) if it reaches threshold, else 0.0 (cheap length bound first)."""
    if a == b:
        return 1.0
    if not a or not b or 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < threshold:
        return 0.0
    score = similarity(a, b)
    return score if score >= threshold else 0.0


def _contains(a: str, b: str, min_len: int) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= min_len and shorter in longer


def contained_or_similar(a: str, b: str, threshold: float, min_contained: int) -> float:
    """> 0 when one name contains the other (the shorter has >= min_contained chars) or they are
    at least `threshold` similar; the value ranks candidate pairs."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if _contains(a, b, min_contained):
        return max(similarity(a, b), 1e-3)
    return similarity_at_least(a, b, threshold)


def name_match(a: str, b: str) -> float:
    """Indicator names: similarity >= 0.85, or containment with the shorter name >= 4 chars."""
    return contained_or_similar(a, b, 0.85, 4)


def metric_match(a: str, b: str) -> float:
    """Target metrics: similarity >= 0.5, or containment with the shorter metric >= 2 chars."""
    return contained_or_similar(a, b, 0.5, 2)

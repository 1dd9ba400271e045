"""Marker symbols attached to indicator names, with look-alikes unified (vocabulary in data)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "symbols.yaml"


@cache
def _vocabulary() -> tuple[str, dict[str, str]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return "".join(data["canonical"]), dict(data["lookalikes"])


MARKER_SYMBOLS: str = _vocabulary()[0]
"""The canonical marker symbols, e.g. * △ ▲ ☆ ★ √."""


def normalise_symbol(char: str) -> str:
    """One canonical character for a marker symbol (＊ → *, ✓ / ✔ → √); other characters unchanged."""
    return _vocabulary()[1].get(char, char)


def is_marker_symbol(char: str) -> bool:
    """Whether `char` is a marker symbol or one of its look-alikes."""
    return normalise_symbol(char) in MARKER_SYMBOLS


def split_symbols(name: str) -> tuple[str, str]:
    """The name without its marker symbols, and the distinct symbols in order of appearance.

    "规模以上工业增加值增速（%）☆√" → ("规模以上工业增加值增速（%）", "☆√"); "＊A*△" → ("A", "*△").
    "#" counts as a marker only at the end of the name (it also appears inside names such as 5G#).
    """
    kept: list[str] = []
    found: list[str] = []
    text = name.strip()
    for index, char in enumerate(text):
        symbol = normalise_symbol(char)
        trailing = not text[index + 1 :].strip(MARKER_SYMBOLS + "".join(_vocabulary()[1]) + " \t\u3000")
        if symbol in MARKER_SYMBOLS and (symbol != "#" or trailing):
            if symbol not in found:
                found.append(symbol)
            continue
        kept.append(char)
    return "".join(kept).strip(), "".join(found)

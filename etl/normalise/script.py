"""Traditional Chinese characters to simplified ones, character by character.

Uses OpenCC's maintained conversion data (opencc-python-reimplemented). The
mapping is applied per character so a converted text keeps the length and
positions of the original: names can be cut from the text as written.
"""

from __future__ import annotations

from functools import cache

from opencc import OpenCC


@cache
def _converter() -> OpenCC:
    return OpenCC("t2s")


@cache
def _simplified_char(char: str) -> str:
    converted = _converter().convert(char)
    return converted if len(converted) == 1 else char


def to_simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones (same length)."""
    if text.isascii():
        return text
    return "".join(_simplified_char(c) for c in text)

"""Number parsing: full-width digits, separators, Chinese numerals (placeholder)."""

from __future__ import annotations

import re
import unicodedata

_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms (NFKC)."""
    return unicodedata.normalize("NFKC", text)


def parse_number(text: str) -> float | None:
    """The first number in `text` as a float, or None when it holds none."""
    match = _NUMBER.search(to_halfwidth(text).replace(",", ""))
    return float(match.group()) if match else None

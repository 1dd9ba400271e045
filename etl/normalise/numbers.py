"""Number parsing: full-width forms, thousands separators, percentages and Chinese numerals."""

from __future__ import annotations

import re

import cn2an

_FULLWIDTH_OFFSET = 0xFEE0
_NUMBER = re.compile(r"(?<![\d.])[-+]?\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_CN_DIGITS = "零〇○一二两三四五六七八九"
_CN_NUMERAL = re.compile(rf"[{_CN_DIGITS}十百千万亿点]+")
_CN_PERCENT = re.compile(rf"百分之([{_CN_DIGITS}十百千点]+)")
_DIGIT_BY_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms (digits, letters, punctuation) and the ideographic space to ASCII.

    Only the full-width block is mapped; CJK punctuation such as 、。《》 and symbols such as ㎡ stay.
    """
    chars = []
    for char in text:
        code = ord(char)
        if 0xFF01 <= code <= 0xFF5E:
            chars.append(chr(code - _FULLWIDTH_OFFSET))
        elif code == 0x3000:
            chars.append(" ")
        else:
            chars.append(char)
    return "".join(chars)


def parse_chinese_numeral(text: str) -> int | None:
    """A whole Chinese (or Arabic) integer numeral as int: 三 → 3, 二十五 → 25, 两千 → 2000, 二〇二四 → 2024."""
    token = to_halfwidth(text).strip()
    if not token:
        return None
    if token.isascii() and token.isdigit():
        return int(token)
    if not re.fullmatch(rf"[{_CN_DIGITS}十百千万亿]+", token):
        return None
    if all(c in _DIGIT_BY_DIGIT for c in token) and len(token) > 1:
        return int("".join(_DIGIT_BY_DIGIT[c] for c in token))
    try:
        value = cn2an.cn2an(token, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else None


def _chinese_number(text: str) -> float | None:
    """The first Chinese numeral of `text` (百分之十 → 10, 一百五十 → 150), or None."""
    percent = _CN_PERCENT.search(text)
    candidates = [percent.group(1)] if percent else []
    candidates += [m.group() for m in _CN_NUMERAL.finditer(text)]
    for token in candidates:
        token = token.strip("点")
        if not token or all(c in "万亿" for c in token):
            continue
        integer = parse_chinese_numeral(token)
        if integer is not None:
            return float(integer)
        try:
            return float(cn2an.cn2an(token, "smart"))
        except (ValueError, KeyError, IndexError):
            continue
    return None


def parse_number(text: str | None) -> float | None:
    """The first number in `text` as a float, or None when it holds none.

    Handles full-width digits (８．１), thousands separators (1,200), percentages (8.1% → 8.1),
    Chinese numerals when no Arabic digit is present (两千 → 2000, 一百五十 → 150) and keeps a
    trailing 万 / 亿 out of the value (1.6万 → 1.6; scaling is `units.scale_by_magnitude`).
    """
    if not text:
        return None
    normal = _THOUSANDS.sub("", to_halfwidth(text))
    match = _NUMBER.search(normal)
    if match:
        return float(match.group())
    return _chinese_number(normal)

"""Render one list counter in a Word number format (w:numFmt), e.g. 3 -> "三", "③", "C"."""

from __future__ import annotations

from collections.abc import Callable

_CN_DIGITS = "〇一二三四五六七八九"
_CN_COUNTING = "零一二三四五六七八九"
_CN_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"
_CN_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def chinese_counting(value: int, digits: str = _CN_COUNTING, units: str = "十百千") -> str:
    """Chinese counting numerals below 10000: 10 -> 十, 21 -> 二十一, 105 -> 一百零五."""
    if value <= 0 or value >= 10000:
        return str(value)
    parts: list[str] = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        digit = value // 10**power % 10
        if digit == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append(digits[0])
            pending_zero = False
        parts.append(digits[digit] + (units[power - 1] if power else ""))
    text = "".join(parts)
    one_ten = digits[1] + units[0]
    if digits is _CN_COUNTING and value < 20 and text.startswith(one_ten):  # 十一, not 一十一
        text = text[1:]
    return text


def ideograph_digital(value: int) -> str:
    """Digit-by-digit ideographs: 10 -> 一〇."""
    return "".join(_CN_DIGITS[int(d)] for d in str(value))


def letters(value: int, upper: bool) -> str:
    """Word letter numbering: A..Z, then AA, BB, ... (the letter repeated)."""
    if value <= 0:
        return str(value)
    letter = chr(ord("A" if upper else "a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def roman(value: int, upper: bool) -> str:
    """Roman numerals (1..3999); other values fall back to decimal."""
    if not 0 < value < 4000:
        return str(value)
    out = []
    for amount, symbol in _ROMAN:
        count, value = divmod(value, amount)
        out.append(symbol * count)
    text = "".join(out)
    return text if upper else text.lower()


def _table(symbols: str) -> Callable[[int], str]:
    return lambda value: symbols[value - 1] if 0 < value <= len(symbols) else str(value)


def _enclosed_circle(value: int) -> str:
    if 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if 21 <= value <= 35:
        return chr(0x3251 + value - 21)
    if 36 <= value <= 50:
        return chr(0x32B1 + value - 36)
    return str(value)


def _enclosed(base: int, limit: int) -> Callable[[int], str]:
    return lambda value: chr(base + value - 1) if 1 <= value <= limit else str(value)


def _full_width(value: int) -> str:
    return "".join(chr(ord(d) - ord("0") + 0xFF10) for d in str(value))


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda v: f"{v:02d}",
    "decimalFullWidth": _full_width,
    "decimalFullWidth2": _full_width,
    "decimalEnclosedCircle": _enclosed_circle,
    "decimalEnclosedCircleChinese": _enclosed_circle,
    "decimalEnclosedParen": _enclosed(0x2474, 20),
    "decimalEnclosedFullstop": _enclosed(0x2488, 20),
    "ideographEnclosedCircle": _enclosed(0x3220, 10),
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "taiwaneseCountingThousand": chinese_counting,
    "ideographDigital": ideograph_digital,
    "taiwaneseDigital": ideograph_digital,
    "chineseLegalSimplified": lambda v: chinese_counting(v, _CN_LEGAL_SIMPLIFIED, "拾佰仟"),
    "ideographLegalTraditional": lambda v: chinese_counting(v, _CN_LEGAL_TRADITIONAL, "拾佰仟"),
    "ideographTraditional": _table(_HEAVENLY_STEMS),
    "ideographZodiac": _table(_EARTHLY_BRANCHES),
    "upperLetter": lambda v: letters(v, upper=True),
    "lowerLetter": lambda v: letters(v, upper=False),
    "upperRoman": lambda v: roman(v, upper=True),
    "lowerRoman": lambda v: roman(v, upper=False),
    "none": lambda v: "",
}


def format_number(value: int, num_fmt: str) -> str:
    """The counter `value` rendered in Word format `num_fmt`; unknown formats render as decimal."""
    return _FORMATS.get(num_fmt, str)(value)

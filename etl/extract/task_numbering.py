"""Item labels of the genre's numbering schemes (一、 （一） 1． （1） ① 任务一: 一是 …)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Label:
    """A numbering label found at the start of a text."""

    scheme: str
    label: str
    ordinal: int
    start: int
    end: int


@dataclass(frozen=True)
class _Scheme:
    key: str
    regex: re.Pattern[str]
    numeral: str


def cn_numeral_value(text: str) -> int | None:
    """Value of a Chinese numeral up to 999 (三 → 3, 十二 → 12, 二十 → 20), None if not one."""
    if not text or any(ch not in _CN_DIGITS and ch not in "十百" for ch in text):
        return None
    if all(ch in _CN_DIGITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value if len(text) == 1 or text[0] not in "零〇" else None
    total, digit = 0, None
    for ch in text:
        if ch == "百":
            total += (digit if digit is not None else 1) * 100
            digit = None
        elif ch == "十":
            total += (digit if digit is not None else 1) * 10
            digit = None
        else:
            digit = _CN_DIGITS[ch] if ch not in "零〇" else 0
    return total + (digit or 0)


def numeral_value(num: str, kind: str) -> int | None:
    """The integer a label's number group denotes under the scheme's numeral kind."""
    if kind == "circled":
        return ord(num) - ord("①") + 1
    if kind == "parenthesized":
        return ord(num) - ord("⑴") + 1
    if num.isdigit():
        return int(num)
    return cn_numeral_value(num)


@lru_cache(maxsize=1)
def _config() -> dict:
    text = resources.files("etl").joinpath("data/numbering.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def _schemes() -> tuple[_Scheme, ...]:
    config = _config()
    cn = config["numerals_cn"]
    return tuple(
        _Scheme(item["key"], re.compile(item["pattern"].format(cn=cn)), item["numeral"])
        for item in config["schemes"]
    )


@lru_cache(maxsize=1)
def _inline() -> tuple[str, re.Pattern[str], str, str]:
    item = _config()["inline"]
    regex = re.compile(item["pattern"].format(cn=_config()["numerals_cn"]))
    return item["key"], regex, item["after"], item["numeral"]


LEAD_SCHEME = "lead"


def body_end_prefixes() -> tuple[str, ...]:
    """Paragraph openings that end a plan's body (附件, 抄送, a web page's footer …)."""
    return tuple(_config()["body_end_prefixes"])


def match_label(text: str) -> Label | None:
    """The numbering label at the start of `text` (a paragraph), or None."""
    for scheme in _schemes():
        found = scheme.regex.match(text)
        if not found:
            continue
        ordinal = numeral_value(found.group("num"), scheme.numeral)
        if ordinal is None or ordinal < 1 or found.end() >= len(text.rstrip()):
            return None
        return Label(scheme.key, found.group(0).strip(), ordinal, 0, found.end())
    return None


def lead_candidates(text: str) -> list[Label]:
    """Every 一是 / 二是 … at the start of `text` or right after sentence punctuation."""
    key, regex, after, numeral = _inline()
    found: list[Label] = []
    for hit in regex.finditer(text):
        before = text[: hit.start()].rstrip()
        if before and before[-1] not in after:
            continue
        ordinal = numeral_value(hit.group("num"), numeral)
        if ordinal is not None and ordinal >= 1 and hit.end() < len(text.rstrip()):
            found.append(Label(key, hit.group(0), ordinal, hit.start(), hit.end()))
    return found


def lead_run(text: str, continues_from: int = 0) -> list[Label]:
    """The unbroken run of lead labels (一是, 二是, …) in `text`.

    The run starts at 一是, or — when the text itself begins with a lead label — at
    the ordinal following `continues_from` (the last lead ordinal of the paragraph before).
    """
    run: list[Label] = []
    for candidate in lead_candidates(text):
        expected = run[-1].ordinal + 1 if run else None
        if expected is not None:
            if candidate.ordinal == expected:
                run.append(candidate)
        elif candidate.ordinal == 1 or (candidate.start == 0 and candidate.ordinal == continues_from + 1):
            run.append(candidate)
    return run


def title_of(rest: str) -> str:
    """An item's title: its text after the label up to the first 。 / ： (or the whole line)."""
    cut = re.search(r"[。：:！？!?]", rest)
    title = rest[: cut.start()] if cut else rest
    return title.strip().rstrip("；;，,、").strip()

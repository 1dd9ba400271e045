"""Item labels of the genre's numbering schemes (一、 （一） 1． （1） ① 任务一: 一是 …)."""

from __future__ import annotations

import re
import unicodedata
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
    prefix: str | None = None  # decimal outline: the number of the item it belongs under ("2" of 2.1)


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
    cn, units = config["numerals_cn"], re.escape(config["units_after_number"])
    return tuple(
        _Scheme(item["key"], re.compile(item["pattern"].format(cn=cn, units=units)), item["numeral"])
        for item in config["schemes"]
    )


@dataclass(frozen=True)
class _Inline:
    key: str
    regex: re.Pattern[str]
    after: str
    after_in_run: str
    numeral: str


@lru_cache(maxsize=1)
def _inline() -> _Inline:
    item = _config()["inline"]
    regex = re.compile(item["pattern"].format(cn=_config()["numerals_cn"]))
    return _Inline(item["key"], regex, item["after"], item.get("after_in_run", ""), item["numeral"])


LEAD_SCHEME = "lead"


def body_end_prefixes() -> tuple[str, ...]:
    """Paragraph openings that end a plan's body (附件, 抄送, a web page's footer …)."""
    return tuple(_config()["body_end_prefixes"])


def outline_number(label: str) -> str:
    """A label's number as a decimal outline prefix: "2．" → "2", "2.1" → "2.1"."""
    return unicodedata.normalize("NFKC", label).rstrip(" .、").replace(" ", "")


def _match(text: str) -> Label | None:
    for scheme in _schemes():
        found = scheme.regex.match(text)
        if not found:
            continue
        ordinal = numeral_value(found.group("num"), scheme.numeral)
        if ordinal is None or ordinal < 1:
            return None
        prefix = found.groupdict().get("prefix")
        prefix = outline_number(prefix) if prefix else None
        return Label(scheme.key, found.group(0).strip(), ordinal, 0, found.end(), prefix)
    return None


def match_label(text: str) -> Label | None:
    """The numbering label at the start of `text` (a paragraph with text after it), or None."""
    label = _match(text)
    return label if label is not None and label.end < len(text.rstrip()) else None


def lone_label(text: str) -> Label | None:
    """The label when `text` is nothing but a label ("第一章", "一、"), whose title is the next line."""
    label = _match(text.strip())
    return label if label is not None and label.end >= len(text.strip()) else None


def lead_candidates(text: str) -> list[Label]:
    """Every 一是 / 二是 … at the start of `text` or right after sentence punctuation (or a comma)."""
    inline = _inline()
    found: list[Label] = []
    for hit in inline.regex.finditer(text):
        before = text[: hit.start()].rstrip()
        if before and before[-1] not in inline.after + inline.after_in_run:
            continue
        ordinal = numeral_value(hit.group("num"), inline.numeral)
        if ordinal is not None and ordinal >= 1 and hit.end() < len(text.rstrip()):
            found.append(Label(inline.key, hit.group(0), ordinal, hit.start(), hit.end()))
    return found


def _after_comma(text: str, label: Label) -> bool:
    before = text[: label.start].rstrip()
    return bool(before) and before[-1] in _inline().after_in_run


def lead_run(text: str, continues_from: int = 0, mid_sentence: bool = False) -> list[Label]:
    """The unbroken run of lead labels (一是, 二是, …) in `text`.

    The run starts at 一是, or — when the text itself begins with a lead label — at
    the ordinal following `continues_from` (the last lead ordinal of the paragraph before).
    `mid_sentence`: the text is the rest of a paragraph broken off mid-sentence (a page or line
    break a rendering turned into a paragraph break), so the run may go on anywhere in it.
    A run may be strung together with commas ("一是…，二是…"), but one that starts after a
    comma must have at least two items (else "…，一是…" is just prose).
    """
    run: list[Label] = []
    for candidate in lead_candidates(text):
        expected = run[-1].ordinal + 1 if run else None
        continues = continues_from > 0 and candidate.ordinal == continues_from + 1
        if expected is not None:
            if candidate.ordinal == expected:
                run.append(candidate)
        elif candidate.ordinal == 1 or (continues and (candidate.start == 0 or mid_sentence)):
            run.append(candidate)
    if len(run) == 1 and _after_comma(text, run[0]):
        return []
    return run


def inline_item_run(text: str, own_scheme: str | None) -> list[Label]:
    """Numbered items written inside a paragraph after sentence punctuation: "（一）…。1.…。2.…".

    Only an unbroken run 1, 2, … of one inline scheme (numbering.yaml) with at least two items
    counts, and not of the paragraph's own label scheme (a "1." there is a sibling, not a child).
    """
    config = _config()
    schemes, after = set(config["inline_item_schemes"]), config["inline_item_after"]
    run: list[Label] = []
    for at, char in enumerate(text):
        if char not in after:
            continue
        start = at + 1
        while start < len(text) and text[start] in " \u3000":
            start += 1
        found = match_label(text[start:])
        if found is None or found.scheme not in schemes or found.scheme == own_scheme or found.prefix:
            continue
        if run and found.scheme != run[0].scheme:
            continue
        if found.ordinal == (run[-1].ordinal + 1 if run else 1):
            run.append(Label(found.scheme, found.label, found.ordinal, start, start + found.end))
    return run if len(run) >= 2 else []


_DUTY_NOTE = re.compile(r"[（(][^（）()]*(牵头|负责|责任|配合|参与|协同|协助|单位|部门)[^（）()]*[）)]?$")


def _without_open_parenthesis(title: str) -> str:
    """Cut an unclosed "（…" (the cut fell inside a parenthesis, as in "（责任单位：…）")."""
    depth_at: list[int] = []
    for index, ch in enumerate(title):
        if ch in "（(":
            depth_at.append(index)
        elif ch in "）)" and depth_at:
            depth_at.pop()
    return title[: depth_at[0]] if depth_at else title


def title_of(rest: str) -> str:
    """An item's title: its text after the label up to the first 。 / ： (or the whole line).

    A responsibility note closing a heading line — "（市工信局牵头）", "（责任单位：…）" — is
    not part of the title.
    """
    cut = re.search(r"[。：:！？!?]", rest)
    title = rest[: cut.start()] if cut else rest
    title = _DUTY_NOTE.sub("", _without_open_parenthesis(title.strip()))
    return title.strip().rstrip("；;，,、").strip()

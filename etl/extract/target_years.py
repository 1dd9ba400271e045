"""The year a sentence commits to: 到2024年 / 2023年新签约 / 到2020年末 → that year.

A year in brackets, quotes or a span (2020－2022年), a comparison base (与2010年相比, 比2020年)
or a start (自2021年起, 2021年以来) is no deadline. 每年 / 三年内 make a sentence's year NULL
unless the sentence names its own year before the number.
"""

from __future__ import annotations

import re

from etl.extract.target_lexicon import lexicon
from etl.normalise.numbers import to_halfwidth

_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})年(?:底前|末前|年底|底|末|前|内|度)?")
_NOT_DEADLINE_BEFORE = re.compile(r"(?:与|比|较|同比|自|从|对比|相比|截至|[-－—–~～至])\s*$")
_NOT_DEADLINE_AFTER = re.compile(r"^(?:相比|以来|起|开始|同期|的水平|水平|基础上|[-－—–~～至到]\s*\d)")
# years named relative to the document's own year (a speech's 今年, a work plan's 全年, a year-end
# work plan's 明年, a past result's 去年)
_RELATIVE_YEAR = re.compile(r"(今年|本年度|全年|明年|去年)(?:底前|年底|底|末|内)?")
_RELATIVE_OFFSET = {"今年": 0, "本年度": 0, "全年": 0, "明年": 1, "去年": -1}
# a month or quarter deadline without a year (4月底前, 6月底, 年底前, 三季度, 上半年) names the document's
# own year; not 2024年5月底前 (the year is read there), 每年年底前 / 每季度 (a recurring span) or 今年底前
_MONTH_DEADLINE = re.compile(
    r"(?<![\d年每今明])(?:(?:1[0-2]|[1-9])月(?:底|末|中旬|上旬|下旬)?前|(?:1[0-2]|[1-9])月(?:底|末)|年底前|年末前"
    r"|第?[一二三四1-4]季度(?:末|底)?前?|[上下]半年)"
)


def deadline_years(norm: str, protected: list[bool], present: int | None = None) -> list[tuple[int, int]]:
    """(position, year) of every deadline-like year mention in a half-width text.

    With the document's `present` year known, 今年 / 全年 / 明年 / 去年 name that year, the next and
    the last (a past result, left out by the caller), and a
    month or quarter deadline without a year (4月底前, 年底前, 三季度) names that year.
    """
    found: list[tuple[int, int]] = []
    for match in _YEAR.finditer(norm):
        start = match.start()
        if protected[start] or _inside_parentheses(norm, start):
            continue
        if _NOT_DEADLINE_BEFORE.search(norm[max(0, start - 3) : start]):
            continue
        if _NOT_DEADLINE_AFTER.match(norm[match.end() :]):
            continue
        found.append((start, int(match.group(1))))
    if present is not None:
        for match in _RELATIVE_YEAR.finditer(norm):
            if protected[match.start()] or _NOT_DEADLINE_AFTER.match(norm[match.end() :]):
                continue  # 今年以来 narrates progress so far
            before = norm[max(0, match.start() - 3) : match.start()]
            if match.group(1) == "去年" and _NOT_DEADLINE_BEFORE.search(before):
                continue  # 比去年 / 较去年: a comparison base
            found.append((match.start(), present + _RELATIVE_OFFSET[match.group(1)]))
        for match in _MONTH_DEADLINE.finditer(norm):
            if not protected[match.start()] and not _inside_parentheses(norm, match.start()):
                found.append((match.start(), present))
        found.sort()
    return found


def single_deadline_year(text: str | None) -> int | None:
    """The one deadline a deadline cell names (2026年12月底 → 2026); None for none, several years, a
    span (2024—2026年) or a start (2024年起)."""
    norm = to_halfwidth(text or "")
    years = {year for _, year in deadline_years(norm, [False] * len(norm))}
    return years.pop() if len(years) == 1 else None


def _inside_parentheses(norm: str, pos: int) -> bool:
    depth = 0
    for char in norm[:pos]:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
    return depth > 0


def has_span_marker(text: str) -> bool:
    """Whether a text states a recurring or multi-year span (每年, 三年内, 逐年)."""
    return any(marker in text for marker in lexicon().span_markers)


class YearContext:
    """The year carried through a task's sentences: the last deadline named so far."""

    def __init__(self, year: int | None = None, present: int | None = None) -> None:
        self.year = year
        self.present = present  # the document's own year (its issue year), when known

    def year_at(
        self, sentence: str, years: list[tuple[int, int]], pos: int, clause_start: int = 0
    ) -> int | None:
        """The year for a number at `pos` of a sentence (positions relative to the sentence).

        A year inside an earlier clause with its own action ("2024年底前完成20家改造，每年淘汰500辆")
        does not reach a later clause that states a span; a leading "到2020年末，" does.
        """
        before = [(at, year) for at, year in years if at < pos]
        if before:
            at, year = before[-1]
            if (
                at < clause_start
                and has_span_marker(sentence[clause_start:pos])
                and not _time_clause(sentence, at)
            ):
                return None
            return year
        if has_span_marker(sentence[:pos]) or _leading_span(sentence):
            return None
        return self.year

    def close_sentence(self, years: list[tuple[int, int]]) -> None:
        """After a sentence: its last deadline governs the sentences that follow."""
        if years:
            self.year = years[-1][1]


_TIME_CLAUSE = re.compile(
    r"^(?:力争|争取|确保|预计|计划)?(?:到|至|在|于)?(?:19|20)\d{2}年(?:底前|末前|年底|底|末|前|内|度)?(?:时|前)?$"
)
_CLAUSE_STOPS = re.compile(r"[,;:，；：]")


def _time_clause(sentence: str, at: int) -> bool:
    """Whether the clause holding position `at` is only a time phrase (到2025年 / 2024年底前)."""
    starts = [m.end() for m in _CLAUSE_STOPS.finditer(sentence, 0, at)]
    start = starts[-1] if starts else 0
    stop = _CLAUSE_STOPS.search(sentence, at)
    clause = sentence[start : stop.start() if stop else len(sentence)].strip()
    return bool(_TIME_CLAUSE.match(clause))


def _leading_span(sentence: str) -> bool:
    """A sentence opening with a span (三年内，…) is NULL-year throughout."""
    head = sentence[:8]
    return any(head.startswith(marker) for marker in lexicon().span_markers)

"""Word automatic numbering: recompute the labels ("1．", "（一）", "A.") that w:numPr paragraphs show.

python-docx's ``paragraph.text`` omits these labels. :class:`NumberingEngine` resolves a
paragraph's numId/ilvl (direct or through its style), keeps one counter set per list instance,
and renders the level's w:lvlText template. Call :meth:`NumberingEngine.label` for every
paragraph in document order (body and table cells alike): counters advance as Word's do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from docx.oxml.ns import qn
from lxml import etree

from etl.read.docx_numformat import format_number
from etl.read.docx_styles import StyleIndex, read_num_pr, w_val

_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class LevelDef:
    """One w:lvl of a list definition."""

    start: int = 1
    num_fmt: str = "decimal"
    lvl_text: str = ""
    suffix: str = "tab"  # w:suff: tab | space | nothing
    restart_after: int | None = None  # w:lvlRestart (1-based level; 0 = never restart)
    is_legal: bool = False  # w:isLgl: show all levels in decimal
    pstyle: str | None = None


@dataclass
class NumInstance:
    """A w:num: which abstract list it uses and its per-level overrides."""

    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, LevelDef] = field(default_factory=dict)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _is_on(element: etree._Element | None) -> bool:
    return element is not None and element.get(qn("w:val"), "true") not in ("0", "false", "off")


def parse_level(lvl: etree._Element) -> LevelDef:
    """A LevelDef from a w:lvl element."""
    text_el = lvl.find(qn("w:lvlText"))
    restart = w_val(lvl, "w:lvlRestart")
    return LevelDef(
        start=_int(w_val(lvl, "w:start"), 0 if w_val(lvl, "w:numFmt") == "decimalZero" else 1),
        num_fmt=w_val(lvl, "w:numFmt") or "decimal",
        lvl_text=(text_el.get(qn("w:val")) or "") if text_el is not None else "",
        suffix=w_val(lvl, "w:suff") or "tab",
        restart_after=_int(restart, 0) if restart is not None else None,
        is_legal=_is_on(lvl.find(qn("w:isLgl"))),
        pstyle=w_val(lvl, "w:pStyle"),
    )


def _separator(label: str, suffix: str) -> str:
    """Text between label and paragraph text: none after CJK/full-width labels, else one space."""
    if suffix == "nothing" or not label:
        return ""
    return "" if ord(label[-1]) >= 0x2E80 else " "


class NumberingEngine:
    """Recomputes automatic-numbering labels from numbering.xml, in document order."""

    def __init__(self, numbering_root: etree._Element | None, styles: StyleIndex) -> None:
        self._styles = styles
        self._abstract_levels: dict[str, dict[int, LevelDef]] = {}
        self._style_links: dict[str, str] = {}  # abstractNumId -> numbering style it defers to
        self._nums: dict[str, NumInstance] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_root is not None:
            self._parse(numbering_root)

    def _parse(self, root: etree._Element) -> None:
        for abstract in root.iter(qn("w:abstractNum")):
            abstract_id = abstract.get(qn("w:abstractNumId"))
            if abstract_id is None:
                continue
            levels = {_int(lvl.get(qn("w:ilvl")), 0): parse_level(lvl) for lvl in abstract.iter(qn("w:lvl"))}
            self._abstract_levels[abstract_id] = levels
            link = w_val(abstract, "w:numStyleLink")
            if link:
                self._style_links[abstract_id] = link
        for num in root.iter(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            abstract_id = w_val(num, "w:abstractNumId")
            if num_id is None or abstract_id is None:
                continue
            instance = NumInstance(abstract_id=abstract_id)
            for override in num.iter(qn("w:lvlOverride")):
                ilvl = _int(override.get(qn("w:ilvl")), 0)
                start = w_val(override, "w:startOverride")
                if start is not None:
                    instance.start_overrides[ilvl] = _int(start, 1)
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    instance.level_overrides[ilvl] = parse_level(lvl)
            self._nums[num_id] = instance

    def _levels(self, instance: NumInstance) -> dict[int, LevelDef]:
        abstract_id = instance.abstract_id
        for _ in range(5):  # follow numStyleLink -> style -> numId -> abstractNum
            link = self._style_links.get(abstract_id)
            target_num = self._styles.num_id_of_numbering_style(link) if link else None
            target = self._nums.get(target_num) if target_num else None
            if target is None or target.abstract_id == abstract_id:
                break
            abstract_id = target.abstract_id
        levels = dict(self._abstract_levels.get(abstract_id, {}))
        levels.update(instance.level_overrides)
        for ilvl, start in instance.start_overrides.items():
            if ilvl in levels:
                levels[ilvl] = replace(levels[ilvl], start=start)
        return levels

    def _resolve(self, paragraph: etree._Element) -> tuple[str, int] | None:
        """(numId, ilvl) of a w:p, from its own numPr or its style's."""
        ppr = paragraph.find(qn("w:pPr"))
        style_id = w_val(ppr, "w:pStyle")
        direct = read_num_pr(ppr)
        inherited = self._styles.numbering(style_id)
        num_id = direct.num_id if direct and direct.num_id is not None else None
        ilvl = direct.ilvl if direct else None
        if num_id is None and inherited is not None:
            num_id = inherited.num_id
            ilvl = ilvl if ilvl is not None else inherited.ilvl
            if ilvl is None and num_id in self._nums:
                effective_style = self._styles.effective_style_id(style_id)
                levels = self._levels(self._nums[num_id])
                ilvl = next((i for i, lvl in levels.items() if lvl.pstyle == effective_style), None)
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return None
        return num_id, ilvl or 0

    def label(self, paragraph: etree._Element) -> str:
        """The label (with its separator) Word shows before this w:p; "" when unnumbered or a bullet.

        Advances the list counters, so call it once per paragraph, in document order.
        """
        resolved = self._resolve(paragraph)
        if resolved is None:
            return ""
        num_id, ilvl = resolved
        instance = self._nums[num_id]
        levels = self._levels(instance)
        level = levels.get(ilvl)
        if level is None:
            return ""
        # nums with level overrides are list instances of their own; others share the abstract list
        own = instance.start_overrides or instance.level_overrides
        key = f"num:{num_id}" if own else f"abstract:{instance.abstract_id}"
        counters = self._counters.setdefault(key, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [m for m in counters if m > ilvl]:
            restart_after = levels[deeper].restart_after if deeper in levels else None
            if restart_after is None or ilvl < restart_after:
                del counters[deeper]
        if level.num_fmt == "bullet":
            return ""
        text = _PLACEHOLDER.sub(
            lambda m: self._render(int(m.group(1)) - 1, level, levels, counters), level.lvl_text
        )
        return text + _separator(text, level.suffix)

    @staticmethod
    def _render(ref: int, level: LevelDef, levels: dict[int, LevelDef], counters: dict[int, int]) -> str:
        ref_level = levels.get(ref, LevelDef())
        value = counters.get(ref, ref_level.start)
        fmt = "decimal" if level.is_legal and ref_level.num_fmt != "decimalZero" else ref_level.num_fmt
        return format_number(value, fmt)

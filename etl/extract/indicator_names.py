"""An indicator name cell split into name, unit (as written) and marker symbols."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.indicator_header import vocabulary
from etl.normalise.symbols import split_symbols
from etl.normalise.units import is_unit, split_name_unit
from schemas.document import join_cell_lines

_NUMBERING = re.compile(
    r"^\s*(?:[（(]\s*[0-9一二三四五六七八九十]+\s*[）)]|[0-9]+\s*[.．、,，](?!\d)|[一二三四五六七八九十]+\s*[、.．]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*"
)
_TRAILING_PAREN = re.compile(r"[（(]([^（）()]*)[）)]\s*$")
_TRAILING_MARK = re.compile(r"[（(【\[〔]([^（）()【】\[\]〔〕]*)[）)】\]〕]\s*$")
_UNIT_LABEL = re.compile(r"^(?:计量)?单位\s*[:：]\s*")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# a sub-indicator written under its parent: 其中：锂电产业产值 / 其中:… / ——高技术制造业增加值
_CHILD_MARK = re.compile(r"^(?:其中\s*[:：]?|[—－]{1,2}|-{1,2})\s*(?=[^\s:：—－-])")


@dataclass(frozen=True)
class NameParts:
    """The parts of a name cell."""

    name: str
    unit_raw: str | None
    symbols: str
    attribute: str | None = None  # an attribute mark written in the name: （约束性） / 【预期性】
    child: bool = False  # written as a sub-indicator of the indicator above: 其中：… / ——…


flatten = join_cell_lines  # cell text with in-cell line breaks joined


def close_cjk_gaps(text: str) -> str:
    """A label without the spaces a layout put between Chinese characters: '创 新 驱 动' → '创新驱动'."""
    return _CJK_GAP.sub("", text)


def strip_numbering(text: str) -> str:
    """A label without its leading numbering: '一、产业创新' → '产业创新', '1．研发' → '研发'."""
    return close_cjk_gaps(_NUMBERING.sub("", text, count=1).strip())


def split_name(cell_text: str) -> NameParts:
    """'规模以上工业增加值增速（%）☆' → NameParts('规模以上工业增加值增速', '%', '☆')."""
    text, child = split_child_mark(strip_numbering(flatten(cell_text)))
    without_symbols, symbols = split_symbols(text)
    without_attribute, attribute = _split_attribute(without_symbols)
    name, unit_raw = split_name_unit(without_attribute)
    if attribute is None:  # the attribute mark written after the unit: 能耗下降（%）（约束性）
        name, attribute = _split_attribute(name)
    if unit_raw is not None:
        unit_raw = _UNIT_LABEL.sub("", unit_raw).strip()
    return NameParts(
        name=name.strip(), unit_raw=unit_raw or None, symbols=symbols, attribute=attribute, child=child
    )


def split_child_mark(text: str) -> tuple[str, bool]:
    """'其中：锂电产业产值' → ('锂电产业产值', True): the lead that makes a row a sub-indicator."""
    match = _CHILD_MARK.match(text)
    if match is None:
        return text, False
    return text[match.end() :].lstrip(), True


def _split_attribute(text: str) -> tuple[str, str | None]:
    """'能耗下降（约束性）' → ('能耗下降', '约束性'): a trailing bracketed 属性 mark (约束性 / 预期性)."""
    match = _TRAILING_MARK.search(text)
    if match and match.group(1).strip() in vocabulary()["attribute_marks"]:
        return text[: match.start()].rstrip(), match.group(1).strip()
    return text, None


def parenthesised_components(name: str) -> list[str]:
    """Components named by a trailing '（水/大气）' in an indicator name, else []."""
    match = _TRAILING_PAREN.search(name)
    if not match or is_unit(match.group(1)):
        return []
    parts = [p.strip() for p in re.split(r"[/／、]", match.group(1))]
    return parts if len(parts) >= 2 and all(parts) else []

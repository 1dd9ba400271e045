"""What kind of content a flattened table cell holds (number, placeholder dash, department...).

Used to rebuild rows of tables whose cells the text dump printed one per line.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(
    r"^[<>≥≤＞＜约]?[-+−]?\d+(?:[.．]\d+)?(?:[/／]\d+(?:[.．]\d+)?)?\s*(?:%|％|‰)?"
    r"(?:左右|以上|以内|以下|及以上)?$"
)
_PLACEHOLDER = re.compile(r"^(?:—{1,2}|-{1,2}|－{1,2}|/|／|\\|无|不分解)$")
_DEPARTMENT = re.compile(
    r"(?:局|部|办|委|院|园|中心|公司|集团|政府|街道|镇|街|办公室|管委会|银行|协会|联合会|工会|团委|"
    r"队|所|站|厅|处|科|会|社|馆|司|行|台|署|庭|各镇街|各部门|有关部门|有关单位|各单位|单位)等?$"
)
_SENTENCE_PUNCT = re.compile(r"[。；;！？!?]")
ENUMERATION_START = re.compile(
    r"^(?:[（(][一二三四五六七八九十百\d]+[)）]"
    r"|第?[一二三四五六七八九十百]+[、.．:：]"
    r"|\d{1,3}[、.．:：](?!\d)"
    r"|[\u4e00-\u9fff]{1,3}[一二三四五六七八九十百]+[:：、])"
)
_YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}\s*年?(?:度|底|末)?(?:目标|目标值|情况|计划|任务)?$")
_VALUE_HEADER = re.compile(r"(?:目标值?|基数|现状|数值|指标值|完成值|预期值)$")
_DEPARTMENT_HEADER = re.compile(r"(?:部门|单位|主体)$")
_SOURCE_HEADER = re.compile(r"来源$")


def is_number(text: str) -> bool:
    """'5.1', '13.5左右', '1.38/14.1', '40%' ..."""
    return bool(_NUMBER.match(text.strip()))


def is_placeholder(text: str) -> bool:
    """Dashes and similar markers printed where a value cell has no value."""
    return bool(_PLACEHOLDER.match(text.strip()))


def is_value(text: str) -> bool:
    """A cell that belongs in a value column: a number or a placeholder."""
    return is_number(text) or is_placeholder(text)


def is_department(text: str) -> bool:
    """A department name or a list of them ('科学技术局', '工信局、税务局')."""
    stripped = text.strip()
    if not stripped or len(stripped) > 40 or _SENTENCE_PUNCT.search(stripped):
        return False
    if re.search(r"[()（）%\d]", stripped):
        return False
    return all(_DEPARTMENT.search(part) for part in re.split(r"[、，,\s]+", stripped) if part)


def starts_enumeration(text: str) -> bool:
    """'一、', '任务一:', '1、', '（二）' at the start of a fragment."""
    return bool(ENUMERATION_START.match(text.strip()))


def marker_shape(text: str) -> str | None:
    """The style of a fragment's enumeration marker ('一、'→'cn、', '任务二:'→'word-cn:', '5、'→'num、')."""
    match = ENUMERATION_START.match(text.strip())
    if not match:
        return None
    marker = match.group(0)
    shape = re.sub(r"[一二三四五六七八九十百]+", "cn", marker)
    shape = re.sub(r"\d+", "num", shape)
    shape = re.sub(r"^[\u4e00-\u9fff]+(?=cn)", "word-", shape)
    return shape.replace("．", ".").replace("：", ":").replace("（", "(").replace("）", ")")


def is_sentence(text: str) -> bool:
    """Running text rather than a cell: sentence punctuation or a long line."""
    stripped = text.strip()
    return bool(_SENTENCE_PUNCT.search(stripped)) or len(stripped) > 60


def column_role(header: str) -> str:
    """Role of a column from its header: 'value', 'department', 'source' or 'text'."""
    compact = re.sub(r"\s+", "", header)
    if _YEAR_HEADER.match(compact) or _VALUE_HEADER.search(compact):
        return "value"
    if _DEPARTMENT_HEADER.search(compact):
        return "department"
    if _SOURCE_HEADER.search(compact):
        return "source"
    return "text"


def content_kind(text: str) -> str:
    """A coarse type used to check column consistency: 'int', 'number', 'empty', 'short', 'long'."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if re.fullmatch(r"\d{1,3}", stripped):
        return "int"
    if is_value(stripped):
        return "number"
    return "short" if len(stripped) <= 6 else "long"

"""The metric of a number: the shortest phrase before (or after) it that names what is counted.

"全市规模以上制造业企业数量达到2500家" → 规模以上制造业企业数量; "新增8家上市公司" → 上市公司;
"新建科技企业孵化器、加速器、产业园等创新载体5家" → 创新载体.
"""

from __future__ import annotations

import re

from etl.extract.target_lexicon import lexicon
from etl.extract.target_words import is_word_prefix

_LEAD_YEAR = re.compile(
    r"^(?:到|至|在|于)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底前|末前|底|末|前|内)?"
    r"|\d{1,2}月(?:底前|末前|底|末|前)|年(?:底前|末前))[,，]?"
)
_LEAD_QUANTIFIER = re.compile(r"^[\d.．]+(?:[-－—–~]\d+)?(?:万|千)?[家个所条座名人项件]")
_EDGE_PUNCT = "—–-－,，;；:：、 ·•\u3000"
_MIN_LENGTH = 2
_FROM_TO = re.compile(
    r"^(.+?)(?:由|从).*?((?:增加|提高|提升|增长|扩大|上升|下降|降低|减少|压减|缩短)(?:到|至))"
    r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?$"
)
_MAX_MODIFIER = 4  # 国家级 / 省级 / 市级: a short modifier that shares the name after the last one
_MIN_SUBJECT = 3  # a subject before an inner verb (城镇新建建筑 is one name, 高新区各新建 a subject + action)
_LEAD_CONNECTOR = re.compile(r"^(?:以及|和|及|与|或)(?=.)")
_INCLUSION_NOTE = re.compile(r"[（(](?:含|包括|包含|不含|其中)[^（）()]*[）)]$")
_POST_TAIL = ("建设", "工作")
# a space next to a CJK character is typography (lost or added by renderings), not part of a name
_CJK_SPACE = re.compile(r"\s+(?=[\u3000-\u9fff（）“”])|(?<=[\u3000-\u9fff（）“”])\s+")


def _strip_words(text: str, words: tuple[str, ...], *, lead: bool) -> tuple[str, str]:
    """Strip `words` repeatedly from one end; return (rest, stripped part in reading order)."""
    removed = ""
    changed = True
    while changed and text:
        changed = False
        for word in words:
            if lead and text.startswith(word) and (len(word) == len(text) or is_word_prefix(text, word)):
                text, removed = text[len(word) :], removed + word
                changed = True
                break
            if not lead and text.endswith(word):
                text, removed = text[: -len(word)], word + removed
                changed = True
                break
    return text, removed


def _clean_edges(text: str) -> str:
    text = _LEAD_CONNECTOR.sub("", text.strip(_EDGE_PUNCT))
    text = _INCLUSION_NOTE.sub("", text).strip(_EDGE_PUNCT)
    text = _LEAD_YEAR.sub("", text).strip(_EDGE_PUNCT)
    return text


def split_pre_metric(pre: str) -> tuple[str, str]:
    """(metric, verb tail) of the text before a number: "…普及率超过" → ("…普及率", "超过")."""
    lex = lexicon()
    text = _clean_edges(pre)
    change = _FROM_TO.match(text)
    if change:  # 高新技术企业数量由2020年的120家增加到: the metric precedes 由
        text = change.group(1) + change.group(2)
    tail = ""
    while True:  # 上市公司数量实现翻一番、达到: verbs and doubling words, across a 、
        text, removed = _strip_words(text, lex.metric_tail_strip, lead=False)
        if not removed:
            break
        kept = text.rstrip(_EDGE_PUNCT)
        text, tail = kept, text[len(kept) :] + removed + tail
    text = _clean_edges(text)
    previous = None
    leads = ""
    while previous != text:  # 力争到2024年引进…: scope words and a leading deadline, in any order
        previous = text
        text, removed = _strip_words(text, lex.metric_lead_strip, lead=True)
        text, leads = _clean_edges(text), leads + removed
    text = _LEAD_QUANTIFIER.sub("", text)
    if leads.endswith(lex.beneficiary_leads):  # 帮助科技企业分摊科技创新风险: what the helped do is counted
        verb_at = object_verb_at(text)
        if verb_at is not None:
            text = text[verb_at:]
    return shorten(_after_inner_verb(text)), tail


def _after_inner_verb(metric: str) -> str:
    """Drop a subject and action before the named thing: "高新区、临港开发区各新建新型研发机构" → 新型研发机构."""
    lex = lexicon()
    best: int | None = None
    for verb in lex.inner_cut_verbs:
        at = metric.find(verb)
        if (
            at >= _MIN_SUBJECT
            and len(metric) - at - len(verb) >= 4
            and (best is None or at + len(verb) < best)
        ):
            best = at + len(verb)
    return _clean_edges(metric[best:]) if best is not None else metric


def post_metric(post: str) -> str:
    """The metric written after a number: "家省级以上绿色工厂" → 省级以上绿色工厂 ("N为X" → X)."""
    lex = lexicon()
    text = _clean_edges(post)
    text = re.sub(r"^(?:为|是)", "", text)
    if "成为" in text:
        text = text.split("成为")[-1]
    stops = [at for at in (text.find(verb) for verb in lex.post_name_stops) if at >= _MIN_LENGTH]
    if stops:
        text = text[: min(stops)]  # 家规上工业企业提供诊断服务 → 规上工业企业
    text, _ = _strip_words(text, tuple(sorted(lex.post_filler, key=len, reverse=True)), lead=True)
    text, _ = _strip_words(_clean_edges(text), (*lex.metric_tail_strip, *_POST_TAIL), lead=False)
    return shorten(_clean_edges(text))


def object_verb_at(post: str) -> int | None:
    """Where a verb starts the phrase of a following number in the text after a count:
    "工业科技企业融资超" (from 为150家工业科技企业融资超20亿元) → 6; None when there is none."""
    starts = [at for at in (post.find(verb) for verb in lexicon().object_verbs) if at >= _MIN_LENGTH]
    if not starts or not is_metric(post[: min(starts)]):
        return None
    return min(starts)


def is_filler(post: str) -> bool:
    """Whether the text after a number names nothing (水平, 左右, punctuation)."""
    text = _clean_edges(post)
    lex = lexicon()
    while text:
        for word in sorted(lex.post_filler, key=len, reverse=True):
            if text.startswith(word):
                text = _clean_edges(text[len(word) :])
                break
        else:
            return False
    return True


def shorten(metric: str) -> str:
    """Cut an enumeration (…等创新载体 → 创新载体) or a long relative clause (…的X → X)."""
    lex = lexicon()
    if "等" in metric:
        tail = re.sub(r"^[^的]{0,3}的", "", metric.rsplit("等", 1)[1])
        if len(tail) >= _MIN_LENGTH:
            metric = tail
    if "的" in metric:
        head, tail = metric.rsplit("的", 1)
        is_ratio = tail.startswith(lex.ratio_heads) or tail.endswith(("率", "占比", "比重", "比例"))
        if len(head) > 10 and len(tail) >= 5 and not is_ratio:
            metric = tail
    return _CJK_SPACE.sub("", metric).strip(_EDGE_PUNCT)


def is_metric(text: str) -> bool:
    """Whether a cleaned phrase is long enough to name something."""
    return len(re.sub(r"[\W\d_]", "", text)) >= _MIN_LENGTH


def distribute(base: str, count: int) -> list[str] | None:
    """Names for the values of a "分别" list: "A、B、C" → [A, B, C]; "X（水、大气）" → [X（水）, X（大气）]."""
    bracket = re.fullmatch(r"(.*)([（(])([^（）()]+)([）)])", base)
    if bracket:
        parts = re.split(r"[、,，]", bracket.group(3))
        if len(parts) == count:
            return [f"{bracket.group(1)}{bracket.group(2)}{p}{bracket.group(4)}" for p in parts]
    parts = [p for p in re.split(r"、", base) if p]
    if len(parts) != count:
        return None
    return _share_suffix(parts)


def _share_suffix(parts: list[str]) -> list[str]:
    """Give earlier names a shared tail: 准独角兽企业、瞪羚企业培育入库数 → 准独角兽企业培育入库数, …;
    国家级、省级重点实验室 → 国家级重点实验室, 省级重点实验室."""
    shared = _shared_head_tail(parts)
    if shared:
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    head = parts[0][-2:]
    last = parts[-1]
    if len(head) < 2 or not all(p.endswith(head) for p in parts[:-1]) or head not in last[:-1]:
        return parts
    suffix = last[last.rindex(head) + len(head) :]
    if not suffix:
        return parts
    return [p + suffix for p in parts[:-1]] + [last]


def _shared_head_tail(parts: list[str]) -> str:
    """The tail that short modifiers share with the last name (国家级、省级重点实验室 → 重点实验室)."""
    earlier, last = parts[:-1], parts[-1]
    if not earlier or any(len(p) > _MAX_MODIFIER for p in earlier):
        return ""
    final = earlier[0][-1]
    if any(p[-1] != final for p in earlier):
        return ""
    at = last.find(final)
    if at < 0 or at + 1 > _MAX_MODIFIER or len(last) - at - 1 < _MIN_LENGTH:
        return ""
    return last[at + 1 :]

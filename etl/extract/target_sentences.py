"""Targets of one paragraph of prose: each committed number with metric, qualifier and year."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.extract.target_incentives import is_incentive_amount, is_incentive_sentence
from etl.extract.target_lexicon import lexicon
from etl.extract.target_metrics import (
    distribute,
    is_filler,
    is_metric,
    object_verb_at,
    post_metric,
    split_pre_metric,
)
from etl.extract.target_quantities import Quantity, find_quantities
from etl.extract.target_text import Span, clauses, halfwidth, list_items, protected_mask, sentences
from etl.extract.target_years import YearContext, deadline_years
from etl.normalise.qualifiers import detect_qualifier
from schemas.vocab import Qualifier

_POST_QUALIFIER = re.compile(r"^(?:以上|以下|以内|左右|上下|之内)")
_MODIFIER_AFTER = re.compile(r"^(?:以上|以下)?的")
_SCOPE = ("全国", "全省", "全市", "全区", "全县", "我市", "我区", "国内", "省内", "市内", "区内")
_EDGE = " ,;:、—-"
_CONNECTORS = ("", "和", "及", "与", "以及", "或")
_RATE_UNITS = ("%", "‰", "个百分点", "百分点")
_DEADLINE_AHEAD = re.compile(r"(?:到|至)\s*(?:19|20)\d{2}\s*年")


@dataclass
class TargetDraft:
    """A target before ids and task attachment."""

    metric: str
    value: float
    unit: str | None
    qualifier: Qualifier | None
    year: int | None
    text: str
    inherited: bool = False  # metric taken from an earlier number of the sentence
    pre: str = ""  # text between the previous number and this one (for 分别)
    name_end: int | None = None  # where a name written after the number ends, when a verb follows it


def _change_word(window: str) -> str:
    """The change a rate states ("年均增长15%" → 年均增长), none for a level ("提高到85%")."""
    head = re.split(r"[\d.]", window, maxsplit=1)[0]
    if head.endswith(("到", "至", "为", "在")):
        return ""
    return next((word for word in lexicon().change_words if word in head), "")


def _governed_by_count_verb(pre: str) -> bool:
    """An action verb earlier in the clause governs the count: 打造…等6个X, 推动下六圩港11个X."""
    lex = lexicon()
    return any(len(verb) >= 2 and verb not in lex.reach_verbs and verb in pre for verb in lex.count_verbs)


def _ends_with_count_verb(pre: str) -> bool:
    text = pre.rstrip(_EDGE)
    for scope in _SCOPE:
        if text.endswith(scope):
            text = text[: -len(scope)]
            break
    return text.endswith(lexicon().count_verbs)


def _named_before_action(before: str, post: str) -> str:
    """The thing named before a count that an action follows: "带动上下游配套企业300家以上同步改造"
    → 上下游配套企业; "" when the text after the count is no action (新增8家上市公司)."""
    rest = _POST_QUALIFIER.sub("", post.strip(_EDGE))
    if not rest.startswith(lexicon().post_actions):
        return ""
    metric = split_pre_metric(before)[0]
    return metric if is_metric(metric) else ""


def _is_retrospective(text: str) -> bool:
    head = text.lstrip("—-· ")[:12]
    return any(head.startswith(opener) for opener in lexicon().retrospective_openers)


@dataclass
class _Group:
    """Items of a clause joined so that each group holds its numbers and their names."""

    start: int
    end: int
    quantities: list[Quantity]


def _groups(norm: str, clause: Span, quantities: list[Quantity]) -> list[_Group]:
    groups: list[_Group] = []
    pending: int | None = None
    for item in list_items(norm, clause):
        inside = [q for q in quantities if item.start <= q.start < item.end]
        if not inside:
            pending = item.start if pending is None else pending
            continue
        groups.append(_Group(item.start if pending is None else pending, item.end, inside))
        pending = None
    if pending is not None and groups:
        groups[-1].end = clause.end
    return groups


class _SentenceReader:
    """Reads the numbers of one sentence, left to right."""

    def __init__(self, text: str, norm: str, protected: list[bool], context: YearContext) -> None:
        self.text, self.norm, self.protected, self.context = text, norm, protected, context
        self.years = deadline_years(norm, protected, context.present)
        self.drafts: list[TargetDraft] = []
        self.last_free_clause = ""  # latest clause without numbers: a subject for a bare "突破1000家"
        self.free_is_latest = False
        self.past_metric = ""  # the metric of a past result just passed: "已建成X12家，今年再新建5家"
        self.past_is_latest = False

    def read(self) -> list[TargetDraft]:
        quantities = find_quantities(self.norm, self.protected)
        for clause in clauses(self.norm, Span(0, len(self.norm))):
            inside = [q for q in quantities if clause.start <= q.start < clause.end]
            if not inside:
                self.last_free_clause = self.text[clause.start : clause.end]
                self.free_is_latest, self.past_is_latest = True, False
                continue
            first = len(self.drafts)
            carry = False
            for group in _groups(self.norm, clause, inside):
                carry = self._read_group(group, clause, carry)
            _distribute(self.drafts[first:])
        self.drafts = _expand_each(self.drafts)
        return self.drafts

    def _read_group(self, group: _Group, clause: Span, carry: bool) -> bool:
        """Read one group's numbers; return whether it ended with a verb-led count (新增8家X)."""
        lex = lexicon()
        prev_end = group.start
        led = False
        for index, q in enumerate(group.quantities):
            last = index == len(group.quantities) - 1
            next_start = group.end if last else group.quantities[index + 1].start
            post = self.norm[q.end : next_start]
            post_qualifier = _POST_QUALIFIER.match(post)
            qualifier_word = post_qualifier.group() if post_qualifier else ""
            pre = self.norm[prev_end : q.start]
            modifier = _MODIFIER_AFTER.match(post)
            if modifier:  # 50亿元以上的项目: part of a name (a class), unless the size of a thing set up
                sized = self._size_draft(q, group, clause, prev_end) if last and modifier.group() == "的" else None
                if sized is not None:
                    self.drafts.append(sized)
                    self.free_is_latest = self.past_is_latest = False
                continue
            listed = post.strip(_EDGE) in _CONNECTORS  # 10家、60家和220家
            if (
                not last
                and not listed
                and (
                    qualifier_word in ("以上", "以下")
                    or pre.endswith(("超", "过"))
                    or not (q.counting and _ends_with_count_verb(pre))
                )
            ):
                continue  # 超100亿元重特大签约项目12个: the first number qualifies the name
            if any(marker in pre for marker in lex.past_markers):
                self._remember_past(q, pre, post, prev_end, next_start)
                continue
            if is_incentive_amount(self.norm[clause.start : clause.end], q.unit, self.norm):
                continue
            draft = self._draft(q, pre, post, qualifier_word, prev_end, next_start, carry, clause, not last)
            if draft is None:
                continue
            led = not is_filler(post)
            self.drafts.append(draft)
            self.free_is_latest = self.past_is_latest = False
            prev_end = draft.name_end if draft.name_end is not None else q.end + len(qualifier_word)
        return led

    def _remember_past(self, q: Quantity, pre: str, post: str, prev_end: int, next_start: int) -> None:
        """Keep the metric of a past result: a later number without one counts the same thing."""
        if is_filler(post):
            metric = split_pre_metric(self.text[prev_end : q.start])[0]
        else:
            metric = post_metric(self.text[q.end : next_start])
        if is_metric(metric):
            self.past_metric, self.past_is_latest, self.free_is_latest = metric, True, False

    def _size_draft(
        self, q: Quantity, group: _Group, clause: Span, prev_end: int
    ) -> TargetDraft | None:
        """设立总规模50亿元的科创产业基金群: the size (科创产业基金群总规模) of a thing an action sets up."""
        pre = self.norm[prev_end : q.start]
        before, tail = split_pre_metric(self.text[prev_end : q.start])
        size = next((word for word in lexicon().size_words if before.endswith(word)), None)
        if size is None or not _governed_by_count_verb(self.norm[clause.start : q.start]):
            return None
        name = post_metric(self.text[q.end + 1 : group.end])
        number = self.norm[q.start : q.end]
        if not is_metric(name):
            return None
        return TargetDraft(
            metric=name + size,
            value=q.value,
            unit=q.unit,
            qualifier=Qualifier.min if q.is_range or q.more_than else _plain(detect_qualifier(tail + number)),
            year=self.context.year_at(self.norm, self.years, q.start, clause.start),
            text=self.text[clause.start : clause.end].strip(),
            pre=pre,
        )

    def _draft(
        self,
        q: Quantity,
        pre: str,
        post: str,
        qualifier_word: str,
        prev_end: int,
        next_start: int,
        carry: bool,
        clause: Span,
        followed: bool = False,
    ) -> TargetDraft | None:
        number_text = self.norm[q.start : q.end]
        name_end: int | None = None
        if q.chinese:  # 超千亿元 → 超1000亿元: the qualifier vocabulary reads Arabic numbers
            number_text = f"{q.value:g}{q.unit or ''}"
        inherited = False
        if not is_filler(post):
            # the name follows the number: 新增8家上市公司, 30%为海外高层次人才项目
            if q.chinese and not _ends_with_count_verb(pre):
                return None  # 三个部门, 十三项任务: Chinese numerals count only right after 新增 / 培育 …
            if not (
                _ends_with_count_verb(pre)
                or _governed_by_count_verb(self.norm[clause.start : q.start])
                or post.startswith(("为", "是"))
                or (carry and not pre.strip(_EDGE))
            ):
                return None
            name_text = self.text[q.end : next_start]
            verb_at = object_verb_at(name_text) if followed else None
            if verb_at is not None:  # 为150家工业科技企业融资超20亿元: the verb leads the next number's phrase
                name_text, name_end = name_text[:verb_at], q.end + verb_at
            metric = _named_before_action(self.text[prev_end : q.start], post) or post_metric(name_text)
            window = pre[-8:] + number_text + qualifier_word
        else:
            if q.unit is None and not pre:
                return None
            metric, tail = split_pre_metric(self.text[prev_end : q.start])
            governed = _governed_by_count_verb(self.norm[clause.start : q.start])
            if q.chinese and not (tail or _ends_with_count_verb(pre) or governed):
                return None
            if metric.startswith("占") and self.drafts:
                metric = self.drafts[-1].metric + metric  # A突破120亿元，占GDP比重达到12%
            window = tail + number_text + qualifier_word
        if not is_metric(metric):
            metric, inherited = self._inherited_metric(), True
        if not is_metric(metric) or metric in lexicon().structure_nouns or metric.startswith(lexicon().structure_heads):
            return None
        qualifier = Qualifier.min if q.is_range or q.more_than else detect_qualifier(window)
        if qualifier in (Qualifier.none, Qualifier.text, Qualifier.not_decomposed):
            qualifier = None
        change = _change_word(window) if q.unit in _RATE_UNITS and qualifier != Qualifier.delta else ""
        if change and not metric.endswith(change):
            metric += change  # 营业收入年均增长8%: a growth rate, not a level (delta says so itself)
        return TargetDraft(
            metric=metric,
            value=q.value,
            unit=q.unit,
            qualifier=qualifier,
            year=self.context.year_at(self.norm, self.years, q.start, clause.start),
            text=self.text[clause.start : clause.end].strip(),
            inherited=inherited,
            pre=self.norm[prev_end : q.start],
            name_end=name_end,
        )

    def _inherited_metric(self) -> str:
        """The subject of a number written without one: the latest free clause, past result or
        earlier number."""
        if self.past_is_latest:
            return self.past_metric
        if self.last_free_clause and (self.free_is_latest or not self.drafts):
            return split_pre_metric(self.last_free_clause)[0]
        return self.drafts[-1].metric if self.drafts else self.past_metric


def _plain(qualifier: Qualifier | None) -> Qualifier | None:
    """A qualifier a target keeps: none / text / not_decomposed say nothing of a stated number."""
    return None if qualifier in (Qualifier.none, Qualifier.text, Qualifier.not_decomposed) else qualifier


def _distribute(drafts: list[TargetDraft]) -> None:
    """For A、B、C分别达到62%、93%、86%左右: one name per value, the trailing qualifier for all."""
    index = 0
    while index < len(drafts):
        head = drafts[index]
        run = [head]
        while index + len(run) < len(drafts) and drafts[index + len(run)].inherited:
            run.append(drafts[index + len(run)])
        if len(run) > 1 and "分别" in head.pre:
            names = distribute(head.metric, len(run))
            if names:
                for draft, name in zip(run, names, strict=True):
                    draft.metric = name
            last_qualifier = run[-1].qualifier
            if last_qualifier is not None and all(d.qualifier is None for d in run[:-1]):
                for draft in run:
                    draft.qualifier = last_qualifier
        index += len(run)


def _expand_each(drafts: list[TargetDraft]) -> list[TargetDraft]:
    """国家级、省级重点实验室各2家: one row per kind, each with the number."""
    expanded: list[TargetDraft] = []
    for draft in drafts:
        parts = distribute(draft.metric, draft.metric.count("、") + 1) if "、" in draft.metric else None
        if parts and draft.pre.rstrip(_EDGE).endswith("各"):
            expanded.extend(replace(draft, metric=part) for part in parts)
        else:
            expanded.append(draft)
    return expanded


def paragraph_targets(text: str, context: YearContext, *, require_forward: bool = False) -> list[TargetDraft]:
    """Targets of one paragraph; `context` carries the deadline year into later sentences.

    `require_forward` (for text outside every task) keeps only sentences with a forward cue
    such as 力争 / 到2025年.
    """
    if _is_retrospective(text):
        return []
    norm = halfwidth(text)
    protected = protected_mask(norm)
    drafts: list[TargetDraft] = []
    for sentence in sentences(norm):
        s_text, s_norm = text[sentence.start : sentence.end], norm[sentence.start : sentence.end]
        s_protected = protected[sentence.start : sentence.end]
        reader = _SentenceReader(s_text, s_norm, s_protected, context)
        if _is_retrospective(s_text) or is_incentive_sentence(s_norm):
            context.close_sentence(reader.years)
            continue
        if not require_forward or any(cue in s_norm for cue in lexicon().forward_cues):
            found = reader.read()
            # a past year's number counts only when its own clause states intent: in
            # "2023年…突破500亿元，今年力争达到560亿元" 500 is the base, 560 the target
            drafts.extend(d for d in found if not _reports_past(d, context) or _looks_ahead(d.text))
        context.close_sentence(reader.years)
    return drafts


def _looks_ahead(sentence: str) -> bool:
    """A sentence stating intent (力争 / 确保 / 到2025年…), as opposed to reporting results."""
    cues = [cue for cue in lexicon().forward_cues if not cue[-1].isdigit()]
    return any(cue in sentence for cue in cues) or bool(_DEADLINE_AHEAD.search(sentence))


def _reports_past(draft: TargetDraft, context: YearContext) -> bool:
    """A number for a year before the document's own ("2023年，总产值达到2860亿元" said in 2024)."""
    return context.present is not None and draft.year is not None and draft.year < context.present

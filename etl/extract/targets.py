"""Quantitative commitments stated in prose, attached to the task whose text holds them."""

from __future__ import annotations

import re

from etl.extract.target_lexicon import lexicon
from etl.extract.target_sentences import TargetDraft, paragraph_targets
from etl.extract.target_text import halfwidth, protected_mask
from etl.extract.target_years import YearContext, deadline_years, single_deadline_year
from schemas.document import Document, Paragraph, Provenance, Table
from schemas.targets import Target
from schemas.tasks import Task

_WHITESPACE = re.compile(r"\s+")
_LEADING_LABEL = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)|[一二三四五六七八九十]+是)"
)
_CAPTION_LOOKBACK = 3
_TITLE_YEAR = re.compile(r"^((?:19|20)\d{2})年(?!\s*[-－—–~～至到]\s*\d)")
_LEADING_TIME = re.compile(
    r"^(?:(?:19|20)\d{2}年(?:度)?|过去(?:一|两|三|五|十)年|近(?:一|两|三|五|十)年|“?[一二三四五十]+五”?时期)的?"
)


def _squash(text: str) -> str:
    return _WHITESPACE.sub("", text)


def _caption_year(doc: Document, table_index: int) -> int | None:
    """The year a goal table's caption names ("…2020年重点工作目标"), if any."""
    captions: list[Paragraph] = []
    for block in reversed(doc.blocks[:table_index]):
        if not isinstance(block, Paragraph) or len(captions) >= _CAPTION_LOOKBACK:
            break
        captions.append(block)
    for block in captions:
        norm = halfwidth(block.text)
        years = deadline_years(norm, protected_mask(norm))
        if years:
            return years[-1][1]
    return None


def _is_table_task(doc: Document, task: Task) -> bool:
    index = task.block_index
    return index is not None and 0 <= index < len(doc.blocks) and isinstance(doc.blocks[index], Table)


def _task_paragraphs(task: Task) -> list[str]:
    lines = [line.strip() for line in task.text.split("\n") if line.strip()]
    if lines and task.label and lines[0].startswith(task.label):
        lines[0] = lines[0][len(task.label) :].strip()
    return lines


def _paragraph_provenance(doc: Document, task: Task, line: str) -> Provenance:
    """The provenance of the document paragraph holding `line` (searching from the task's block)."""
    if _is_table_task(doc, task) or task.block_index is None:
        return task.provenance
    needle = _squash(line)[:40]
    for block in doc.blocks[task.block_index :]:
        if isinstance(block, Paragraph) and needle and needle in _squash(block.text):
            return block.provenance
    return task.provenance


def _to_target(draft: TargetDraft, task_id: str | None, provenance: Provenance) -> Target:
    return Target(
        id="",
        task_id=task_id,
        year=draft.year,
        metric=draft.metric,
        value=draft.value,
        unit=draft.unit,
        qualifier=draft.qualifier,
        text=draft.text,
        provenance=provenance,
    )


def _looks_back(task: Task, retrospective: set[str]) -> bool:
    """A section that narrates the past or the present state (2023年工作回顾, 发展基础), or lies in one.

    A heading whose first paragraph opens on a past period ("过去一年，…") introduces a review too:
    the 一是/二是 items below it list results, not commitments.
    """
    if task.parent_id in retrospective:
        return True
    title = _LEADING_TIME.sub("", _squash(task.title))
    if "回顾" in title or title.startswith(lexicon().retrospective_headings):
        return True
    body = _task_paragraphs(task)[1:2]
    return bool(body) and body[0].lstrip("—-· ").startswith(lexicon().retrospective_section_openers)


def _present_year(doc: Document) -> int | None:
    """The document's own year (its issue date's), against which 今年 and past results are read;
    undated, the year a title opens with (2024年…政府工作报告, 2024年工作要点)."""
    from etl.extract.metadata import extract_metadata

    meta = extract_metadata(doc)
    if meta.issue_date:
        return meta.issue_date.year
    titled = _TITLE_YEAR.match(meta.title or "")
    return int(titled.group(1)) if titled else None


_CONTINUES = ("；", ";", "，", ",")


def _carried_year(task: Task, previous: Task | None, final_year: dict[str, int | None]) -> int | None:
    """The year a task's text starts in: its parent's last deadline, or — when the previous sibling's
    sentence runs on into this item ("1.到2025年，…；2.…；3.…。") — that sibling's."""
    if previous is not None and previous.text.rstrip().endswith(_CONTINUES):
        carried = final_year.get(previous.id)
        if carried is not None:
            return carried
    return final_year.get(task.parent_id or "")


def _task_targets(doc: Document, tasks: list[Task], present: int | None) -> list[Target]:
    final_year: dict[str, int | None] = {}
    previous_sibling: dict[str, Task] = {}
    retrospective: set[str] = set()
    found: list[Target] = []
    for task in tasks:
        if _looks_back(task, retrospective):
            retrospective.add(task.id)
            continue
        if _is_table_task(doc, task):
            start = single_deadline_year(task.deadline) or _caption_year(doc, task.block_index or 0)
            if start is None:
                start = final_year.get(task.parent_id or "")
        else:  # a body task a decomposition table restates may carry that row's deadline
            start = single_deadline_year(task.deadline) or _carried_year(
                task, previous_sibling.get(task.parent_id or ""), final_year
            )
        previous_sibling[task.parent_id or ""] = task
        context = YearContext(start, present)
        for line in _task_paragraphs(task):
            provenance = _paragraph_provenance(doc, task, line)
            found.extend(_to_target(d, task.id, provenance) for d in paragraph_targets(line, context))
        final_year[task.id] = context.year
    return found


def _outside_targets(doc: Document, tasks: list[Task], present: int | None) -> list[Target]:
    """Numbers in paragraphs no task holds (cover notice, preamble), forward-looking sentences only."""
    # joined without a separator: a paragraph split into inline items (（一）…。1.…2.…) is the
    # concatenation of consecutive task texts
    covered = "".join(_squash(task.text) for task in tasks)
    found: list[Target] = []
    context = YearContext(present=present)
    for block in doc.blocks:
        if not isinstance(block, Paragraph) or not block.text.strip():
            continue
        text = _squash(block.text)
        if text in covered or _LEADING_LABEL.sub("", text) in covered:
            continue
        found.extend(
            _to_target(d, None, block.provenance)
            for d in paragraph_targets(block.text.strip(), context, require_forward=True)
        )
    return found


def extract_targets(doc: Document, tasks: list[Task], issue_year: int | None = None) -> list[Target]:
    """Every number a sentence commits to, attached to the task holding it (None outside every task).

    `issue_year` is the document's own year (from its metadata); found from the document when not given.
    """
    present = issue_year if issue_year is not None else _present_year(doc)
    targets = _task_targets(doc, tasks, present) + _outside_targets(doc, tasks, present)
    for number, target in enumerate(targets, start=1):
        target.id = f"g{number}"
    return targets

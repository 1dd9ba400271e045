"""Task hierarchy from the numbered items of a plan's body and its goal tables.

Nesting follows the order in which numbering schemes first appear: a stack of schemes,
where a label of a scheme already on the stack pops back to it and a new scheme pushes
one level deeper.  So 1、 can be level 2 under 三、 and level 4 under 任务一: in one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.extract.task_body import body_paragraphs
from etl.extract.task_numbering import (
    LEAD_SCHEME,
    Label,
    inline_item_run,
    lead_run,
    lone_label,
    match_label,
    title_of,
)
from etl.extract.task_tables import goal_table_tasks
from schemas.document import Document, Paragraph, Provenance
from schemas.tasks import Task


@dataclass
class _Segment:
    """A piece of a paragraph: an item starting with `label`, or unlabelled text."""

    label: Label | None
    text: str


@dataclass
class _Builder:
    """The scheme stack and the tasks made so far."""

    tasks: list[Task] = field(default_factory=list)
    stack: list[tuple[str, Task]] = field(default_factory=list)
    seen_schemes: set[str] = field(default_factory=set)
    numbers: dict[str, str] = field(default_factory=dict)  # task id -> outline number ("2", "2.1")
    last_lead: int = 0
    top_level_leads: bool = False

    def accepts(self, label: Label) -> bool:
        """A scheme's first label in the document must be its number 1 (else it is prose).

        Lead sentences (一是…) count only inside an open item, unless `top_level_leads`:
        a preamble's "一是…二是…" is not the body's top level.
        """
        if label.scheme == LEAD_SCHEME and not self.stack and not self.top_level_leads:
            return False
        if label.prefix is not None and not self._open_number(label.prefix):
            return False
        return label.scheme in self.seen_schemes or label.ordinal == 1

    def _open_number(self, prefix: str) -> bool:
        """Whether an open item is numbered `prefix` (2.1 belongs under an open 2. or 2)."""
        return any(self.numbers[task.id] == prefix for _, task in self.stack)

    def add(self, label: Label, text: str, block_index: int, provenance: Provenance) -> Task:
        keys = [key for key, _ in self.stack]
        if label.scheme in keys:
            del self.stack[keys.index(label.scheme) :]
        parent = self.stack[-1][1] if self.stack else None
        task = Task(
            id=f"t{len(self.tasks) + 1}",
            parent_id=parent.id if parent else None,
            level=len(self.stack) + 1,
            label=label.label,
            ordinal=label.ordinal,
            path=f"{parent.path}.{label.ordinal}" if parent else str(label.ordinal),
            title=title_of(text[label.end - label.start :]),
            text=text,
            block_index=block_index,
            provenance=provenance,
        )
        self.tasks.append(task)
        self.numbers[task.id] = f"{label.prefix}.{label.ordinal}" if label.prefix else str(label.ordinal)
        self.stack.append((label.scheme, task))
        self.seen_schemes.add(label.scheme)
        return task

    def append_text(self, text: str, separator: str = "\n") -> None:
        """Unlabelled text continues the innermost open item (on a new line, or — for the rest of
        a broken-off sentence — right after it)."""
        if self.stack:
            current = self.stack[-1][1]
            current.text = f"{current.text}{separator}{text}" if current.text else text


_SENTENCE_ENDS = "。；;！？!?：:”’）)】…"


def breaks_off(text: str) -> bool:
    """A prose paragraph cut off mid-sentence: it holds a 。 but does not end a sentence (the
    next paragraph is its rest — a page or line break that a rendering made a paragraph break)."""
    text = text.rstrip()
    return "。" in text and not text.endswith(tuple(_SENTENCE_ENDS))


_NOTE_OPENER = re.compile(r"^(?:注|备注|说明)\s*[：:]")


def _segments(text: str, builder: _Builder, mid_sentence: bool = False) -> list[_Segment]:
    """Split a paragraph into its leading label's item and any inline items (一是/二是, or 1.…2.…)."""
    label = match_label(text)
    if label is not None and not builder.accepts(label):
        label = None
    if label is None and _NOTE_OPENER.match(text):
        return [_Segment(None, text.strip())]  # 注：1．…；2．…: the clauses of a note are no items
    body_from = label.end if label else 0
    continues_from = builder.last_lead if label is None else 0
    leads = lead_run(text[body_from:], continues_from, mid_sentence=mid_sentence and label is None)
    leads = [
        Label(lead.scheme, lead.label, lead.ordinal, lead.start + body_from, lead.end + body_from)
        for lead in leads
    ]
    if leads and label is None and not builder.accepts(leads[0]):
        leads = []
    if not leads:
        leads = [
            Label(item.scheme, item.label, item.ordinal, item.start + body_from, item.end + body_from)
            for item in inline_item_run(text[body_from:], label.scheme if label else None)
        ]
        if leads and not builder.accepts(leads[0]):
            leads = []
    if label is None and leads and leads[0].start == 0:
        label, leads = leads[0], leads[1:]
    cuts = [lead.start for lead in leads]
    head_end = cuts[0] if cuts else len(text)
    segments = [_Segment(label, text[:head_end].strip())] if text[:head_end].strip() else []
    ends = [*cuts[1:], len(text)] if leads else []
    for lead, end in zip(leads, ends, strict=True):
        segments.append(_Segment(lead, text[lead.start : end].strip()))
    return segments


def body_tasks(doc: Document) -> list[Task]:
    """Tasks from the numbered paragraphs (and inline lead sentences) of the body.

    Lead sentences become top-level items only in a text that has no other numbering.
    """
    return _body_tasks(doc, top_level_leads=False) or _body_tasks(doc, top_level_leads=True)


def _with_lone_labels_joined(paragraphs: list[tuple[int, Paragraph]]) -> list[tuple[int, Paragraph, str]]:
    """(block index, paragraph, text), a paragraph that is only a label ("第一章", "一、")
    joined to the next one, its title, when that one has no label of its own."""
    joined: list[tuple[int, Paragraph, str]] = []
    skip_next = False
    for position, (index, paragraph) in enumerate(paragraphs):
        if skip_next:
            skip_next = False
            continue
        text = paragraph.text.strip()
        following = paragraphs[position + 1][1].text.strip() if position + 1 < len(paragraphs) else ""
        if following and lone_label(text) and not match_label(following) and not lone_label(following):
            text, skip_next = f"{text}\n{following}", True
        joined.append((index, paragraph, text))
    return joined


def _body_tasks(doc: Document, top_level_leads: bool) -> list[Task]:
    builder = _Builder(top_level_leads=top_level_leads)
    previous = ""
    for index, paragraph, text in _with_lone_labels_joined(body_paragraphs(doc)):
        mid_sentence = breaks_off(previous) and match_label(text) is None and lone_label(text) is None
        previous = text
        for position, segment in enumerate(_segments(text, builder, mid_sentence)):
            if segment.label is None:
                builder.append_text(segment.text, "" if mid_sentence and position == 0 else "\n")
                continue
            label = segment.label
            shifted = Label(label.scheme, label.label, label.ordinal, 0, label.end - label.start, label.prefix)
            builder.add(shifted, segment.text, index, paragraph.provenance)
            builder.last_lead = label.ordinal if label.scheme == LEAD_SCHEME else 0
    return builder.tasks


def extract_tasks(doc: Document) -> list[Task]:
    """The numbered task hierarchy of the document's body, plus goal-table rows under their tasks."""
    tasks = body_tasks(doc)
    return tasks + goal_table_tasks(doc, tasks)

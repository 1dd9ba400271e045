"""Goal / task-decomposition tables (类别 / 重点任务 / 序号 / 主要目标 / 牵头单位 …) as child tasks."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from etl.extract.task_body import is_annex_start, is_date_line
from etl.extract.task_numbering import lone_label, match_label, title_of
from schemas.document import Document, Paragraph, Table, join_cell_lines
from schemas.tasks import Task

_GOAL_HEADERS = (
    "主要目标", "工作目标", "目标任务", "具体目标", "具体任务", "工作任务", "任务内容", "工作内容",
    "具体内容", "主要内容", "具体措施", "工作措施", "主要措施", "推进措施", "具体举措", "工作举措",
)
_TASK_HEADERS = ("重点任务", "主要任务", "重点工作", "任务")
_DEADLINE_HEADERS = ("完成时限", "完成时间", "时间节点", "完成期限", "时限要求", "时限")
_CATEGORY_HEADERS = ("类别", "类型", "领域", "行动", "工程", "板块")
_NUMBER_HEADERS = ("序号", "编号")
_DUTY_HEADER = re.compile(r"(牵头|责任|参与|配合|协同|协办|主办)(单位|部门|处室|科室|领导|人|主体|分工)?")
_MAX_HEADER_CHARS = 12
_YEAR = re.compile(r"(19|20)\d{2}")
_SECTION_SCHEMES = {"chapter", "part", "section", "ordinal_comma", "cn_dun", "cn_paren", "task_cn"}
_MIN_MATCH = 0.6
_SAME_TASK = 0.8


@dataclass(frozen=True)
class _Columns:
    goal: int
    task: int | None
    category: int | None
    number: int | None
    deadline: int | None = None


cell_text = join_cell_lines  # a cell's text with its lines joined


def _header(table: Table) -> list[str]:
    rows = table.text_grid()[: max(table.header_rows, 1)]
    if not rows:
        return []
    return ["".join(dict.fromkeys(cell_text(row[c]) for row in rows)) for c in range(table.n_cols)]


def _first_column(header: list[str], words: tuple[str, ...], exclude: set[int]) -> int | None:
    for word in words:
        for col, text in enumerate(header):
            if col not in exclude and word in text and len(text) <= _MAX_HEADER_CHARS:
                return col
    return None


def _is_duty_header(text: str) -> bool:
    return len(text) <= _MAX_HEADER_CHARS and _DUTY_HEADER.search(text) is not None


def _columns(table: Table) -> _Columns | None:
    header = _header(table)
    if not header or any(_YEAR.search(text) for text in header):
        return None
    duty = {col for col, text in enumerate(header) if _is_duty_header(text)}
    if not duty:
        return None
    goal = _first_column(header, _GOAL_HEADERS, duty)
    task = _first_column(header, _TASK_HEADERS, duty | ({goal} if goal is not None else set()))
    if goal is None:
        goal, task = task, None
    if goal is None:
        return None
    used = duty | {goal} | ({task} if task is not None else set())
    category = _first_column(header, _CATEGORY_HEADERS, used)
    used |= {category} if category is not None else set()
    number = _first_column(header, _NUMBER_HEADERS, used)
    deadline = _first_column(header, _DEADLINE_HEADERS, used | ({number} if number is not None else set()))
    return _Columns(goal, task, category, number, deadline)


def is_task_table(table: Table) -> bool:
    """A goal or task-decomposition table: task/goal and 牵头/责任 columns, no year-value columns."""
    return _columns(table) is not None


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s“”‘’\"'「」《》、，,。；;：:]", "", text)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def _split_label(text: str) -> tuple[str | None, int | None, str]:
    label = match_label(text)
    if label is None:
        return None, None, title_of(text)
    return label.label, label.ordinal, title_of(text[label.end :])


def _best_task(cell: str, candidates: list[Task]) -> Task | None:
    _, ordinal, title = _split_label(cell)
    scored = [
        (_similarity(title, task.title), task.ordinal == ordinal, -task.level, task) for task in candidates
    ]
    scored = [item for item in scored if item[0] >= _MIN_MATCH]
    if not scored:
        return None
    return max(scored, key=lambda item: item[:3])[3]


def _descendants(root: Task, tasks: list[Task]) -> list[Task]:
    return [task for task in tasks if task.path.startswith(root.path + ".")]


def _section_heading(row: list[str], columns: _Columns) -> str:
    """A row that is a heading of the rows below it: one text across the row (a merged row)
    or a lone first cell, opening with a 一、 / （一） label ("一、推进产业转型（5项）")."""
    texts = list(dict.fromkeys(text for text in row if text))
    if columns.number is not None and len(texts) == 2 and row[columns.number] == texts[0]:
        texts = [texts[0] + texts[1]] if _is_heading_label(texts[0], whole=True) else texts
    if len(texts) != 1 or (len(row) > 1 and row.count(texts[0]) == 1 and row[0] != texts[0]):
        return ""
    return texts[0] if _is_heading_label(texts[0], whole=False) else ""


def _is_heading_label(text: str, whole: bool) -> bool:
    label = lone_label(text) if whole else match_label(text)
    return label is not None and label.scheme in _SECTION_SCHEMES


def _ends_body(text: str) -> bool:
    """An annex heading or list (附件…), or a signature date: what follows is no longer the body."""
    return is_annex_start(text) or is_date_line(text)


class _TableReader:
    """Turns one goal table's rows into tasks under matching body tasks."""

    def __init__(self, body_tasks: list[Task], new_tasks: list[Task]) -> None:
        self.body = body_tasks
        self.new = new_tasks
        self.made_parents: dict[tuple[str | None, str], Task] = {}
        # rows that restate a body task: (that task, table block index, row)
        self.restated: list[tuple[Task, int, int]] = []

    def _make(self, parent: Task | None, label: str, ordinal: int, title: str, text: str, **where) -> Task:
        task = Task(
            id=f"t{len(self.body) + len(self.new) + 1}",
            parent_id=parent.id if parent else None,
            level=parent.level + 1 if parent else 1,
            label=label,
            ordinal=ordinal,
            path=f"{parent.path}.{ordinal}" if parent else str(ordinal),
            title=title,
            text=text,
            **where,
        )
        self.new.append(task)
        return task

    def _free_ordinal(self, parent: Task | None, wanted: int | None) -> int:
        parent_id = parent.id if parent else None
        taken = {t.ordinal for t in self.body + self.new if t.parent_id == parent_id}
        if wanted is not None and wanted not in taken:
            return wanted
        return max(taken, default=0) + 1

    def _parent_for(self, category: str, task_cell: str, **where) -> Task | None:
        category_task = _best_task(category, self.body) if category else None
        if not task_cell:
            return category_task
        pool = _descendants(category_task, self.body) if category_task else self.body
        found = _best_task(task_cell, pool) or (_best_task(task_cell, self.body) if category_task else None)
        if found is not None:
            return found
        key = (category_task.id if category_task else None, task_cell)
        if key not in self.made_parents:
            label, ordinal, title = _split_label(task_cell)
            ordinal = self._free_ordinal(category_task, ordinal)
            self.made_parents[key] = self._make(
                category_task, label or str(ordinal), ordinal, title, task_cell, **where
            )
        return self.made_parents[key]

    def _section_task(self, heading: str, **where) -> Task:
        """The body task a table's section heading row names, made from the row when none does."""
        found = _best_task(heading, self.body)
        if found is not None:
            return found
        key = (None, heading)
        if key not in self.made_parents:
            label, ordinal, title = _split_label(heading)
            ordinal = self._free_ordinal(None, ordinal)
            self.made_parents[key] = self._make(None, label or str(ordinal), ordinal, title, heading, **where)
        return self.made_parents[key]

    def _restated_body_task(self, cell: str) -> Task | None:
        title = _split_label(cell)[2]
        scored = [(_similarity(title, task.title), task) for task in self.body]
        best = max(scored, key=lambda item: item[0], default=None)
        return best[1] if best is not None and best[0] >= _SAME_TASK else None

    def _enclosing_task(self, doc: Document, block_index: int) -> Task | None:
        """The body task a table inside the body sits under: the last item before it, when more
        items follow or nothing ends the body in between (a table after the last item, "见下表");
        None for annex tables (after a 附件 heading, a signature date)."""
        starts = [(t.block_index, t) for t in self.body if t.block_index is not None]
        before = [(index, t) for index, t in starts if index < block_index]
        if not before:
            return None
        last_index, last = before[-1]
        if any(index > block_index for index, _ in starts):
            return last
        between = doc.blocks[last_index + 1 : block_index]
        ends_body = any(isinstance(b, Paragraph) and _ends_body(b.text.strip()) for b in between)
        return None if ends_body else last

    def read(self, doc: Document, table: Table, block_index: int) -> None:
        columns = _columns(table)
        if columns is None:
            return
        first_data = max(table.header_rows, 1)
        grid = [[cell_text(text) for text in row] for row in table.text_grid()]
        header_goals = {row[columns.goal] for row in grid[:first_data]}
        enclosing = self._enclosing_task(doc, block_index)
        category = task_cell = ""
        section: Task | None = None
        previous: Task | None = None
        for row_index in range(first_data, table.n_rows):
            row = grid[row_index]
            provenance = table.provenance.model_copy(update={"row": row_index})
            where = {"block_index": block_index, "provenance": provenance}
            heading = _section_heading(row, columns)
            if heading:
                section, category, task_cell, previous = self._section_task(heading, **where), "", "", None
                continue
            goal = row[columns.goal]
            number = row[columns.number] if columns.number is not None else ""
            if not goal or goal in header_goals:
                continue
            fresh_category = row[columns.category] if columns.category is not None else ""
            fresh_task = row[columns.task] if columns.task is not None else ""
            if previous is not None and columns.number is not None and not number and not fresh_task:
                previous.title += goal  # the rest of a row split over a page break
                previous.text += goal
                continue
            category = fresh_category or category
            task_cell = fresh_task or task_cell
            if category or task_cell:
                parent = self._parent_for(category, task_cell, **where)
            elif section is not None:
                parent = section
            elif (restated := self._restated_body_task(goal)) is not None:
                # a decomposition table listing the body's own items again: no new task, but its
                # role columns still speak of that body task
                self.restated.append((restated, block_index, row_index))
                if columns.deadline is not None and row[columns.deadline] and restated.deadline is None:
                    restated.deadline = row[columns.deadline]
                continue
            else:
                parent = enclosing
            ordinal = self._free_ordinal(parent, int(number) if number.isdigit() else None)
            previous = self._make(parent, number or str(ordinal), ordinal, goal, goal, **where)
            if columns.deadline is not None and row[columns.deadline]:
                previous.deadline = row[columns.deadline]


def _read_tables(doc: Document, body: list[Task]) -> _TableReader:
    reader = _TableReader(body, [])
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            reader.read(doc, block, index)
    return reader


def goal_table_tasks(doc: Document, body: list[Task]) -> list[Task]:
    """Rows of the document's goal tables as tasks under the body tasks they are listed under."""
    return _read_tables(doc, body).new


def restated_task_rows(doc: Document, body: list[Task]) -> list[tuple[Task, int, int]]:
    """(body task, table block index, row) for table rows that only restate a body task."""
    return _read_tables(doc, body).restated

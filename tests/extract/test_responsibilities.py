"""Task responsibilities: which task a note speaks for, document conventions, goal-table rows, samples."""

from __future__ import annotations

import unicodedata

import pytest

from etl.extract.responsibilities import extract_task_responsibilities
from etl.extract.tasks import extract_tasks
from etl.read import read_document
from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table
from schemas.tasks import Task
from tests.conftest import load_gold, sample_path

L, R, A = "lead", "responsible", "assist"


def _doc(blocks: list) -> Document:
    return Document(source_name="t.txt", format=SourceFormat.txt, sha256="0", blocks=blocks)


def _task(tid: str, path: str, text: str, parent: str | None = None, block: int = 0, **prov) -> Task:
    return Task(
        id=tid,
        parent_id=parent,
        level=path.count(".") + 1,
        label="1．",
        ordinal=int(path.split(".")[-1]),
        path=path,
        title=text[:8],
        text=text,
        block_index=block,
        provenance=Provenance(**prov),
    )


def _triples(doc: Document, tasks: list[Task]) -> set[tuple[str, str, str]]:
    paths = {t.id: t.path for t in tasks}
    return {
        (paths[r.subject_id], r.department_raw, r.role.value)
        for r in extract_task_responsibilities(doc, tasks)
    }


def test_note_belongs_to_the_task_whose_text_holds_it() -> None:
    tasks = [
        _task("t1", "1", "一、重点任务"),
        _task("t2", "1.1", "1．培育企业。做强龙头。（责任单位：市工信局、市商务局）", "t1"),
        _task("t3", "1.2", "2．创新发展。（市科技局负责，市财政局等协助推进）", "t1"),
    ]
    assert _triples(_doc([]), tasks) == {
        ("1.1", "市工信局", R),
        ("1.1", "市商务局", R),
        ("1.2", "市科技局", L),
        ("1.2", "市财政局", A),
    }
    records = extract_task_responsibilities(_doc([]), tasks)
    assert all(
        r.subject_type.value == "task" and r.department is None and r.jurisdiction is None for r in records
    )


def test_standalone_note_after_group_goes_to_the_heading() -> None:
    tasks = [
        _task("t1", "2", "二、重点任务"),
        _task("t2", "2.1", "（一）集群培育行动\n统筹推进产业集群。", "t1"),
        _task("t3", "2.1.1", "1．船舶海工产业。发挥优势。", "t2"),
        _task("t4", "2.1.2", "2．未来产业。布局未来。\n(牵头部门:市发改委,责任部门:市农业农村局)", "t2"),
        _task("t5", "2.2", "（二）招强引优行动", "t1"),
    ]
    assert _triples(_doc([]), tasks) == {("2.1", "市发改委", L), ("2.1", "市农业农村局", R)}


def test_standalone_note_stays_with_item_when_siblings_have_notes() -> None:
    tasks = [
        _task("t1", "1", "一、任务"),
        _task("t2", "1.1", "1．甲。（责任单位：市工信局）", "t1"),
        _task("t3", "1.2", "2．乙。\n（责任单位：市科技局）", "t1"),
    ]
    assert _triples(_doc([]), tasks) == {("1.1", "市工信局", R), ("1.2", "市科技局", R)}


def test_standing_departments_join_every_later_note() -> None:
    tasks = [
        _task("t1", "1", "一、任务"),
        _task(
            "t2",
            "1.1",
            "1．甲。(牵头部门:市发改委,各镇街负责落实。以下均需各镇街、市属园区管委会落实,不再列出)",
            "t1",
        ),
        _task("t3", "1.2", "2．乙。没有注释。", "t1"),
        _task("t4", "1.3", "3．丙。(牵头部门:市科技局,责任部门:市财政局)", "t1"),
    ]
    assert _triples(_doc([]), tasks) == {
        ("1.1", "市发改委", L),
        ("1.1", "各镇街", R),
        ("1.3", "市科技局", L),
        ("1.3", "市财政局", R),
        ("1.3", "各镇街", R),
        ("1.3", "市属园区管委会", R),
    }


def test_first_listed_lead_rule_holds_for_later_notes() -> None:
    tasks = [
        _task("t1", "1", "一、任务"),
        _task("t2", "1.1", "1．甲。（市发改委、市工信局等负责，列第一位者为牵头单位，下同）", "t1"),
        _task("t3", "1.2", "2．乙。（市科技局、市财政局负责）", "t1"),
        _task("t4", "1.3", "3．丙。（市商务局负责，市税务局配合）", "t1"),
    ]
    assert _triples(_doc([]), tasks) == {
        ("1.1", "市发改委", L),
        ("1.1", "市工信局", R),
        ("1.2", "市科技局", L),
        ("1.2", "市财政局", R),
        ("1.3", "市商务局", L),
        ("1.3", "市税务局", A),
    }


def test_first_listed_rule_without_below_applies_once() -> None:
    tasks = [
        _task("t1", "1", "一、任务"),
        _task("t2", "1.1", "1．甲。（市发改委、市工信局负责，列第一位者为牵头单位）", "t1"),
        _task("t3", "1.2", "2．乙。（市科技局、市财政局负责）", "t1"),
    ]
    assert ("1.2", "市财政局", L) in _triples(_doc([]), tasks)
    assert ("1.1", "市工信局", R) in _triples(_doc([]), tasks)


def _goal_table() -> Table:
    texts = [
        ["重点任务", "主要目标", "牽頭單位", "参与部门"],
        ["1.提升产业", "编制规划。", "市发改委", "市科技局、市工信局、\n市市场监管局"],
        ["1.提升产业", "牵头编制目录。", "市招商局", ""],
    ]
    cells = [Cell(row=r, col=c, text=t) for r, row in enumerate(texts) for c, t in enumerate(row)]
    return Table(n_rows=3, n_cols=4, header_rows=1, cells=cells, provenance=Provenance(table=0))


def test_goal_table_rows_take_lead_and_assist_cells() -> None:
    doc = _doc([Paragraph(text="1．提升产业。"), _goal_table()])
    tasks = [
        _task("t1", "1", "1．提升产业。", block=0),
        _task("t2", "1.1", "编制规划。", "t1", block=1, table=0, row=1),
        _task("t3", "1.2", "牵头编制目录。", "t1", block=1, table=0, row=2),
    ]
    assert _triples(doc, tasks) == {
        ("1.1", "市发改委", L),
        ("1.1", "市科技局", A),
        ("1.1", "市工信局", A),
        ("1.1", "市市场监管局", A),
        ("1.2", "市招商局", L),
    }
    record = next(r for r in extract_task_responsibilities(doc, tasks) if r.department_raw == "市招商局")
    assert (record.provenance.table, record.provenance.row, record.provenance.col) == (0, 2, 2)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def _score(fmt: str, stem: str, variant: str = "") -> tuple[float, float]:
    gold = {
        (r["subject_label"], _norm(r["department_raw"]), r["role"])
        for r in load_gold(stem)["responsibilities"]
        if r["subject_type"] == "task"
    }
    doc = read_document(sample_path(fmt, stem, variant))
    tasks = extract_tasks(doc)
    paths = {t.id: t.path for t in tasks}
    got = {
        (paths[r.subject_id], _norm(r.department_raw), r.role.value)
        for r in extract_task_responsibilities(doc, tasks)
    }
    tp = len(gold & got)
    precision = tp / len(got) if got else float(not gold)
    recall = tp / len(gold) if gold else float(not got)
    return precision, recall


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize(
    "stem", ["000_9655f32b988e5d04", "001_5c98e3f220e824c9", "002_bee87eaabc4616cb", "004_c753c493ba97cf57"]
)
def test_samples_match_gold(fmt: str, stem: str) -> None:
    precision, recall = _score(fmt, stem)
    assert precision >= 0.95
    assert recall >= 0.95


@pytest.mark.parametrize(("fmt", "variant"), [("txt", ""), ("docx", ""), ("docx", ".autonum"), ("pdf", "")])
def test_goal_table_sample_matches_gold(fmt: str, variant: str) -> None:
    precision, recall = _score(fmt, "003_940edf13a6d46b16", variant)
    assert precision >= 0.95
    assert recall >= 0.95


def test_division_table_restating_body_items_gives_their_roles_to_the_body_tasks():
    from etl.extract.tasks import extract_tasks
    from schemas.document import Cell, SourceFormat
    from schemas.document import Document as Doc
    from schemas.document import Paragraph as Para
    from schemas.document import Table as Tbl

    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", "推进5G网络建设", "市工信局", "市发改委、市住建局"],
        ["2", "培育工业互联网平台", "市工信局", "市财政局"],
    ]
    table = Tbl(n_rows=3, n_cols=4, header_rows=1,
                cells=[Cell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)])
    doc = Doc(source_name="x.txt", format=SourceFormat.txt, sha256="0" * 64, blocks=[
        Para(text="一、重点任务"),
        Para(text="1．推进5G网络建设。新建5G基站3000个。"),
        Para(text="2．培育工业互联网平台。培育省级平台8个。"),
        Para(text="附件"),
        table,
    ])
    tasks = extract_tasks(doc)
    assert [t.path for t in tasks] == ["1", "1.1", "1.2"]  # the table adds no tasks
    found = {(r.subject_id, r.department_raw, r.role.value) for r in extract_task_responsibilities(doc, tasks)}
    by_path = {t.path: t.id for t in tasks}
    assert found == {
        (by_path["1.1"], "市工信局", "lead"), (by_path["1.1"], "市发改委", "assist"),
        (by_path["1.1"], "市住建局", "assist"),
        (by_path["1.2"], "市工信局", "lead"), (by_path["1.2"], "市财政局", "assist"),
    }

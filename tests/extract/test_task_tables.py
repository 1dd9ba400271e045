"""Goal / task-decomposition tables: which tables they are, and their rows as child tasks."""

from __future__ import annotations

import pytest

from etl.extract.task_tables import is_task_table
from etl.extract.tasks import extract_tasks
from etl.read import read_document
from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table
from tests.conftest import load_gold, sample_path


def table_of(rows: list[list[str]], header_rows: int = 1, index: int = 0) -> Table:
    cells = [Cell(row=r, col=c, text=text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(n_rows=len(rows), n_cols=len(rows[0]), header_rows=header_rows, cells=cells,
                 provenance=Provenance(table=index))


GOAL_HEADER = ["类别", "重点任务", "序号", "主要目标", "牵头单位", "参与部门"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (GOAL_HEADER, True),
        (["序号", "工作任务", "责任单位", "配合单位"], True),
        (["序号", "重点任务", "牵头领导", "完成时限"], True),
        (["序号", "类别", "重点工作内容", "2021年情况", "2022年目标", "责任单位"], False),  # indicator table
        (["工程", "任务", "工作", "指标", "统计来源", "2018年", "2019年", "2020年", "责任部门"], False),
        (["一级指标", "序号", "指标", "2025年目标"], False),
        (["序号", "重点任务", "主要内容"], False),  # no responsibility column
    ],
)
def test_is_task_table(header: list[str], expected: bool) -> None:
    assert is_task_table(table_of([header, ["x"] * len(header)])) is expected


def _plan_with_goal_table() -> Document:
    body = [
        "一、指导思想", "二、重点任务",
        "（一）实施制造业转型升级行动，创造实体经济新优势",
        "1．以核心技术提升主导产业。增强规划引领。",
        "2．以成果转化支撑新兴产业。编制规划。",
        "（二）实施创新主体扩容行动，构建创新型企业新梯队",
        "3．打好高企引育攻坚战。落实计划。",
        "附件：重点工作目标",
    ]
    rows = [
        GOAL_HEADER,
        ["一、实施制造业转型升级行动，创造实体经济新优势", "1.以核心技术提升主导产业", "1", "编制战略性新兴产业\n规划。", "市发改委", "市科技局"],
        ["一、实施制造业转型升级行动，创造实体经济新优势", "1.以核心技术提升主导产业", "2", "产值比重提高0.5个百分点。", "市发改委", ""],
        ["一、实施制造业转型升级行动，创造实体经济新优势", "2.以成果转化支撑新兴产业", "1", "外资占比超65%。", "市招商局", ""],
        GOAL_HEADER,  # header repeated on a new page
        ["二、实施创新主体扩容行动，构建创新型企业新梯队", "1.打好高企引育攻坚战", "1", "净增高新技术企业150家。", "市科技局", ""],
    ]
    blocks: list[Paragraph | Table] = [Paragraph(text=t) for t in body]
    blocks.append(table_of(rows, index=0))
    return Document(source_name="x.docx", format=SourceFormat.docx, sha256="0", blocks=blocks)


def test_goal_rows_become_children_of_the_matching_body_task() -> None:
    tasks = extract_tasks(_plan_with_goal_table())
    rows = [t for t in tasks if t.provenance.row is not None]
    assert [(t.path, t.level, t.label, t.title) for t in rows] == [
        ("2.1.1.1", 4, "1", "编制战略性新兴产业规划。"),
        ("2.1.1.2", 4, "2", "产值比重提高0.5个百分点。"),
        ("2.1.2.1", 4, "1", "外资占比超65%。"),
        ("2.2.3.1", 4, "1", "净增高新技术企业150家。"),  # matched by title although the table numbers it 1.
    ]
    by_path = {t.path: t for t in tasks}
    assert rows[0].parent_id == by_path["2.1.1"].id
    assert (rows[0].block_index, rows[0].provenance.table, rows[0].provenance.row) == (8, 0, 1)
    assert len({t.id for t in tasks}) == len(tasks)


def test_goal_rows_without_a_body_task_get_one_from_the_task_cell() -> None:
    rows = [["序号", "重点任务", "主要目标", "牵头单位"], ["1", "推进园区整合", "完成3个园区整合。", "工信局"],
            ["2", "推进园区整合", "新增用地500亩。", "资规局"]]
    doc = Document(source_name="x.docx", format=SourceFormat.docx, sha256="0",
                   blocks=[Paragraph(text="一、指导思想"), table_of(rows)])
    tasks = extract_tasks(doc)
    assert [(t.path, t.title) for t in tasks] == [("1", "指导思想"), ("2", "推进园区整合"),
                                                  ("2.1", "完成3个园区整合。"), ("2.2", "新增用地500亩。")]


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(("fmt", "variant"), [("txt", ""), ("docx", ""), ("docx", ".autonum"), ("pdf", "")])
def test_sample_003_goal_table_rows_match_gold(fmt: str, variant: str) -> None:
    stem = "003_940edf13a6d46b16"
    tasks = extract_tasks(read_document(sample_path(fmt, stem, variant)))
    got = {(t.path, t.label, _squeeze(t.title)) for t in tasks if t.provenance.row is not None}
    gold_tasks = load_gold(stem)["tasks"]
    gold = {(g["path"], g["label"], _squeeze(g["title"])) for g in gold_tasks if g["label"].isdigit()}
    assert got == gold


def _doc(*blocks: str | Table) -> Document:
    made = [Paragraph(text=b) if isinstance(b, str) else b for b in blocks]
    return Document(source_name="x.txt", format=SourceFormat.txt, sha256="0", blocks=made)


def test_empty_merged_cells_are_filled_down_and_split_rows_rejoined() -> None:
    rows = [
        ["重点任务", "序号", "主要目标", "牵头单位"],
        ["1.加强龙头企业培育", "1", "新增上市公司3家。", "工信局"],
        ["", "2", "总部企业达到", "商务局"],  # merged 重点任务 cell left empty (as in flattened text)
        ["", "", "20家。", ""],  # the rest of the row, after a page break
    ]
    doc = _doc("一、重点任务", "1．加强龙头企业培育。建立库。", "2．加快中小企业发展。实施计划。", "附件", table_of(rows))
    rows_made = [t for t in extract_tasks(doc) if t.provenance.row is not None]
    assert [(t.path, t.title) for t in rows_made] == [("1.1.1", "新增上市公司3家。"), ("1.1.2", "总部企业达到20家。")]


def test_a_task_table_inside_the_body_lists_children_of_the_enclosing_task() -> None:
    rows = [["序号", "工作任务", "责任单位"], ["1", "建成5G基站800个", "工信局"], ["2", "完成改造项目50项", "发改委"]]
    doc = _doc("一、主要目标", "（一）年度目标", table_of(rows), "二、保障措施")
    assert [(t.path, t.level, t.title) for t in extract_tasks(doc)] == [
        ("1", 1, "主要目标"), ("1.1", 2, "年度目标"), ("2", 1, "保障措施"),
        ("1.1.1", 3, "建成5G基站800个"), ("1.1.2", 3, "完成改造项目50项"),
    ]


def test_a_decomposition_table_restating_body_tasks_adds_nothing() -> None:
    rows = [["序号", "工作任务", "牵头单位"], ["1", "加强组织领导", "办公室"], ["2", "强化政策保障", "财政局"]]
    doc = _doc("一、加强组织领导。统筹推进。", "二、强化政策保障。加大投入。", "附件", table_of(rows))
    assert [t.path for t in extract_tasks(doc)] == ["1", "2"]


def test_a_rows_deadline_cell_gives_the_year_of_its_targets() -> None:
    from etl.extract.target_years import single_deadline_year

    assert single_deadline_year("2026年12月底") == 2026
    assert single_deadline_year("2024—2026年") is None
    assert single_deadline_year("2024年起") is None
    assert single_deadline_year("长期坚持") is None
    assert single_deadline_year(None) is None

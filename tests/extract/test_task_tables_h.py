"""A bureau's own 任务清单 (prefix h, round 4): 工作任务 rows restate the body's （1） items, the 责任处室 /
配合处室 columns name the bureau's divisions, and the 完成时间 cell is the restated body task's deadline."""

from __future__ import annotations

from etl.extract.responsibilities import extract_task_responsibilities
from etl.extract.responsibility_grammar import role_of_header
from etl.extract.tasks import extract_tasks
from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table

ROWS = [
    ["序号", "工作任务", "责任处室", "配合处室", "完成时间"],
    ["1", "建立企业培育库", "中小企业处", "规划处、技术创新处", "2024年6月底"],
    ["2", "深化融资对接", "中小企业处", "各区（县、市）经信局", "2024年12月底"],
]
BODY = [
    "一、重点任务",
    "1.完善培育体系",
    "（1）建立企业培育库。分级建立培育库，全年入库企业3000家以上。",
    "（2）深化融资对接。举办银企对接活动20场。",
    "附件",
]


def _doc() -> Document:
    cells = [Cell(row=r, col=c, text=text) for r, row in enumerate(ROWS) for c, text in enumerate(row)]
    table = Table(n_rows=len(ROWS), n_cols=len(ROWS[0]), header_rows=1, cells=cells, provenance=Provenance(table=0))
    blocks: list[Paragraph | Table] = [Paragraph(text=t) for t in BODY]
    blocks.append(table)
    return Document(source_name="h.txt", format=SourceFormat.txt, sha256="0", blocks=blocks)


def test_role_word_and_unit_noun_make_a_label() -> None:
    assert [role_of_header(h) for h in ["配合处室", "协办科室", "责任股室", "牵头处室", "工作任务"]] == [
        role_of_header("配合单位"), role_of_header("配合单位"), role_of_header("责任单位"),
        role_of_header("牵头单位"), None,
    ]


def test_division_columns_give_responsible_and_assist_to_the_restated_items() -> None:
    doc = _doc()
    tasks = extract_tasks(doc)
    assert [t.path for t in tasks] == ["1", "1.1", "1.1.1", "1.1.2"]
    by_id = {t.id: t.path for t in tasks}
    found = [(by_id[r.subject_id], r.department_raw, r.role.value) for r in extract_task_responsibilities(doc, tasks)]
    assert found == [
        ("1.1.1", "中小企业处", "responsible"),
        ("1.1.1", "规划处", "assist"),
        ("1.1.1", "技术创新处", "assist"),
        ("1.1.2", "中小企业处", "responsible"),
        ("1.1.2", "各区（县、市）经信局", "assist"),
    ]


def test_restating_row_gives_its_deadline_to_the_body_task() -> None:
    tasks = extract_tasks(_doc())
    assert {t.path: t.deadline for t in tasks if t.deadline} == {"1.1.1": "2024年6月底", "1.1.2": "2024年12月底"}

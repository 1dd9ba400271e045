"""Where a task table in the body hangs (golden round 3, prefix n): after the document's last item
it is listed under that item ("督导清单（见下表）"); after an annex heading or the signature date it
is an annex table, under no body item; between items, under the item before it."""

from __future__ import annotations

from etl.extract.responsibilities import extract_task_responsibilities
from etl.extract.tasks import extract_tasks
from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table

HEADER = ["序号", "工作任务", "责任单位", "完成时限"]
ROWS = [HEADER, ["1", "建立重点项目库，实行清单化管理", "县发改局、县农业农村局", "2024年6月"],
        ["2", "开展企业季度运行监测", "县统计局", "每季度末"]]


def _table(rows: list[list[str]]) -> Table:
    cells = [Cell(row=r, col=c, text=text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(n_rows=len(rows), n_cols=len(rows[0]), header_rows=1, cells=cells, provenance=Provenance(table=0))


def _doc(before: list[str], after: list[str] | None = None) -> Document:
    blocks: list[Paragraph | Table] = [Paragraph(text=t) for t in before]
    blocks.append(_table(ROWS))
    blocks.extend(Paragraph(text=t) for t in after or [])
    return Document(source_name="n.txt", format=SourceFormat.txt, sha256="0", blocks=blocks)


BODY = [
    "一、重点任务",
    "任务一：壮大企业主体",
    "支持企业做大做强。",
    "二、保障措施",
    "（一）加强组织领导。成立工作专班。",
    "（二）严格督导考核。建立重点事项督导清单（见下表），定期通报工作进展。",
]


def _paths(doc: Document) -> list[tuple[str, str, int, str]]:
    return [(t.path, t.label, t.level, t.title) for t in extract_tasks(doc)]


def test_table_after_the_last_item_is_listed_under_it() -> None:
    paths = _paths(_doc(BODY))
    assert paths[-2:] == [
        ("2.2.1", "1", 3, "建立重点项目库，实行清单化管理"),
        ("2.2.2", "2", 3, "开展企业季度运行监测"),
    ]
    assert not any(level == 1 and label == "1" for _, label, level, _ in paths)


def test_rows_under_the_last_item_keep_their_role_columns() -> None:
    doc = _doc(BODY)
    tasks = extract_tasks(doc)
    by_id = {t.id: t.path for t in tasks}
    found = [(by_id[r.subject_id], r.department_raw, r.role.value) for r in extract_task_responsibilities(doc, tasks)]
    assert found == [
        ("2.2.1", "县发改局", "responsible"),
        ("2.2.1", "县农业农村局", "responsible"),
        ("2.2.2", "县统计局", "responsible"),
    ]


def test_table_between_items_hangs_under_the_item_before_it() -> None:
    paths = _paths(_doc(BODY[:3], BODY[3:]))
    assert ("1.1.1", "1", 3, "建立重点项目库，实行清单化管理") in paths
    assert ("2.2", "（二）", 2, "严格督导考核") in paths


def test_annex_table_after_an_annex_heading_is_under_no_body_item() -> None:
    paths = _paths(_doc([*BODY, "附件", "重点事项督导清单"]))
    rows = [p for p in paths if p[3] == "建立重点项目库，实行清单化管理"]
    assert [level for _, _, level, _ in rows] == [1]  # an annex of its own, not a child of （二）


def test_table_after_the_signature_date_is_under_no_body_item() -> None:
    paths = _paths(_doc([*BODY, "某某县人民政府", "2024年1月30日"]))
    rows = [p for p in paths if p[3] == "开展企业季度运行监测"]
    assert [level for _, _, level, _ in rows] == [1]

"""The extract stage over a whole document: ids, genre check, nothing silently dropped."""

from __future__ import annotations

import pytest

from etl.extract.document import document_id, extract_document
from etl.extract.errors import NotAPolicyDocumentError
from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table

BODY = [
    "某市加快发展数字经济三年行动计划（2023—2025年）",
    "为加快数字经济发展，结合本市实际，制定本行动计划。" * 3,
    "一、总体目标",
    "到2025年，全市数字经济核心产业增加值达到500亿元。",
    "二、重点任务",
    "1．培育龙头企业。新增数字经济龙头企业10家。（责任单位：市工信局）",
]


def doc_with(*blocks) -> Document:
    return Document(source_name="plan.txt", format=SourceFormat.txt, sha256="ab" * 32, blocks=list(blocks))


def contact_table() -> Table:
    texts = [["联系人", "电话"], ["张三", "12345678"]]
    cells = [Cell(row=r, col=c, text=t) for r, row in enumerate(texts) for c, t in enumerate(row)]
    return Table(n_rows=2, n_cols=2, header_rows=1, cells=cells, provenance=Provenance(line_start=40))


def test_doc_id_depends_on_bytes_only():
    assert document_id("ab" * 32) == document_id("ab" * 32)
    assert document_id("ab" * 32) != document_id("cd" * 32)


def test_a_table_no_extractor_reads_is_reported_as_unplaced():
    parsed = extract_document(doc_with(*(Paragraph(text=t) for t in BODY), contact_table()))
    tables = [u for u in parsed.unplaced if u.extractor == "tables"]
    assert len(tables) == 1
    assert "联系人 | 电话" in tables[0].text
    assert tables[0].provenance.table == 0


def test_records_of_a_small_plan_come_through():
    parsed = extract_document(doc_with(*(Paragraph(text=t) for t in BODY)))
    assert [t.path for t in parsed.tasks] == ["1", "2", "2.1"]
    assert {(g.metric, g.value, g.unit) for g in parsed.targets} >= {("数字经济龙头企业", 10, "家")}
    assert [(r.department_raw, r.role.value) for r in parsed.responsibilities] == [("市工信局", "responsible")]


def test_text_without_chinese_is_not_a_policy_document():
    with pytest.raises(NotAPolicyDocumentError, match="Chinese"):
        extract_document(doc_with(Paragraph(text="Quarterly report. " * 20)))


def test_chinese_text_without_any_policy_structure_is_rejected():
    prose = "今天天气很好我们一起去公园散步看见很多人在跳舞唱歌" * 5
    with pytest.raises(NotAPolicyDocumentError, match="not a policy document"):
        extract_document(doc_with(Paragraph(text=prose + "。"), Paragraph(text=prose + "。")))

"""The .docx reader on hand-made documents of layouts the samples do not have.

Fixtures: tests/data/unseen/read/*.docx, written by tests/read/unseen_docx_builders.py.
"""

from __future__ import annotations

from pathlib import Path

from etl.read.docx import read_docx
from tests.read.unseen_docx_builders import UNSEEN, build

HEADINGS_BODY = [
    "临川区2024年城市更新工作方案",
    "为加快推进城市更新，提升城市品质，制定本方案。",
    "一、工作目标",
    "到2024年底，完成城镇老旧小区改造40个，新增城市绿地15公顷。",
    "二、重点任务",
    "（一）推进老旧小区改造",
    "完成40个老旧小区改造任务。（责任单位：区住建局）",
    "（二）完善市政基础设施",
    "新建改造城市道路12公里。（责任单位：区城管局、区交通局）",
    "三、保障措施",
    "（一）加强组织领导",
    "成立城市更新工作专班，定期调度工作进展。",
]


def test_heading_numbering_defined_in_the_styles_and_no_header_footer_leak():
    document = read_docx(UNSEEN / "headings_sections.docx")
    texts = [p.text for p in document.paragraphs()]
    assert texts == HEADINGS_BODY
    assert not any("〔2024〕15号" in t or "第 2 页" in t for t in texts)


def test_title_row_spanning_all_columns_becomes_a_caption_paragraph():
    document = read_docx(UNSEEN / "task_tables.docx")
    blocks = document.blocks
    assert [b.text for b in blocks[:2]] == ["附件", "2024年重点任务分解表"]
    table = blocks[2]
    assert table.kind == "table"
    assert (table.n_rows, table.n_cols) == (4, 4)
    grid = table.text_grid()
    assert grid[0] == ["领域", "重点任务", "完成时限", "责任单位"]
    assert grid[1][3] == "区工信局\n区科技局"
    assert all(cell.provenance.row == cell.row for cell in table.cells)


def test_vertical_text_merged_cell_and_nested_table():
    table = read_docx(UNSEEN / "task_tables.docx").tables()[0]
    category = next(c for c in table.cells if c.col == 0 and c.row == 1)
    assert (category.text, category.row_span) == ("产业发展", 3)
    # the nested table: one line per nested row, cells separated by a space
    assert table.text_grid()[2][1] == "分三步实施：\n第一阶段 2024年6月前\n第二阶段 2024年12月前"
    assert table.text_grid()[3] == ["产业发展", "新增规上工业企业30家", "2024年10月", "区统计局"]


def test_text_box_with_a_table_is_read_after_its_anchor_paragraph():
    document = read_docx(UNSEEN / "text_box_table.docx")
    kinds = [(b.kind, b.text if b.kind == "paragraph" else b.text_grid()) for b in document.blocks]
    assert kinds == [
        ("paragraph", "一、发展目标"),
        ("paragraph", "到2025年，创新能力明显增强。"),
        ("paragraph", "专栏1 主要指标"),
        ("table", [["指标", "2025年"], ["研发投入强度（%）", "3.5"]]),
        ("paragraph", "二、重点任务"),
    ]
    assert document.paragraphs()[2].provenance.paragraph == 1  # located at its anchor
    assert any("text box" in w for w in document.warnings)


def test_builders_reproduce_the_committed_fixtures(tmp_path: Path):
    for name, path in build(tmp_path).items():
        fresh, committed = read_docx(path), read_docx(UNSEEN / name)
        assert [b.model_dump(exclude={"provenance"}) for b in fresh.blocks] == [
            b.model_dump(exclude={"provenance"}) for b in committed.blocks
        ]

"""The plain-text reader on the bundled samples, checked against the docx built from the same text."""

from __future__ import annotations

import docx
import pytest

from etl.read.text import read_text
from tests.conftest import load_gold, sample_path

STEMS = [
    "000_9655f32b988e5d04",
    "001_5c98e3f220e824c9",
    "002_bee87eaabc4616cb",
    "003_940edf13a6d46b16",
    "004_c753c493ba97cf57",
]
WEB_JUNK = ["简体版", "当前位置", "信息索引号", "文件编号", "内容概述", "收藏", "打印", "版权所有", "ICP备",
            "原文链接", "免责声明", "TOP", "客服", "[bookmark"]  # fmt: skip


@pytest.fixture(scope="module")
def documents():
    return {stem: read_text(sample_path("txt", stem)) for stem in STEMS}


def _docx_grids(stem: str) -> list[list[list[str]]]:
    tables = docx.Document(str(sample_path("docx", stem))).tables
    return [[[cell.text.strip() for cell in row.cells] for row in table.rows] for table in tables]


def _cell(table, row: int, col: int):
    return next(c for c in table.cells if c.row == row and c.col == col)


@pytest.mark.parametrize("stem", STEMS)
def test_tables_match_the_word_tables(documents, stem):
    grids = [table.text_grid() for table in documents[stem].tables()]
    assert grids == _docx_grids(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_paragraphs_match_the_word_paragraphs(documents, stem):
    ours = [p.text for p in documents[stem].paragraphs()]
    theirs = [
        p.text.strip() for p in docx.Document(str(sample_path("docx", stem))).paragraphs if p.text.strip()
    ]
    # the docx of 001 keeps the site's ICP/网安备 footer line; the txt reader drops it as web junk
    theirs = [t for t in theirs if "ICP备" not in t]
    assert ours == theirs


@pytest.mark.parametrize("stem", STEMS)
def test_no_web_junk_in_paragraphs(documents, stem):
    texts = [p.text for p in documents[stem].paragraphs()]
    assert not [
        t
        for t in texts
        for junk in WEB_JUNK
        if t.startswith(junk) or junk in ("ICP备", "版权所有") and junk in t
    ]
    assert documents[stem].encoding == "utf-8"


def test_000_annex_tables(documents):
    tables = documents["000_9655f32b988e5d04"].tables()
    assert [(t.n_rows, t.n_cols, t.header_rows) for t in tables] == [
        (41, 6, 1),
        (19, 18, 3),
        (19, 15, 3),
        (18, 12, 2),
    ]
    first = tables[0]
    assert _cell(first, 1, 1).text == "产业规模"
    assert _cell(first, 1, 1).row_span == 5
    assert _cell(first, 3, 5).text == "工信局、税务局、\n统计局"
    decomposition = tables[1]
    assert [(c.text, c.col_span) for c in decomposition.cells if c.row == 0] == [
        ("类别", 1), ("产业规模", 5), ("产业结构", 5), ("制造水平", 7)]  # fmt: skip
    assert _cell(decomposition, 1, 13).col_span == 3  # “智改数转” over its three sub-columns
    assert _cell(decomposition, 4, 4).text == "不分解"
    assert _cell(decomposition, 4, 4).row_span == 15
    assert all("[bookmark" not in p.text for p in documents["000_9655f32b988e5d04"].paragraphs())
    assert documents["000_9655f32b988e5d04"].warnings == []


def test_001_annex_table_is_rebuilt_with_merges(documents):
    [table] = documents["001_5c98e3f220e824c9"].tables()
    assert (table.n_rows, table.n_cols, table.header_rows) == (72, 9, 1)
    assert table.text_grid()[0][4] == "统计\n来源"
    engineering = _cell(table, 1, 0)
    assert engineering.text == "一、\n产业\n创新\n引领\n工程"
    assert engineering.row_span == 11  # the source repeats the 工程 label where 任务二 starts
    dash = _cell(table, 11, 3)
    assert dash.text == "——"
    assert dash.col_span == 5
    assert dash.provenance.line_start is not None
    assert dash.provenance.table == 0


def test_001_table_agrees_with_gold_indicator_values(documents):
    [table] = documents["001_5c98e3f220e824c9"].tables()
    grid = table.text_grid()
    years = {int(text[:4]): col for col, text in enumerate(grid[0]) if text[:4].isdigit()}
    gold = load_gold("001_5c98e3f220e824c9")
    for indicator in gold["indicators"]:
        rows = [row for row in grid[1:] if row[3].startswith(indicator["indicator"])]
        assert rows, indicator["indicator"]
        assert any(row[4] == indicator["stat_source"] for row in rows)
    for value in gold["values"]:
        rows = [row for row in grid[1:] if row[3].startswith(value["indicator"])]
        assert any(row[years[value["year"]]] == value["value_text"] for row in rows), value


def test_001_metadata_box_goes_to_source_metadata(documents):
    document = documents["001_5c98e3f220e824c9"]
    gold = load_gold("001_5c98e3f220e824c9")["document"]
    assert document.source_metadata["文件编号"] == gold["doc_number"] == "澄高管〔2018〕72号"
    assert document.source_metadata["生成日期"] == "2018-12-28"
    assert document.source_metadata["发布机构"] == "江阴高新技术产业开发区管委会"
    texts = [p.text for p in document.paragraphs()]
    assert texts[0] == "关于印发江阴高新区产业提升三年行动计划(2018-2020年)的通知"
    assert texts[-1].endswith("2018年12月28日印发")


def test_004_pipe_table(documents):
    document = documents["004_c753c493ba97cf57"]
    [table] = document.tables()
    assert (table.n_rows, table.n_cols, table.header_rows) == (14, 4, 1)
    assert _cell(table, 11, 0).text == "企业能级"
    assert _cell(table, 11, 0).row_span == 3
    assert table.text_grid()[9][3] == "低于全省平均"
    assert document.paragraphs()[-1].text.startswith("(五)营造一流环境")
    assert not any(p.text.endswith("|") for p in document.paragraphs())


def test_provenance_lines_point_at_the_text(documents):
    document = documents["003_940edf13a6d46b16"]
    lines = sample_path("txt", "003_940edf13a6d46b16").read_text(encoding="utf-8").split("\n")
    for paragraph in document.paragraphs():
        assert lines[paragraph.provenance.line_start - 1].strip() == paragraph.text

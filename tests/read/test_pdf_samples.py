"""The PDF reader on the bundled samples, checked against the same documents' docx."""

from __future__ import annotations

import re
from functools import cache

import docx
import pytest

from etl.read.pdf import read_pdf
from etl.read.pdf_lines import fix_cjk_spacing
from schemas.document import Document, Table
from tests.conftest import sample_path

STEMS = [
    "000_9655f32b988e5d04",
    "001_5c98e3f220e824c9",
    "002_bee87eaabc4616cb",
    "003_940edf13a6d46b16",
    "004_c753c493ba97cf57",
]
_WHITESPACE = re.compile(r"\s+")


@cache
def _pdf(stem: str) -> Document:
    return read_pdf(sample_path("pdf", stem))


@cache
def _docx(stem: str):
    return docx.Document(str(sample_path("docx", stem)))


def _norm_grid(grid: list[list[str]]) -> list[list[str]]:
    return [[_WHITESPACE.sub("", text) for text in row] for row in grid]


@pytest.mark.parametrize("stem", STEMS)
def test_paragraphs_match_docx(stem):
    expected = [fix_cjk_spacing(p.text) for p in _docx(stem).paragraphs if p.text.strip()]
    got = {p.text for p in _pdf(stem).paragraphs()}
    # a title typed as several centred paragraphs reads as one paragraph (its lines are one title)
    found = sum(1 for text in expected if text in got or any(text in other for other in got))
    assert found / len(expected) >= 0.95
    assert len(_pdf(stem).paragraphs()) <= len(expected) + 2


def test_paragraph_order_and_alignment_on_notice():
    paragraphs = _pdf("000_9655f32b988e5d04").paragraphs()
    assert [(p.text, p.align) for p in paragraphs[:2]] == [
        ("市政府办公室关于印发《江阴市先进制造业高质量发展三年行动计划（2022—2024）》的通知", "center"),
        ("各镇人民政府，各街道办事处，各开发区管委会，市各委办局，市各直属单位：", None),
    ]
    dates = [p for p in paragraphs if p.text == "2022年6月14日"]
    assert len(dates) == 1
    assert dates[0].align == "right"
    assert dates[0].provenance.page == 1
    assert dates[0].provenance.bbox is not None


@pytest.mark.parametrize("stem", STEMS)
def test_no_page_numbers_or_spurious_cjk_spaces(stem):
    texts = [p.text for p in _pdf(stem).paragraphs()]
    assert not [t for t in texts if re.fullmatch(r"[-—–\s]*\d+[-—–\s]*", t)]
    assert not [t for t in texts if re.search(r"[\u4e00-\u9fff] | [\u4e00-\u9fff]", t)]


@pytest.mark.parametrize("stem", STEMS)
def test_table_grids_match_docx(stem):
    expected = [[[c.text for c in row.cells] for row in t.rows] for t in _docx(stem).tables]
    got = [t.text_grid() for t in _pdf(stem).tables()]
    assert len(got) == len(expected)
    for want, have in zip(expected, got, strict=True):
        if len(want) == len(have):  # 000's 15-column table has an invisible (fully merged) docx row
            assert _norm_grid(have) == _norm_grid(want)


def test_cross_page_annex_table_is_one_table():
    tables = _pdf("001_5c98e3f220e824c9").tables()
    assert len(tables) == 1
    table = tables[0]
    assert (table.n_rows, table.n_cols, table.header_rows) == (72, 9, 1)
    assert table.provenance.page == 18
    assert {c.provenance.page for c in table.cells} == {18, 19, 20, 21}


def test_table_text_not_repeated_as_paragraphs():
    document = _pdf("001_5c98e3f220e824c9")
    cell_texts = {c.text for t in document.tables() for c in t.cells if len(c.text) > 4}
    assert not [p.text for p in document.paragraphs() if p.text in cell_texts]


def _cell(table: Table, row: int, col: int):
    return next(c for c in table.cells if (c.row, c.col) == (row, col))


def test_annex2_header_spans():
    table = _pdf("000_9655f32b988e5d04").tables()[1]
    assert (table.n_rows, table.n_cols, table.header_rows) == (19, 18, 3)
    assert (_cell(table, 0, 1).text, _cell(table, 0, 1).col_span) == ("产业规模", 5)
    assert _cell(table, 1, 0).row_span == 2  # 重点工作内容 over two header rows
    smart = _cell(table, 1, 13)
    assert (smart.col_span, smart.row_span) == (3, 1)
    assert _WHITESPACE.sub("", smart.text) == "“智改数转”试点示范企业数量（家）*△"
    assert _cell(table, 1, 1).row_span == 2
    assert _cell(table, 4, 4).text == "不分解"
    assert _cell(table, 4, 4).row_span == 15  # merged down all region rows, across the page break

"""The .docx reader on the bundled samples: order, provenance, alignment, merges, auto-numbering."""

from __future__ import annotations

import re
from functools import cache

import docx
import pytest

from etl.read.docx import read_docx
from schemas.document import Document, Table
from tests.conftest import sample_path

STEMS = ["000_9655f32b988e5d04", "001_5c98e3f220e824c9", "002_bee87eaabc4616cb",
         "003_940edf13a6d46b16", "004_c753c493ba97cf57"]  # fmt: skip
AUTONUM_STEMS = ["000_9655f32b988e5d04", "003_940edf13a6d46b16"]
ITEM = re.compile(r"^\d+．")


@cache
def read(stem: str, variant: str = "") -> Document:
    return read_docx(sample_path("docx", stem, variant))


def cell_at(table: Table, row: int, col: int):
    return table.grid()[row][col]


@pytest.mark.parametrize("stem", STEMS)
def test_every_paragraph_is_a_line_of_the_txt(stem: str) -> None:
    txt = sample_path("txt", stem).read_text(encoding="utf-8-sig")
    lines = {re.sub(r"\[bookmark: [^\]]*\]", "", line).strip() for line in txt.splitlines()}
    paragraphs = [p.text for p in read(stem).paragraphs()]
    assert len(paragraphs) > 30
    assert [p for p in paragraphs if p not in lines] == []


@pytest.mark.parametrize("stem", STEMS)
def test_paragraphs_are_stripped_non_empty_and_in_body_order(stem: str) -> None:
    paragraphs = read(stem).paragraphs()
    assert all(p.text and p.text == p.text.strip() for p in paragraphs)
    indexes = [p.provenance.paragraph for p in paragraphs]
    assert indexes == sorted(set(indexes))
    body = docx.Document(str(sample_path("docx", stem))).paragraphs
    assert all(body[p.provenance.paragraph].text.strip() == p.text for p in paragraphs)


@pytest.mark.parametrize("stem", STEMS)
def test_merged_grid_agrees_with_python_docx_repetition(stem: str) -> None:
    """Table.text_grid() repeats each merge like python-docx's row.cells does."""
    ours = read(stem).tables()
    theirs = docx.Document(str(sample_path("docx", stem))).tables
    assert len(ours) == len(theirs)
    for table, reference in zip(ours, theirs, strict=True):
        expected = [
            ["\n".join(line.strip() for line in cell.text.split("\n") if line.strip()) for cell in row.cells]
            for row in reference.rows
        ]
        assert table.text_grid() == expected


@pytest.mark.parametrize("stem", STEMS)
def test_one_cell_per_merge(stem: str) -> None:
    for table in read(stem).tables():
        positions = [(c.row, c.col) for c in table.cells]
        assert len(positions) == len(set(positions))
        covered = sum(c.row_span * c.col_span for c in table.cells)
        assert covered == table.n_rows * table.n_cols
        assert all(
            c.provenance.table == table.provenance.table and c.provenance.row == c.row for c in table.cells
        )


def test_blocks_interleave_paragraphs_and_tables_in_body_order() -> None:
    doc = read("000_9655f32b988e5d04")
    kinds = [b.kind for b in doc.blocks]
    first_table = kinds.index("table")
    assert "附件1" in doc.blocks[first_table - 2].text
    assert doc.blocks[first_table - 1].text == "2022年先进制造业高质量发展重点工作"
    assert [t.provenance.table for t in doc.tables()] == [0, 1, 2, 3]
    assert kinds[-1] == "paragraph"  # the notes after the last table


def test_alignment_of_titles_signature_and_body() -> None:
    paragraphs = read("000_9655f32b988e5d04").paragraphs()
    by_text = {p.text: p.align for p in paragraphs}
    assert by_text["江阴市先进制造业高质量发展"] == "center"
    assert by_text["2022年6月14日"] == "right"
    assert by_text["一、指导思想"] == "left"


def test_first_annex_category_cells_span_rows() -> None:
    table = read("000_9655f32b988e5d04").tables()[0]
    assert (table.n_rows, table.n_cols, table.header_rows) == (41, 6, 1)
    category = cell_at(table, 1, 1)
    assert category.text == "产业规模"
    assert (category.row, category.row_span, category.col_span) == (1, 5, 1)
    assert cell_at(table, 5, 1) is category
    assert cell_at(table, 6, 1) is not category
    spanning = [c for c in table.cells if c.col == 1 and c.row > 0]
    assert all(c.row_span > 1 for c in spanning)
    assert sum(c.row_span for c in spanning) == table.n_rows - 1


def test_second_annex_two_level_header_and_merged_not_decomposed_cells() -> None:
    table = read("000_9655f32b988e5d04").tables()[1]
    assert (table.n_rows, table.n_cols, table.header_rows) == (19, 18, 3)
    assert [(c.text, c.col, c.col_span) for c in table.cells if c.row == 0] == [
        ("类别", 0, 1), ("产业规模", 1, 5), ("产业结构", 6, 5), ("制造水平", 11, 7),
    ]  # fmt: skip
    indicator = cell_at(table, 1, 1)
    assert indicator.row_span == 2
    assert indicator.text.startswith("规模以上制造业企业数量")
    three_columns = cell_at(table, 1, 13)
    assert (three_columns.col_span, three_columns.row_span) == (3, 1)
    assert cell_at(table, 2, 15).text == "省级以上服务型\n制造示范企业"
    not_decomposed = [c for c in table.cells if c.text == "不分解"]
    assert not_decomposed
    assert all(c.row_span == table.n_rows - c.row for c in not_decomposed)
    assert cell_at(table, 3, 10).text == "税务局、\n统计局"


def test_project_cells_of_001_hold_label_lines_and_span_rows() -> None:
    table = read("001_5c98e3f220e824c9").tables()[0]
    assert table.header_rows == 1
    assert cell_at(table, 0, 0).text == "工程"
    project = cell_at(table, 1, 0)
    assert project.text == "一、\n产业\n创新\n引领\n工程"
    assert project.row_span > 5
    assert sum(1 for c in table.cells if c.text == "——" and c.col_span == 5) >= 3


@pytest.mark.parametrize("stem", AUTONUM_STEMS)
def test_autonum_variant_gives_the_same_paragraphs_as_plain(stem: str) -> None:
    plain, autonum = read(stem), read(stem, ".autonum")
    assert [(p.text, p.align, p.provenance) for p in autonum.paragraphs()] == [
        (p.text, p.align, p.provenance) for p in plain.paragraphs()
    ]
    assert [t.text_grid() for t in autonum.tables()] == [t.text_grid() for t in plain.tables()]


def numbered_items(stem: str) -> list[str]:
    """Our texts of the paragraphs that carry Word auto-numbering (w:numPr) in the autonum variant."""
    body = docx.Document(str(sample_path("docx", stem, ".autonum"))).paragraphs
    numbered = {i for i, p in enumerate(body) if p._p.pPr is not None and p._p.pPr.numPr is not None}
    assert all(not ITEM.match(body[i].text) for i in numbered)  # python-docx alone loses the numbers
    return [p.text for p in read(stem, ".autonum").paragraphs() if p.provenance.paragraph in numbered]


def test_autonum_items_restart_per_section_in_000() -> None:
    items = numbered_items("000_9655f32b988e5d04")
    numbers = [int(ITEM.match(t).group(0)[:-1]) for t in items]
    assert numbers == [1, 2, 3, 1, 2, 3, 1, 2, 3, 4, 1, 2, 3]
    assert items[0].startswith("1．加强龙头企业培育壮大")


def test_autonum_items_continue_across_sections_in_003() -> None:
    items = numbered_items("003_940edf13a6d46b16")
    assert [int(ITEM.match(t).group(0)[:-1]) for t in items] == list(range(1, 26))

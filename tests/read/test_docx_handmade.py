"""The .docx reader on small documents built with python-docx in tmp_path, one rule each."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from etl.read.docx import read_docx
from schemas.document import Document

W = nsdecls("w")


def save(document, tmp_path: Path, name: str = "made.docx") -> Document:
    path = tmp_path / name
    document.save(str(path))
    return read_docx(path)


def add_xml_paragraph(document, inner_xml: str) -> None:
    """Append a raw w:p (before the body's final sectPr)."""
    document.element.body.sectPr.addprevious(parse_xml(f"<w:p {W}>{inner_xml}</w:p>"))


def test_empty_paragraphs_skipped_but_counted_in_provenance(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("第一段")
    document.add_paragraph("   ")
    document.add_paragraph("")
    document.add_paragraph("  第二段  ")
    paragraphs = save(document, tmp_path).paragraphs()
    assert [(p.text, p.provenance.paragraph) for p in paragraphs] == [("第一段", 0), ("第二段", 3)]


def test_alignment_direct_and_inherited_from_style(tmp_path: Path) -> None:
    document = docx.Document()
    style = document.styles.add_style("签署", WD_STYLE_TYPE.PARAGRAPH)
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    child = document.styles.add_style("落款日期", WD_STYLE_TYPE.PARAGRAPH)
    child.base_style = style
    document.add_paragraph("标题").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("正文").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.add_paragraph("某某局", style="签署")
    document.add_paragraph("2024年1月1日", style="落款日期")
    document.add_paragraph("无对齐")
    aligns = [p.align for p in save(document, tmp_path).paragraphs()]
    assert aligns == ["center", "justify", "right", "right", None]


def test_hidden_runs_field_codes_deletions_and_bookmarks_are_not_text(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("可见")
    paragraph.add_run("隐藏").font.hidden = True
    paragraph.add_run("文字")
    add_xml_paragraph(
        document,
        '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
        '<w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>删掉</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>（新增）</w:t></w:r></w:ins>'
        "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>",
    )
    texts = [p.text for p in save(document, tmp_path).paragraphs()]
    assert texts == ["可见文字", "第3页（新增）链接"]


def test_headers_and_footers_are_not_body_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "页眉文字"
    document.sections[0].footer.paragraphs[0].text = "— 1 —"
    document.add_paragraph("正文")
    assert [p.text for p in save(document, tmp_path).paragraphs()] == ["正文"]


def test_content_control_paragraphs_are_read_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("前")
    document.element.body.sectPr.addprevious(parse_xml(
        f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件内</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    ))  # fmt: skip
    document.add_paragraph("后")
    paragraphs = save(document, tmp_path).paragraphs()
    assert [(p.text, p.provenance.paragraph) for p in paragraphs] == [("前", 0), ("控件内", 1), ("后", 2)]


def test_merged_cells_become_one_cell_with_spans(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("表前")
    table = document.add_table(rows=4, cols=3)
    for r in range(4):
        for c in range(3):
            table.cell(r, c).text = f"r{r}c{c}"
    table.cell(0, 1).merge(table.cell(0, 2))  # horizontal: gridSpan
    table.cell(1, 0).merge(table.cell(3, 0))  # vertical: vMerge
    table.cell(2, 1).merge(table.cell(3, 2))  # both
    document.add_paragraph("表后")
    doc = save(document, tmp_path)
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    parsed = doc.tables()[0]
    spans = {(c.row, c.col): (c.row_span, c.col_span) for c in parsed.cells}
    assert spans == {(0, 0): (1, 1), (0, 1): (1, 2), (1, 0): (3, 1), (1, 1): (1, 1), (1, 2): (1, 1),
                     (2, 1): (2, 2)}  # fmt: skip
    grid = parsed.grid()
    assert grid[3][0] is grid[1][0]
    assert grid[3][2] is grid[2][1]
    assert grid[0][1].text == "r0c1\nr0c2"  # python-docx moves merged content into the kept cell
    assert grid[1][0].provenance.row == 1
    assert grid[1][0].provenance.col == 0
    assert parsed.provenance.table == 0
    assert parsed.header_rows == 0


def test_repeated_header_rows_are_counted(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=4, cols=2)
    for row in table.rows[:2]:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
    table.rows[3]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))  # not leading
    table.cell(0, 0).text = "类别"
    assert save(document, tmp_path).tables()[0].header_rows == 2


def test_nested_table_text_is_flattened_into_its_cell(tmp_path: Path) -> None:
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "外层"
    host = outer.cell(0, 1)
    host.text = "说明"
    inner = host.add_table(rows=2, cols=2)
    for r in range(2):
        for c in range(2):
            inner.cell(r, c).text = f"内{r}{c}"
    doc = save(document, tmp_path)
    assert len(doc.tables()) == 1
    # one line per nested row, the row's cells separated by a space
    assert doc.tables()[0].grid()[0][1].text == "说明\n内00 内01\n内10 内11"


def test_cell_paragraphs_join_with_newline_and_drop_blank_lines(tmp_path: Path) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = " 工信局、税务局、 "
    cell.add_paragraph("")
    cell.add_paragraph("统计局")
    assert save(document, tmp_path).tables()[0].cells[0].text == "工信局、税务局、\n统计局"


NUMBERING = (
    f"<w:numbering {W}>"
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="%2．"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    "</w:numbering>"
)


def numbered(level: int, text: str) -> str:
    return (f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f"<w:r><w:t>{text}</w:t></w:r>")  # fmt: skip


def test_automatic_numbering_is_restored_in_body_and_cells(tmp_path: Path) -> None:
    document = docx.Document()
    numbering_part = document.part.numbering_part
    numbering_part._element = parse_xml(NUMBERING)
    add_xml_paragraph(document, numbered(0, "总体要求"))
    add_xml_paragraph(document, numbered(1, "加强领导"))
    add_xml_paragraph(document, numbered(1, ""))  # empty item: skipped, but it takes number 2
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell._tc.remove(cell.paragraphs[0]._p)
    cell._tc.append(parse_xml(f"<w:p {W}>{numbered(1, '表内事项')}</w:p>"))
    add_xml_paragraph(document, numbered(0, "重点任务"))
    add_xml_paragraph(document, numbered(1, "培育企业"))
    doc = save(document, tmp_path)
    assert [p.text for p in doc.paragraphs()] == [
        "一、总体要求",
        "1．加强领导",
        "二、重点任务",
        "1．培育企业",
    ]
    assert doc.tables()[0].cells[0].text == "3．表内事项"
    assert qn("w:numPr") in {el.tag for el in docx.Document(str(tmp_path / "made.docx")).element.iter()}

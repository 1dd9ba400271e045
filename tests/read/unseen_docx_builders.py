"""Builders of the hand-made .docx fixtures in tests/data/unseen/read/ (python-docx + raw XML).

Run ``python -m tests.read.unseen_docx_builders`` to rewrite the .docx fixtures; the .pdf
fixtures next to them were converted from these files once with LibreOffice
(``soffice --headless --convert-to pdf``) and are committed, so tests need no LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

import docx
import docx.enum.text
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

UNSEEN = Path(__file__).resolve().parent.parent / "data" / "unseen" / "read"
W = nsdecls("w")
_NUM_ID = "90"

# abstractNum: level 0 "一、", level 1 "（一）" — as 政府 templates define them in the heading styles
_ABSTRACT_NUM = f"""
<w:abstractNum {W} w:abstractNumId="{_NUM_ID}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:lvlText w:val="%1、"/><w:suff w:val="nothing"/><w:pStyle w:val="Heading1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/><w:pStyle w:val="Heading2"/></w:lvl>
</w:abstractNum>"""
_NUM = f'<w:num {W} w:numId="{_NUM_ID}"><w:abstractNumId w:val="{_NUM_ID}"/></w:num>'


def _style_numbering(document, style_name: str, ilvl: int) -> None:
    """Put a w:numPr into a paragraph style (numbering defined in the style, not the paragraph)."""
    ppr = document.styles[style_name].element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{_NUM_ID}"/></w:numPr>'))


def _add_heading_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(_ABSTRACT_NUM)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(_NUM))
    _style_numbering(document, "Heading 1", 0)
    _style_numbering(document, "Heading 2", 1)


def _cjk_font(document) -> None:
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    rpr = style.element.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:rFonts {W} w:eastAsia="Noto Sans CJK SC" w:ascii="Noto Sans CJK SC"/>'))
    for name in ("Heading 1", "Heading 2"):
        heading = document.styles[name]
        heading.font.size = Pt(14)
        heading.element.get_or_add_rPr().append(
            parse_xml(f'<w:rFonts {W} w:eastAsia="Noto Sans CJK SC" w:ascii="Noto Sans CJK SC"/>')
        )


def _set_cell(cell, *paragraphs: str) -> None:
    cell.text = paragraphs[0]
    for text in paragraphs[1:]:
        cell.add_paragraph(text)


def _page_field_footer(section, before: str, after: str, with_total: bool = False) -> None:
    section.footer.is_linked_to_previous = False
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(before)
    footer._p.append(parse_xml(f'<w:fldSimple {W} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    if with_total:
        footer.add_run(" 页 共 ")
        footer._p.append(parse_xml(f'<w:fldSimple {W} w:instr="NUMPAGES"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(after)


def build_headings_and_furniture(path: Path) -> None:
    """工作方案: numbered heading styles, two sections, headers/footers with 文号 and page numbers."""
    document = docx.Document()
    _cjk_font(document)
    _add_heading_numbering(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = "临政办发〔2024〕15号"
    _page_field_footer(section, "— ", " —")

    title = document.add_paragraph("临川区2024年城市更新工作方案")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("为加快推进城市更新，提升城市品质，制定本方案。")
    document.add_heading("工作目标", level=1)
    document.add_paragraph("到2024年底，完成城镇老旧小区改造40个，新增城市绿地15公顷。")
    document.add_heading("重点任务", level=1)
    document.add_heading("推进老旧小区改造", level=2)
    document.add_paragraph("完成40个老旧小区改造任务。（责任单位：区住建局）")
    document.add_heading("完善市政基础设施", level=2)
    document.add_paragraph("新建改造城市道路12公里。（责任单位：区城管局、区交通局）")

    annex = document.add_section(WD_SECTION.NEW_PAGE)
    annex.header.is_linked_to_previous = False
    annex.header.paragraphs[0].text = "第 2 页 共 2 页"
    document.add_heading("保障措施", level=1)
    document.add_heading("加强组织领导", level=2)
    document.add_paragraph("成立城市更新工作专班，定期调度工作进展。")
    document.save(str(path))


def _nested_table_cell(cell) -> None:
    cell.text = "分三步实施："
    inner = cell.add_table(rows=2, cols=2)
    for r, row in enumerate([["第一阶段", "2024年6月前"], ["第二阶段", "2024年12月前"]]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text


def build_tables(path: Path) -> None:
    """任务分解表: a title row spanning all columns, a nested table, a vertical-text merged cell."""
    document = docx.Document()
    _cjk_font(document)
    document.add_paragraph("附件")
    table = document.add_table(rows=5, cols=4)
    table.style = "Table Grid"
    title = table.cell(0, 0).merge(table.cell(0, 3))
    title.text = "2024年重点任务分解表"
    for c, text in enumerate(["领域", "重点任务", "完成时限", "责任单位"]):
        table.cell(1, c).text = text
    category = table.cell(2, 0).merge(table.cell(4, 0))
    category.text = "产业发展"
    tc_pr = category._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:textDirection {W} w:val="tbRlV"/>'))
    _set_cell(table.cell(2, 1), "培育专精特新企业20家")
    table.cell(2, 2).text = "2024年12月"
    _set_cell(table.cell(2, 3), "区工信局", "区科技局")
    _nested_table_cell(table.cell(3, 1))
    table.cell(3, 2).text = "2024年12月"
    table.cell(3, 3).text = "区发改局"
    table.cell(4, 1).text = "新增规上工业企业30家"
    table.cell(4, 2).text = "2024年10月"
    table.cell(4, 3).text = "区统计局"
    document.add_paragraph("注：各责任单位每季度报送进展。")
    document.save(str(path))


_TEXT_BOX = f"""
<w:r {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:v="urn:schemas-microsoft-com:vml">
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"
      behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
    <wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>
    </wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
    <wp:extent cx="5000000" cy="1200000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/>
    <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
     <wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>
      <a:ext cx="5000000" cy="1200000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
      <wps:txbx><w:txbxContent>{{content}}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
    </a:graphicData></a:graphic></wp:anchor></w:drawing>
  </mc:Choice>
  <mc:Fallback><w:pict><v:shape style="width:390pt;height:95pt"><v:textbox>
   <w:txbxContent>{{content}}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
 </mc:AlternateContent>
</w:r>"""

_BOX_CONTENT = (
    "<w:p><w:r><w:t>专栏1 主要指标</w:t></w:r></w:p>"
    "<w:tbl><w:tblGrid><w:gridCol w:w='3000'/><w:gridCol w:w='2000'/></w:tblGrid>"
    "<w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2025年</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>研发投入强度（%）</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>3.5</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:p/>"
)


def build_text_box(path: Path) -> None:
    """A 专栏 drawn as a text box holding a small indicator table, anchored in a body paragraph."""
    document = docx.Document()
    _cjk_font(document)
    document.add_paragraph("一、发展目标")
    anchor = document.add_paragraph("到2025年，创新能力明显增强。")
    content = _BOX_CONTENT.replace("<w:p>", f"<w:p {W}>").replace("<w:p/>", f"<w:p {W}/>")
    content = content.replace("<w:tbl>", f"<w:tbl {W}>")
    anchor._p.append(parse_xml(_TEXT_BOX.replace("{content}", content)))
    document.add_paragraph("二、重点任务")
    document.save(str(path))


LONG_PARAGRAPHS = [
    "（一）推动制造业数字化转型。实施智能化改造和数字化转型三年行动，每年滚动实施技术改造项目100个以上，"
    "到2025年规模以上工业企业数字化改造实现全覆盖。（责任单位：市工信局）",
    "（二）培育壮大战略性新兴产业。聚焦新能源、新材料、生物医药等领域，建立重点项目库，"
    "到2025年战略性新兴产业产值占规上工业比重达到45%。（责任单位：市发展改革委、市工信局）",
]
TWO_COLUMN_PARAGRAPHS = [
    "左栏第一段：持续优化营商环境，深化“放管服”改革，推进政务服务标准化、规范化、便利化，"
    "企业开办时间压缩至1个工作日以内。",
    "左栏第二段：加强要素保障，统筹用地、用能、资金等要素向重点项目倾斜，全年供应工业用地3000亩。",
    "右栏第一段：强化人才支撑，实施重点产业人才引育计划，每年引进高层次人才500名以上。",
    "右栏第二段：营造良好氛围，加强政策宣传解读，及时总结推广典型经验做法。",
]


def build_pdf_layouts(path: Path) -> None:
    """Page numbers '- N -' and '第 N 页 共 M 页', a table without ruling lines, a two-column section."""
    document = docx.Document()
    _cjk_font(document)
    _page_field_footer(document.sections[0], "- ", " -")
    title = document.add_paragraph("某市2025年制造业高质量发展行动方案")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in LONG_PARAGRAPHS:
        document.add_paragraph(text)
    document.add_paragraph("主要指标如下：")
    table = document.add_table(rows=3, cols=3)  # default style: no borders
    for r, row in enumerate([["指标", "2024年", "2025年"], ["规上工业增加值增速（%）", "7", "7.5"],
                             ["研发投入强度（%）", "2.8", "3"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("以上指标为预期性指标。")
    columns = document.add_section(WD_SECTION.NEW_PAGE)
    _page_field_footer(columns, "第 ", " 页", with_total=True)
    columns._sectPr.append(parse_xml(f'<w:cols {W} w:num="2" w:space="425"/>'))
    for text in TWO_COLUMN_PARAGRAPHS[:2]:
        document.add_paragraph(text)
    document.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.COLUMN)
    for text in TWO_COLUMN_PARAGRAPHS[2:]:
        document.add_paragraph(text)
    document.save(str(path))


BUILDERS = {
    "pdf_layouts.docx": build_pdf_layouts,
    "headings_sections.docx": build_headings_and_furniture,
    "task_tables.docx": build_tables,
    "text_box_table.docx": build_text_box,
}


def build(folder: Path) -> dict[str, Path]:
    """Write every fixture into `folder`; return name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, builder in BUILDERS.items():
        paths[name] = folder / name
        builder(paths[name])
    return paths


if __name__ == "__main__":
    for written in build(UNSEEN).values():
        print(written)

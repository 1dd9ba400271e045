"""Plain-text reader on hand-written documents of the genre it was not tuned on.

Fixtures: tests/data/unseen/read/*.txt (expected values below written by reading them).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from etl.read.text import read_text

UNSEEN = Path(__file__).resolve().parent.parent / "data" / "unseen" / "read"

COUNTY_BODY = [
    "宁远县2024年优化营商环境工作要点",
    "为深入贯彻落实省、市优化营商环境决策部署，持续打造市场化、法治化、国际化一流营商环境，"
    "结合我县实际，制定本工作要点。",
    "一、提升政务服务效能",
    "（一）深化“一件事一次办”改革。2024年底前，实现50项高频事项“一件事一次办”，群众办事平均跑动次数"
    "降至0.3次以内。（牵头单位：县政务服务中心；配合单位：县直各相关单位）",
    "（二）推进“互联网+政务服务”。政务服务事项网上可办率达到98%以上。（责任单位：县数据局）",
    "二、优化市场准入环境",
    "（三）压缩企业开办时间。企业开办时间压缩至1个工作日以内。（责任单位：县市场监管局）",
    "宁远县人民政府办公室",
    "2024年3月6日",
]


def _texts(document) -> list[str]:
    return [p.text for p in document.paragraphs()]


def _county_text() -> str:
    return (UNSEEN / "county_work_points.gbk.txt").read_bytes().decode("gbk")


def test_gbk_crlf_page_of_another_site_template(tmp_path):
    """GBK, CRLF, U+3000 indentation; share/print/QR/font-size bars and an info bar around the text."""
    document = read_text(UNSEEN / "county_work_points.gbk.txt")
    assert document.encoding == "gbk"
    assert _texts(document) == COUNTY_BODY
    assert document.source_metadata["来源"] == "县政府办公室"
    assert document.source_metadata["发布时间"] == "2024-03-08 09:30"
    assert not any("\r" in p.text or "\u3000" in p.text for p in document.paragraphs())


@pytest.mark.parametrize(
    ("bom", "codec", "label"),
    [(codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be")],
)
def test_utf16_with_bom_reads_like_gbk(tmp_path, bom, codec, label):
    path = tmp_path / "page.txt"
    path.write_bytes(bom + _county_text().encode(codec))
    document = read_text(path)
    assert document.encoding == label
    assert _texts(document) == COUNTY_BODY


def test_short_page_footer_toolbars_are_not_taken_for_the_header(tmp_path):
    """The same toolbars repeated below the text must not swallow the body (page < scan window)."""
    path = tmp_path / "page.txt"
    path.write_text(_county_text(), encoding="utf-8")
    paragraphs = read_text(path).paragraphs()
    assert paragraphs[0].text == "宁远县2024年优化营商环境工作要点"
    assert paragraphs[-1].text == "2024年3月6日"
    assert paragraphs[-1].provenance.line_start == 18


def test_gb18030_rare_characters():
    document = read_text(UNSEEN / "rare_chars_plan.gb18030.txt")
    assert document.encoding == "gb18030"
    texts = _texts(document)
    assert texts[0] == "䢺溪镇乡村振兴三年行动方案（2024—2026年）"
    assert texts[1] == "为推进𬌗山片区、䶮村和𠙶塘社区协同发展，制定本方案。"
    assert texts[5].endswith("（责任单位：镇农业农村办、𬌗山村委会）")
    assert len(texts) == 7


def test_hard_wrapped_scrape_is_joined_into_paragraphs():
    document = read_text(UNSEEN / "hard_wrapped_scrape.txt")
    texts = _texts(document)
    assert texts[:2] == ["关于加快推进数字经济高质量发展的若干措施", "一、总体要求"]
    assert texts[2].startswith("为深入贯彻落实国家数字经济发展战略")
    # a number cut by the wrap ("80" / "00个") is joined without a space
    assert "建成5G基站8000个" in texts[2]
    assert texts[2].endswith("为建设现代化强市提供有力支撑。")
    assert texts[3] == "二、重点任务"
    assert texts[4].endswith("（责任单位：市工信局、市发展改革委）")
    assert texts[5] == "（二）推进企业数字化转型。实施中小企业数字化赋能专项行动，每年推动500家以上企业上云用云。（责任单位：市工信局）"
    assert texts[6].endswith("（责任单位：市通信发展管理办公室、市大数据局）")
    assert len(texts) == 7
    assert (document.paragraphs()[2].provenance.line_start, document.paragraphs()[2].provenance.line_end) == (3, 7)


def test_paragraph_per_line_text_of_similar_lengths_is_not_joined(tmp_path):
    """Lines are paragraphs unless the evidence is strong: sentence ends keep them apart."""
    lines = [
        "（一）加快推进重点项目建设，全年完成固定资产投资120亿元。",
        "（二）大力发展现代服务业，服务业增加值增长8%左右。",
        "（三）持续优化营商环境，新增市场主体5000户以上。",
        "（四）深入实施乡村振兴战略，粮食播种面积稳定在50万亩。",
        "（五）着力保障和改善民生，城镇新增就业6000人以上。",
    ]
    path = tmp_path / "points.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _texts(read_text(path)) == lines


def test_equal_length_lines_with_an_item_marker_start_a_new_paragraph(tmp_path):
    wrapped = [
        "（一）强化创新平台建设。支持龙头企业牵头组建创新联合体，到2025年新建省级以",
        "上研发机构20家",
        "（二）加快人才引育。实施高层次人才引进计划，每年引进各类人才5000名以上，力",
        "争新增博士后工作站5个。（责任单位：区人社局）",
        "（三）优化科技金融服务。设立科技创新引导基金，规模达到10亿元，撬动社会资本",
        "参与科技创新项目投资，推动科技型企业上市挂牌。（责任单位：区金融办）",
        "（四）完善知识产权保护。建设知识产权快速维权中心，专利授权量年均增长15%以",
        "上。",
    ]
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(wrapped), encoding="utf-8")
    texts = _texts(read_text(path))
    assert len(texts) == 4
    assert texts[0].endswith("新建省级以上研发机构20家")
    assert texts[3].endswith("专利授权量年均增长15%以上。")


def test_tab_separated_rows_with_a_quoted_multi_line_cell():
    document = read_text(UNSEEN / "tables_tab_and_pipe.txt")
    tab_table, pipe_table = document.tables()
    assert (tab_table.n_rows, tab_table.n_cols, tab_table.header_rows) == (4, 4, 1)
    grid = tab_table.text_grid()
    assert grid[0] == ["序号", "项目名称", "主要内容", "责任单位"]
    assert grid[2] == ["2", "学位扩容工程", "新建中小学3所\n新增学位4500个", "区教育局、\n区发改局"]
    assert grid[3][3] == "区民政局"
    assert _texts(document)[3] == "注：项目清单实行动态调整。"


def test_word_saved_tab_rows_continue_a_cell_on_the_next_line(tmp_path):
    """Word's 'save as text' breaks a multi-paragraph cell over lines without quotes."""
    text = (
        "序号\t任务\t责任单位\t完成时限\n"
        "1\t建设智慧停车平台\t区城管局\t2024年6月\n"
        "2\t推进老旧管网改造\n新建雨污管网20公里\t区住建局、\n区水务局\t2024年12月\n"
        "任务分工如上。\n"
    )
    path = tmp_path / "rows.txt"
    path.write_text(text, encoding="utf-8")
    document = read_text(path)
    [table] = document.tables()
    assert table.text_grid()[2] == ["2", "推进老旧管网改造\n新建雨污管网20公里", "区住建局、\n区水务局", "2024年12月"]
    assert _texts(document) == ["任务分工如上。"]


def test_markdown_pipe_table_with_separator_row():
    pipe_table = read_text(UNSEEN / "tables_tab_and_pipe.txt").tables()[1]
    assert (pipe_table.n_rows, pipe_table.n_cols, pipe_table.header_rows) == (4, 6, 1)
    grid = pipe_table.text_grid()
    assert grid[0] == ["序号", "指标名称", "单位", "2023年基数", "2024年目标", "责任单位"]
    assert grid[2] == ["2", "城镇调查失业率", "%", "5.1", "<5.5", "区人社局"]
    assert grid[3][5] == "区统计局\n区发改局"  # <br> inside a cell is a line break


def test_markdown_table_without_outer_pipes(tmp_path):
    path = tmp_path / "md.txt"
    path.write_text("指标 | 单位 | 目标\n---|:---:|---\n地区生产总值增速 | % | 6\n研发投入强度 | % | 3.2\n", "utf-8")
    [table] = read_text(path).tables()
    assert table.text_grid() == [["指标", "单位", "目标"], ["地区生产总值增速", "%", "6"], ["研发投入强度", "%", "3.2"]]
    assert table.header_rows == 1

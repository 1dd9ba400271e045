"""Plain-text reader on pages saved from government sites and on word-processor text exports
(round 3, prefix `w`): padded metadata keys, indent-marked hard wraps, related-items boxes,
list numbers followed by a TAB, GB18030 with CRLF and form feeds. Expected values written by hand.
"""

from __future__ import annotations

from pathlib import Path

from etl.read.text import read_text
from etl.read.text_hard_wrap import continues, detect_hard_wrap
from etl.read.text_list_tabs import join_list_number_tabs
from etl.read.text_wrapper import find_wrapper, parse_metadata_line
from schemas.document import Table

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"
INDENT = "\u3000\u3000"


def _texts(document) -> list[str]:
    return [p.text for p in document.paragraphs()]


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- metadata box ---------------------------------------------------------------------------


def test_keys_padded_with_ideographic_spaces_are_read_without_them():
    facts = parse_metadata_line("文\u3000\u3000号：桂政办〔2024〕5号\u3000\u3000\u3000\u3000发布日期：2024年04月16日")
    assert facts == {"文号": "桂政办〔2024〕5号", "发布日期": "2024年04月16日"}
    assert parse_metadata_line("标\u3000\u3000题：某市人民政府关于印发某方案的通知") == {
        "标题": "某市人民政府关于印发某方案的通知"
    }


def test_issue_date_key_ends_the_value_before_it():
    facts = parse_metadata_line("发布机构：某市人民政府办公室\u3000\u3000\u3000\u3000发文日期：2024年04月12日")
    assert facts == {"发布机构": "某市人民政府办公室", "发文日期": "2024年04月12日"}


# --- related-items boxes after the article -----------------------------------------------------


def test_related_items_box_under_the_article_is_footer():
    lines = [
        "首页 > 政务公开 > 规划计划",
        "某县制造业发展行动方案",
        "一、总体目标",
        "到2025年，全县规模以上工业企业达到300家，工业投资年均增长10%以上，打造一批标杆项目。",
        "【相关解读】《某县制造业发展行动方案》政策解读",
        "图解：某县制造业发展行动方案",
    ]
    result = find_wrapper(lines)
    assert 4 in result.dropped
    assert 5 in result.dropped
    assert not {1, 2, 3} & result.dropped


def test_a_body_line_about_related_departments_is_not_footer():
    lines = [
        "某县制造业发展行动方案",
        "一、总体目标",
        "到2025年，全县规模以上工业企业达到300家，工业投资年均增长10%以上。",
        "相关部门要按照职责分工抓好落实。",
    ]
    assert find_wrapper(lines).dropped == set()


# --- hard wraps marked by paragraph indents ------------------------------------------------------

# a scrape wrapped at 35 characters, each paragraph's first line indented with two U+3000
_WRAPPED = [
    INDENT + "到2026年，全市规模以上工业企业数字化改造覆盖率达到80%以上；",
    "累计建成智能工厂20家、数字化车间100个，培育数字化转型服务商共30",
    "家以上。",
    INDENT + "市本级财政每年安排专项资金不少于1亿元，给予一次奖励。（责任单位：",
    "市财政局、市工业和信息化局）",
    INDENT + "实施数字化人才培育计划，每年培训企业数字化转型人才2000人，建设",
    "实训基地5个左右，推动校企合作共建产业学院，完善技能人才评价激励机制",
    "和保障措施。",
    INDENT + "建立联席会议制度，统筹协调解决重大问题，定期通报工作进展情况及问题",
    INDENT + "加强督促检查。",
    INDENT + "确保各项任务落到实处。",
]
_PARAGRAPHS = [
    "到2026年，全市规模以上工业企业数字化改造覆盖率达到80%以上；累计建成智能工厂20家、数字化车间100个，"
    "培育数字化转型服务商共30家以上。",
    "市本级财政每年安排专项资金不少于1亿元，给予一次奖励。（责任单位：市财政局、市工业和信息化局）",
    "实施数字化人才培育计划，每年培训企业数字化转型人才2000人，建设实训基地5个左右，推动校企合作共建产业学院，"
    "完善技能人才评价激励机制和保障措施。",
    "建立联席会议制度，统筹协调解决重大问题，定期通报工作进展情况及问题",
    "加强督促检查。",
    "确保各项任务落到实处。",
]


def test_unindented_line_after_a_full_line_continues_even_after_a_semicolon_or_colon():
    wrap = detect_hard_wrap(_WRAPPED)
    assert wrap is not None
    assert wrap.indented_starts
    assert continues(wrap, _WRAPPED[0], _WRAPPED[1])  # the full line ends with ；
    assert continues(wrap, _WRAPPED[3], _WRAPPED[4])  # the full line ends with （责任单位：


def test_indented_line_after_a_full_open_line_starts_a_new_paragraph(tmp_path):
    wrap = detect_hard_wrap(_WRAPPED)
    assert not continues(wrap, _WRAPPED[8], _WRAPPED[9])
    path = _write(tmp_path, "\n".join(_WRAPPED) + "\n")
    assert _texts(read_text(path)) == _PARAGRAPHS


def test_without_indents_a_sentence_end_still_ends_the_paragraph():
    lines = [line.lstrip("\u3000") for line in _WRAPPED]
    wrap = detect_hard_wrap(lines)
    assert wrap is not None
    assert not wrap.indented_starts
    assert wrap.is_full(lines[0])
    assert not continues(wrap, lines[0], lines[1])


# --- list numbers followed by a TAB (Word / WPS plain-text export) -----------------------------


def test_list_number_and_tab_are_one_paragraph():
    lines = ["一、\t主要目标", "全年规模以上工业增加值增长8%。", "（一）\t做强白酒产业。推动集群发展。", "1．\t强化要素保障"]
    assert join_list_number_tabs(lines) == [
        "一、主要目标", "全年规模以上工业增加值增长8%。", "（一）做强白酒产业。推动集群发展。", "1．强化要素保障",
    ]


def test_two_column_table_with_a_header_row_stays_a_table():
    lines = ["序号\t重点任务", "（一）\t做强白酒产业", "（二）\t壮大产业集群"]
    assert join_list_number_tabs(lines) == lines


def test_rows_of_values_are_not_list_items():
    lines = ["1.\t8.5", "2.\t10以上"]
    assert join_list_number_tabs(lines) == lines


def test_word_export_headings_read_as_headings(tmp_path):
    text = "某县2024年工作要点\r\n一、\t工作目标\r\n全年新增规上工业企业40家。\r\n二、\t重点工作\r\n（一）抓项目。\r\n"
    assert _texts(read_text(_write(tmp_path, text))) == [
        "某县2024年工作要点", "一、工作目标", "全年新增规上工业企业40家。", "二、重点工作", "（一）抓项目。",
    ]


# --- GB18030 with CRLF and form feeds ----------------------------------------------------------


def test_gb18030_crlf_with_page_breaks(tmp_path):
    text = "某市2024年工作要点\r\n\f一、主要目标\r\n全年建成智能工厂8家（含𬍡能科技）。\r\n\f附件\r\n序号\t指标\t单位\r\n1\t工业投资增速\t%\r\n"
    document = read_text(_write(tmp_path, text, "gb18030"))
    assert document.encoding == "gb18030"
    assert _texts(document)[:4] == ["某市2024年工作要点", "一、主要目标", "全年建成智能工厂8家（含𬍡能科技）。", "附件"]
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    assert table.text_grid() == [["序号", "指标", "单位"], ["1", "工业投资增速", "%"]]


# --- the golden documents of this round --------------------------------------------------------


def test_web_page_of_a_hard_wrapped_plan_reads_as_its_paragraphs():
    document = read_text(GOLDEN / "w_liuzhou_digital_web.txt")
    texts = _texts(document)
    assert texts[0] == "各县、区人民政府，市直各委、办、局，各有关单位："
    assert texts[-2:] == ["附件：柳州市制造业数字化转型主要指标", "柳州市制造业数字化转型主要指标"]
    assert (
        "（二）加大资金支持。市本级财政每年安排制造业数字化转型专项资金不少于1亿元，对获评国家级智能制造示范工厂的"
        "企业给予一次性奖励300万元。（责任单位：市财政局、市工业和信息化局）"
    ) in texts
    goal = next(t for t in texts if t.startswith("到2026年"))
    assert goal.endswith("培育数字化转型服务商30家以上。")
    assert document.source_metadata["文号"] == "柳政办〔2024〕21号"
    assert document.source_metadata["发文日期"] == "2024年04月12日"
    assert not any("解读" in t or "相关链接" in t for t in texts)


def test_word_export_in_gb18030_reads_its_headings_whole():
    document = read_text(GOLDEN / "w_zunyi_workpoints.txt")
    texts = _texts(document)
    assert document.encoding in ("gbk", "gb18030")
    assert "一、主要目标" in texts
    assert "三、工作要求" in texts
    assert "遵义市2024年推进新型工业化工作要点" in texts
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    assert table.text_grid()[0] == ["序号", "指标", "单位", "2023年完成", "2024年目标"]

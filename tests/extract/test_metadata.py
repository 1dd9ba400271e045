"""Document metadata: title, issuer, 文号, date and period from the layout of official documents."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.extract.metadata import extract_metadata
from etl.read import read_document
from schemas.document import Document, Paragraph, SourceFormat
from tests.conftest import load_gold, sample_path


def doc_of(*lines: str) -> Document:
    return Document(
        source_name="x.txt", format=SourceFormat.txt, sha256="0" * 64,
        blocks=[Paragraph(text=line) for line in lines],
    )


def test_title_comes_from_the_cover_notice_over_two_lines():
    meta = extract_metadata(doc_of(
        "区政府关于印发《某区数字经济发展", "三年行动方案（2023—2025年）》的通知", "各街道办事处：",
        "现将《某区数字经济发展三年行动方案（2023—2025年）》印发给你们，请认真执行。",
        "某区人民政府", "2023年3月1日", "某区数字经济发展三年行动方案（2023—2025年）", "一、总体要求",
    ))
    assert meta.title == "某区数字经济发展三年行动方案（2023—2025年）"
    assert meta.issuer == "某区人民政府"
    assert meta.issue_date == dt.date(2023, 3, 1)
    assert (meta.period_start, meta.period_end) == (2023, 2025)


def test_notice_without_title_uses_the_announced_name_and_most_named_deadline():
    meta = extract_metadata(doc_of(
        "各县(市、区)人民政府：", "现将《加快建设制造强市行动计划》印发给你们，请认真对照执行。",
        "某市领导小组办公室", "2024年8月5日", "加快建设制造强市行动计划",
        "到2025年，制造业增加值占比达40%。", "到2025年，新增企业10家。", "到2035年，基本建成制造强市。",
    ))
    assert meta.title == "加快建设制造强市行动计划"
    assert meta.issuer == "某市领导小组办公室"
    assert (meta.period_start, meta.period_end) == (2024, 2025)


def test_speech_title_and_bracketed_date():
    meta = extract_metadata(doc_of(
        "2022年12月", "着力补链强链全力培育壮大先进", "制造业集群", "在全市先进制造业发展推进会上的表态发言",
        "张三", "（2022年11月28日）", "一年来，我们扎实做好补链强链工作。",
    ))
    assert meta.title == "着力补链强链全力培育壮大先进制造业集群"
    assert meta.issue_date == dt.date(2022, 11, 28)
    assert meta.period_start is None


def test_a_speech_subtitle_as_first_line_is_the_whole_title_not_joined_to_the_speaker():
    meta = extract_metadata(doc_of(
        "在全市工业经济高质量发展大会上的讲话", "株洲市人民政府市长　李明远", "（2024年2月20日）", "同志们：",
        "今天，我们召开大会。",
    ))
    assert meta.title == "在全市工业经济高质量发展大会上的讲话"
    assert meta.issue_date == dt.date(2024, 2, 20)
    plan = extract_metadata(doc_of("关于推进制造业数字化转型的", "实施方案", "一、总体要求", "到2025年，…。"))
    assert plan.title == "关于推进制造业数字化转型的实施方案"  # title lines are still joined


def test_doc_number_only_when_it_stands_alone():
    standalone = extract_metadata(doc_of("澄政办发〔2022〕35号", "关于印发《某计划》的通知", "某市人民政府", "2022年1月2日"))
    cited = extract_metadata(doc_of(
        "为贯彻落实《加快建设制造强省行动方案》（苏办发〔2023〕15号），现将《某计划》印发给你们。",
    ))
    assert standalone.doc_number == "澄政办发〔2022〕35号"
    assert cited.doc_number is None


def test_two_issuers_are_joined_with_a_space():
    meta = extract_metadata(doc_of("关于印发《某计划》的通知", "中共某市委", "某市人民政府", "2020年3月15日"))
    assert meta.issuer == "中共某市委 某市人民政府"


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("stem", ["000_9655f32b988e5d04", "003_940edf13a6d46b16", "004_c753c493ba97cf57"])
def test_samples_match_gold_title_issuer_date_period(fmt, stem):
    gold = load_gold(stem)["document"]
    meta = extract_metadata(read_document(sample_path(fmt, stem)))
    assert meta.title == gold["title"]
    assert meta.issuer == gold["issuer"]
    assert meta.issue_date.isoformat() == gold["issue_date"]
    assert (meta.period_start, meta.period_end) == (gold["period_start"], gold["period_end"])


def test_plan_without_cover_notice_is_signed_at_its_end_before_annexes():
    meta = extract_metadata(doc_of(
        "某市制造业数字化转型实施方案", "（2023—2025年）", "为加快制造业数字化转型，制定本方案。",
        "一、总体要求", "到2025年，新增智能工厂10家。", "二、保障措施", "加强组织领导。",
        "某市工业和信息化局", "二〇二三年五月八日", "附件1", "重点任务分解表",
    ))
    assert meta.title == "某市制造业数字化转型实施方案（2023—2025年）"
    assert meta.issuer == "某市工业和信息化局"
    assert meta.issue_date == dt.date(2023, 5, 8)
    assert (meta.period_start, meta.period_end) == (2023, 2025)


def test_one_year_work_points_have_a_one_year_period():
    meta = extract_metadata(doc_of("2024年全市工业和信息化工作要点", "一、主要目标", "全市工业增长6%。"))
    assert (meta.period_start, meta.period_end) == (2024, 2024)


def test_title_does_not_swallow_the_first_heading():
    meta = extract_metadata(doc_of("某区促进服务业发展若干措施", "一、支持总部经济发展", "对新认定的总部企业给予奖励。"))
    assert meta.title == "某区促进服务业发展若干措施"


def test_speech_with_dashed_subtitle_is_issued_by_the_government_its_head_speaks_for():
    meta = extract_metadata(
        doc_of(
            "坚定信心 全力推动工业经济高质量发展", "——在全区工业经济大会上的讲话", "区委副书记、区长  张三",
            "（2024年2月20日）", "同志们：", "刚才，区经信局通报了全区工业经济运行情况。",
        ),
        lambda issuer, number, title, text: "某某区",
    )
    assert meta.title == "坚定信心 全力推动工业经济高质量发展"
    assert meta.issuer == "某某区人民政府"
    assert meta.issue_date == dt.date(2024, 2, 20)


def test_a_single_year_inside_the_title_is_the_period_but_a_deadline_is_not():
    annual = extract_metadata(doc_of("某区2024年制造业高质量发展工作要点", "一、主要目标", "工业增长6%。"))
    deadline = extract_metadata(doc_of("某市到2025年建成制造强市行动方案", "一、主要目标", "工业增长6%。"))
    assert (annual.period_start, annual.period_end) == (2024, 2024)
    assert deadline.period_start is None


def test_a_leaders_speech_naming_departments_is_not_issued_by_them():
    meta = extract_metadata(
        doc_of("奋力开创工业发展新局面", "在全市工业大会上的讲话", "市委书记  李四", "（2024年3月1日）",
               "同志们：市发改委、市工信局等部门做了大量工作。"),
        lambda issuer, number, title, text: "某市",
    )
    assert meta.issuer is None


def test_work_report_date_comes_from_its_dated_subtitle():
    meta = extract_metadata(doc_of(
        "2024年某市人民政府工作报告", "——2024年1月10日在某市第十七届人民代表大会第三次会议上", "市长  王五",
        "各位代表：", "现在，我代表市人民政府，向大会报告工作。",
    ))
    assert meta.issue_date == dt.date(2024, 1, 10)


def test_joint_issuers_open_the_title_and_the_doc_number_below_is_not_part_of_it():
    """A 公文 title is 发文机关 + 关于… + 文种; the issuers' line above 关于… is its first line."""
    meta = extract_metadata(doc_of(
        "中共安福县委办公室 安福县人民政府办公室", "关于加快推进县域工业高质量发展的实施意见", "安办字〔2024〕9号",
        "各乡镇党委、人民政府：", "为深入实施工业强县战略，现提出如下意见。",
    ))
    assert meta.title == "中共安福县委办公室 安福县人民政府办公室关于加快推进县域工业高质量发展的实施意见"
    assert meta.doc_number == "安办字〔2024〕9号"

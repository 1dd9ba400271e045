"""Metadata on cover-notice and plan layouts the samples do not show (expected values written by hand)."""

from __future__ import annotations

import datetime as dt

from etl.extract.metadata import extract_metadata
from schemas.document import Document, Paragraph, SourceFormat


def doc_of(*lines: str) -> Document:
    return Document(
        source_name="x.txt", format=SourceFormat.txt, sha256="0" * 64,
        blocks=[Paragraph(text=line) for line in lines],
    )


def test_joint_notice_with_three_issuers_on_separate_lines():
    meta = extract_metadata(doc_of(
        "关于印发《某市氢能产业发展行动方案（2023—2027年）》的通知",
        "各县（区）人民政府，市直各单位：",
        "现将《某市氢能产业发展行动方案（2023—2027年）》印发给你们，请结合实际认真贯彻落实。",
        "某市发展和改革委员会", "某市工业和信息化局", "某市科学技术局",
        "2023年6月1日",
        "某市氢能产业发展行动方案（2023—2027年）",
    ))
    assert meta.title == "某市氢能产业发展行动方案（2023—2027年）"
    assert meta.issuer == "某市发展和改革委员会 某市工业和信息化局 某市科学技术局"
    assert meta.issue_date == dt.date(2023, 6, 1)
    assert (meta.period_start, meta.period_end) == (2023, 2027)


def test_joint_signature_on_one_line_is_joined_with_one_space():
    meta = extract_metadata(doc_of(
        "关于印发《某区促进消费若干措施》的通知", "各街道：", "现将《某区促进消费若干措施》印发给你们。",
        "某区商务局      某区财政局", "2024年3月8日",
    ))
    assert meta.issuer == "某区商务局 某区财政局"


def test_doc_number_under_the_issuer_header_which_is_not_the_title():
    meta = extract_metadata(doc_of(
        "某某县人民政府文件", "某政发〔2023〕12号",
        "某某县人民政府关于加快推进工业经济高质量发展的实施意见",
        "各乡镇人民政府，县政府各部门：", "为加快推进工业经济高质量发展，提出如下意见。",
        "一、总体目标", "到2025年，规上工业企业达到300家。", "二、保障措施", "强化要素保障。",
        "某某县人民政府", "2023年4月10日",
    ))
    assert meta.title == "某某县人民政府关于加快推进工业经济高质量发展的实施意见"
    assert meta.doc_number == "某政发〔2023〕12号"
    assert meta.issuer == "某某县人民政府"
    assert (meta.period_start, meta.period_end) == (2023, 2025)


def test_doc_number_sharing_its_line_with_the_signer():
    meta = extract_metadata(doc_of(
        "某市人民政府文件", "某政发〔2022〕7号        签发人：张三",
        "某市人民政府关于印发《某市工业稳增长若干措施》的通知", "某市人民政府", "2022年2月3日",
    ))
    assert meta.doc_number == "某政发〔2022〕7号"
    assert meta.title == "某市工业稳增长若干措施"


def test_forwarded_document_name_is_the_title_and_the_forwarder_the_issuer():
    meta = extract_metadata(doc_of(
        "某区人民政府办公室关于转发《市发展改革委关于推进数字经济发展的实施方案》的通知",
        "各街道办事处，区政府各部门：",
        "现将《市发展改革委关于推进数字经济发展的实施方案》转发给你们，请认真贯彻执行。",
        "某区人民政府办公室", "2023年9月15日",
        "市发展改革委关于推进数字经济发展的实施方案", "某市发展和改革委员会", "2023年8月20日",
    ))
    assert meta.title == "市发展改革委关于推进数字经济发展的实施方案"
    assert meta.issuer == "某区人民政府办公室"
    assert meta.issue_date == dt.date(2023, 9, 15)


def test_notice_title_broken_over_three_lines():
    meta = extract_metadata(doc_of(
        "某市人民政府办公室关于印发《某市", "加快推进制造业数字化转型", "行动计划（2023—2025年）》的通知",
        "各县（市、区）人民政府：", "现将该计划印发给你们。", "某市人民政府办公室", "2023年2月1日",
    ))
    assert meta.title == "某市加快推进制造业数字化转型行动计划（2023—2025年）"
    assert (meta.period_start, meta.period_end) == (2023, 2025)


def test_notice_without_quotation_marks():
    meta = extract_metadata(doc_of(
        "某县人民政府关于印发某县工业经济稳进提质若干措施的通知", "各乡镇人民政府：",
        "现将某县工业经济稳进提质若干措施印发给你们，请认真贯彻执行。", "某县人民政府", "2024年1月5日",
    ))
    assert meta.title == "某县工业经济稳进提质若干措施"
    assert meta.issuer == "某县人民政府"


def test_dates_in_chinese_numerals_with_spaces_latin_o_and_fullwidth_digits():
    def issued(date_line: str) -> dt.date | None:
        return extract_metadata(doc_of("关于印发《某方案》的通知", "某市人民政府", date_line)).issue_date

    assert issued("二〇二三年十二月二十日") == dt.date(2023, 12, 20)
    assert issued("2023 年 12 月 20 日") == dt.date(2023, 12, 20)
    assert issued("二O二三年十二月三十一日") == dt.date(2023, 12, 31)
    assert issued("２０２３年１２月２０日") == dt.date(2023, 12, 20)


def test_publication_note_after_the_date_on_its_own_line_or_the_same_line():
    own_line = extract_metadata(doc_of(
        "关于印发《某计划》的通知", "某市人民政府", "2023年5月4日", "（此件公开发布）", "某计划",
    ))
    same_line = extract_metadata(doc_of(
        "关于印发《某计划》的通知", "某市人民政府", "2023年5月4日（此件主动公开）", "某计划",
    ))
    assert (own_line.issuer, own_line.issue_date) == ("某市人民政府", dt.date(2023, 5, 4))
    assert (same_line.issuer, same_line.issue_date) == ("某市人民政府", dt.date(2023, 5, 4))


def test_printing_date_of_the_colophon_is_only_a_fallback():
    signed = extract_metadata(doc_of(
        "关于印发《某市招商引资实施方案》的通知", "各县区：", "现将方案印发给你们。",
        "某市人民政府办公室", "2023年5月6日", "某市招商引资实施方案", "一、目标", "引进项目100个。",
        "抄送：市委办公室，市人大常委会办公室。", "某市人民政府办公室 2023年5月9日印发",
    ))
    unsigned = extract_metadata(doc_of(
        "某市招商引资实施方案", "一、目标", "引进项目100个。",
        "抄送：市委办公室，市人大常委会办公室。", "某市人民政府办公室        2023年5月9日印发",
    ))
    assert signed.issue_date == dt.date(2023, 5, 6)
    assert unsigned.issue_date == dt.date(2023, 5, 9)
    assert unsigned.title == "某市招商引资实施方案"


def test_opinion_without_cover_notice_signed_at_its_end():
    meta = extract_metadata(doc_of(
        "中共某区委 某区人民政府", "关于推动民营经济高质量发展的实施意见",
        "为推动民营经济高质量发展，结合我区实际，提出如下实施意见。",
        "一、主要目标", "到2026年，民营经济增加值占比达到60%。", "到2026年，新增民营企业5000家。",
        "二、重点任务", "（一）优化营商环境。", "中共某区委", "某区人民政府", "2024年7月12日",
    ))
    assert meta.title == "中共某区委 某区人民政府关于推动民营经济高质量发展的实施意见"
    assert meta.issuer == "中共某区委 某区人民政府"
    assert meta.issue_date == dt.date(2024, 7, 12)
    assert (meta.period_start, meta.period_end) == (2024, 2026)


def test_period_with_ascii_hyphen_in_the_title_line_and_without_brackets():
    bracketed = extract_metadata(doc_of("某县新能源产业发展三年行动计划（2023-2025年）", "一、目标"))
    bare = extract_metadata(doc_of("某市2024-2026年数字经济发展行动计划", "一、目标"))
    assert bracketed.title == "某县新能源产业发展三年行动计划（2023-2025年）"
    assert (bracketed.period_start, bracketed.period_end) == (2023, 2025)
    assert (bare.period_start, bare.period_end) == (2024, 2026)


def test_five_year_plan_named_by_its_number():
    fourteenth = extract_metadata(doc_of("关于印发《某市“十四五”制造业高质量发展规划》的通知", "某市人民政府",
                                         "2021年11月2日", "到2025年，制造业增加值达到5000亿元。"))
    fifteenth = extract_metadata(doc_of("某区十五五数字经济发展规划", "一、发展基础"))
    assert fourteenth.title == "某市“十四五”制造业高质量发展规划"
    assert (fourteenth.period_start, fourteenth.period_end) == (2021, 2025)
    assert (fifteenth.period_start, fifteenth.period_end) == (2026, 2030)


def test_notice_issuing_two_documents_takes_the_first_named_one():
    # One warehouse row per file: the first named document is the principal one (the second is
    # usually its companion, e.g. a list or the measures implementing it); a concatenation matches neither.
    titled = extract_metadata(doc_of(
        "关于印发《某市先进制造业集群培育方案》和《某市专精特新企业培育办法》的通知", "各县区：",
        "现将《某市先进制造业集群培育方案》和《某市专精特新企业培育办法》印发给你们。",
        "某市工业和信息化局", "2023年3月3日",
    ))
    untitled = extract_metadata(doc_of(
        "各县区：", "现将《某市先进制造业集群培育方案》和《某市专精特新企业培育办法》印发给你们。",
        "某市工业和信息化局", "2023年3月3日",
    ))
    assert titled.title == "某市先进制造业集群培育方案"
    assert untitled.title == "某市先进制造业集群培育方案"


def test_nested_quotation_marks_inside_the_plan_name_are_kept():
    meta = extract_metadata(doc_of(
        "关于印发《某市贯彻落实《中国制造2025》实施方案》的通知", "某市人民政府", "2016年3月1日",
    ))
    assert meta.title == "某市贯彻落实《中国制造2025》实施方案"


def test_unsigned_document_is_issued_by_the_bodies_of_its_masthead():
    meta = extract_metadata(doc_of(
        "中共某县委  某县人民政府文件", "某发〔2024〕3号", "关于印发《某县乡村振兴工作要点》的通知",
        "各乡镇党委、人民政府：", "现将《某县乡村振兴工作要点》印发给你们。", "一、目标", "完成任务。",
    ))
    assert meta.issuer == "中共某县委 某县人民政府"
    assert meta.doc_number == "某发〔2024〕3号"
    assert meta.title == "某县乡村振兴工作要点"

"""Prose target rules on small sentences: values, units, qualifiers, metrics, years, non-targets."""

from __future__ import annotations

import pytest

from etl.extract.target_sentences import paragraph_targets
from etl.extract.target_years import YearContext
from schemas.vocab import Qualifier


def rows(text: str, year: int | None = None) -> list[tuple]:
    return [
        (d.metric, d.value, d.unit, d.qualifier, d.year) for d in paragraph_targets(text, YearContext(year))
    ]


def test_one_row_per_listed_number_with_year_and_shortest_metric() -> None:
    assert rows("到2024年，力争新增中国质量奖1个、江苏省省长质量奖2个。") == [
        ("中国质量奖", 1, "个", None, 2024),
        ("江苏省省长质量奖", 2, "个", None, 2024),
    ]


def test_metric_is_cut_at_the_verb_and_scope_words_dropped() -> None:
    assert rows("全市规模以上制造业企业数量达到2500家，入园进区率达70%。") == [
        ("规模以上制造业企业数量", 2500, "家", None, None),
        ("入园进区率", 70, "%", None, None),
    ]


def test_number_before_its_name_after_a_count_verb() -> None:
    assert rows("力争培育18家产业链龙头企业，新增8家上市公司。") == [
        ("产业链龙头企业", 18, "家", None, None),
        ("上市公司", 8, "家", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("技术合同成交额超90亿元。", Qualifier.min),
        ("各类总部企业不少于20家。", Qualifier.min),
        ("研发经费支出占GDP比重达5.5%以上。", Qualifier.min),
        ("工业园区总数控制在30个左右。", Qualifier.approx),
        ("单位能耗控制在0.5吨标准煤/万元以内。", Qualifier.max),
        ("研发投入强度达到3%。", None),
        ("单位GDP能耗每年下降4.1%。", Qualifier.delta),
        ("投资占比比上年提高0.5个百分点。", Qualifier.delta),
        ("综合评价排名进入前50名。", Qualifier.max),
    ],
)
def test_qualifiers(text: str, qualifier: Qualifier | None) -> None:
    assert [r[3] for r in rows(text)] == [qualifier]


def test_range_gives_lower_bound_with_min() -> None:
    assert rows("新建新型研发机构9—10家，争创1-2条卓越产业链。") == [
        ("新型研发机构", 9, "家", Qualifier.min, None),
        ("卓越产业链", 1, "条", Qualifier.min, None),
    ]


def test_wan_multiplied_before_counting_units_kept_before_measuring_units() -> None:
    assert [(r[1], r[2]) for r in rows("高层次人才达到1.6万人，盘活存量用地2.5万亩，直接融资1400亿元。")] == [
        (16000, "人"),
        (2.5, "万亩"),
        (1400, "亿元"),
    ]


def test_chinese_numerals_after_a_count_verb() -> None:
    assert [(r[1], r[2]) for r in rows("力争新增上市企业两千家，培育一百五十家企业。")] == [
        (2000, "家"),
        (150, "家"),
    ]


def test_year_context_carries_and_spans_make_it_null() -> None:
    context = YearContext()
    first = paragraph_targets("到2024年，我市先进制造业综合实力持续提升。", context)
    second = paragraph_targets(
        "——创新能力大幅提升。研发人员数达到26000人；每年完成技术合同成交额超90亿元。", context
    )
    assert first == []
    assert [(d.metric, d.year) for d in second] == [("研发人员数", 2024), ("技术合同成交额", None)]


def test_own_year_beats_span_and_leading_year_counts() -> None:
    assert [r[4] for r in rows("到2024年，每年滚动实施示范项目40个。")] == [2024]
    assert [r[4] for r in rows("三年内，引进科技人才项目100个。", 2022)] == [None]
    assert [r[4] for r in rows("2023年新签约重大制造业项目100项。")] == [2023]


def test_year_is_not_taken_from_comparisons_or_spans() -> None:
    assert [r[4] for r in rows("与2010年相比，地区生产总值达到750亿元。")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "聚焦“345”产业链，发展5G通信，融入G42沿线，办好第30届科技节，构建1+3+1产业体系。",
        "实施五大工程、三大攻坚、十三项任务，制定三年行动计划。",
        "落实《若干政策》（苏办发〔2023〕15号）要求。",
        "一年来，全市新增国家级制造业单项冠军3家。",
        "今年以来，已新增高新技术企业30家。",
        "推动一批总投资50亿元以上的重特大项目开工落地。",
        "引导全市17个省级以上园区创建示范基地。",
        "负责认定管理的三个部门协同发力。",
        "2022年底前，园区内涉水企业全面完成改造。",
    ],
)
def test_not_targets(text: str) -> None:
    assert rows(text) == []


def test_number_inside_a_name_is_part_of_the_metric() -> None:
    assert rows("引进超100亿元重特大签约项目12个，新增世界500强企业1家。") == [
        ("超100亿元重特大签约项目", 12, "个", None, None),
        ("世界500强企业", 1, "家", None, None),
    ]
    assert [r[0] for r in rows("28家市级产业园特色产业占比达60%。")] == ["市级产业园特色产业占比"]


def test_respectively_lists_get_one_name_each() -> None:
    assert rows("生产设备数字化率、经营管理数字化普及率分别达到62%、86%左右。") == [
        ("生产设备数字化率", 62, "%", Qualifier.approx, None),
        ("经营管理数字化普及率", 86, "%", Qualifier.approx, None),
    ]
    assert [r[0] for r in rows("主要污染排放量（水、大气）分别降至1.15吨/亿元、11.77吨/亿元。")] == [
        "主要污染排放量（水）",
        "主要污染排放量（大气）",
    ]


def test_subject_of_a_bare_number_comes_from_the_clause_before() -> None:
    assert rows("有效高新技术企业数实现倍增，突破1000家。") == [
        ("有效高新技术企业数", 1000, "家", Qualifier.min, None)
    ]


def test_enumeration_and_relative_clause_are_cut_from_the_metric() -> None:
    assert [r[0] for r in rows("新建科技企业孵化器、加速器、产业园等创新载体5家。")] == ["创新载体"]
    assert [
        r[0] for r in rows("培育20家企业成为主导产品市场占有率在国内位居前列的省级专精特新小巨人企业。")
    ] == ["省级专精特新小巨人企业"]


def test_bare_index_level_without_unit() -> None:
    assert rows("地区两化融合发展水平达72左右。") == [
        ("地区两化融合发展水平", 72, None, Qualifier.approx, None)
    ]


def test_outside_tasks_only_forward_looking_sentences_count() -> None:
    assert (
        paragraph_targets("全市规上工业开票销售总量达3903亿元。", YearContext(), require_forward=True) == []
    )
    found = paragraph_targets("到2025年，力争规上工业企业达到9000家。", YearContext(), require_forward=True)
    assert [(d.value, d.year) for d in found] == [(9000, 2025)]


def test_incentive_amounts_and_eligibility_thresholds_are_no_targets() -> None:
    assert rows("对年营业收入首次突破5亿元的企业，给予最高100万元奖励。") == []
    assert rows("对新入选的领军人才，按每人80万元标准给予安家补贴。") == []
    assert rows("县财政每年安排数字经济发展专项资金不低于3000万元。") == [
        ("数字经济发展专项资金", 3000, "万元", Qualifier.min, None),
    ]


def test_each_of_listed_kinds_gets_the_number() -> None:
    assert rows("争创国家级、省级重点实验室各2家。") == [
        ("国家级重点实验室", 2, "家", None, None),
        ("省级重点实验室", 2, "家", None, None),
    ]


def test_short_modifiers_share_the_name_after_the_last_one() -> None:
    assert rows("新培育省级、市级专精特新企业分别30家、50家。") == [
        ("省级专精特新企业", 30, "家", None, None),
        ("市级专精特新企业", 50, "家", None, None),
    ]


def test_a_growth_rate_keeps_its_change_word_unless_the_qualifier_is_delta() -> None:
    assert rows("到2027年，生物医药产业规模突破1000亿元，年均增长15%以上；能耗下降14%。") == [
        ("生物医药产业规模", 1000, "亿元", Qualifier.min, 2027),
        ("生物医药产业规模年均增长", 15, "%", Qualifier.min, 2027),
        ("能耗", 14, "%", Qualifier.delta, 2027),
    ]


def test_a_ratio_clause_borrows_the_subject_of_the_previous_number() -> None:
    assert rows("核心产业增加值突破120亿元，占地区生产总值比重达到12%左右。")[1] == (
        "核心产业增加值占地区生产总值比重", 12, "%", Qualifier.approx, None,
    )  # fmt: skip


def test_span_clause_after_an_embedded_deadline_has_no_year() -> None:
    assert rows("2024年底前完成20家重点企业超低排放改造，每年淘汰柴油货车500辆。") == [
        ("重点企业超低排放改造", 20, "家", None, 2024),
        ("淘汰柴油货车", 500, "辆", None, None),  # the verb stays, as in 腾退非工业用地
    ]
    assert rows("“十四五”期间，新增造林绿化面积2.5万亩。", 2025) == [
        ("造林绿化面积", 2.5, "万亩", None, None)
    ]


def test_from_to_change_names_the_metric_before_from() -> None:
    assert rows("高新技术企业数量由2020年的120家增加到2025年的300家。") == [
        ("高新技术企业数量", 300, "家", None, 2025),
    ]


def test_stripping_a_lead_verb_breaks_no_word() -> None:
    assert rows("建成区道路机械化清扫率达到90%，建成充电桩两千个。") == [
        ("建成区道路机械化清扫率", 90, "%", None, None),
        ("充电桩", 2000, "个", None, None),
    ]


def test_plan_structure_counts_and_names_with_numbers_are_no_targets() -> None:
    assert rows("建立“1+N”政策体系，实施三项机制，推动5G网络全覆盖，办好第五届进博会，落实双碳目标。") == []

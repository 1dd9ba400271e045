"""Prose target rules found with the golden-file round (t_ documents): verb-object counts,
sizes of a thing set up, a metric carried over a past result, doubling words, 培训 counts."""

from __future__ import annotations

from etl.extract.target_sentences import paragraph_targets
from etl.extract.target_years import YearContext
from schemas.vocab import Qualifier


def rows(text: str, year: int | None = None, present: int | None = None) -> list[tuple]:
    context = YearContext(year, present)
    return [(d.metric, d.value, d.unit, d.qualifier, d.year) for d in paragraph_targets(text, context)]


def test_count_of_beneficiaries_and_the_amount_they_receive_are_named_apart() -> None:
    assert rows("力争为150家工业科技企业融资超20亿元。", 2025) == [
        ("工业科技企业", 150, "家", None, 2025),
        ("融资", 20, "亿元", Qualifier.min, 2025),
    ]
    assert rows("为80家制造业企业争取技改贷款30亿元。") == [
        ("制造业企业", 80, "家", None, None),
        ("技改贷款", 30, "亿元", None, None),
    ]


def test_object_verb_cut_only_when_a_second_number_follows() -> None:
    # one number: the phrase after it names the thing counted, verbs inside names are kept
    assert rows("新增5家股权融资服务机构。") == [("股权融资服务机构", 5, "家", None, None)]


def test_size_of_a_thing_set_up_is_a_target_but_a_size_class_is_not() -> None:
    assert rows("设立总规模50亿元的科创产业基金群，其中天使投资基金规模10亿元。") == [
        ("科创产业基金群总规模", 50, "亿元", None, None),
        ("天使投资基金规模", 10, "亿元", None, None),
    ]
    # 50亿元以上的项目 names a class of projects: only the count is a target
    assert rows("新开工总投资50亿元以上的项目12个。") == [("总投资50亿元以上的项目", 12, "个", None, None)]


def test_a_target_after_a_past_result_takes_the_results_metric() -> None:
    assert rows("2023年已建成省级智能工厂12家，今年再新建5家。", present=2024) == [
        ("省级智能工厂", 5, "家", None, 2024)
    ]


def test_doubling_words_are_no_part_of_the_metric() -> None:
    assert rows("全市上市公司数量实现翻一番、达到24家。", 2025) == [("上市公司数量", 24, "家", None, 2025)]
    assert rows("力争三年内规上工业企业研发费用翻一番。") == []


def test_training_counts_in_chinese_numerals() -> None:
    assert rows("三年累计培训科技金融专员五百名。") == [("科技金融专员", 500, "名", None, None)]


def test_size_keeps_its_qualifier_and_a_vague_batch_stays_out() -> None:
    assert rows("建设总投资不低于30亿元的数据中心。") == [("数据中心总投资", 30, "亿元", Qualifier.min, None)]
    assert rows("推动一批总投资50亿元以上的重特大项目开工落地。") == []


def test_what_the_helped_do_is_counted_after_a_beneficiary_lead() -> None:
    assert rows("为15家农业企业联系贷款1000万元，帮助科技企业分摊科技创新风险超10亿元。") == [
        ("农业企业", 15, "家", None, None),
        ("联系贷款", 1000, "万元", None, None),
        ("分摊科技创新风险", 10, "亿元", Qualifier.min, None),
    ]

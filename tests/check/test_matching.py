"""One-to-one pairing of expected and actual records, section by section."""

from __future__ import annotations

from etl.check.matching import (
    greedy,
    match_indicators,
    match_responsibilities,
    match_symbols,
    match_targets,
    match_tasks,
    match_values,
)
from etl.check.sections import prepare
from tests.check.records_factory import indicator, resp, symbol, target, task, value


def prep(section, rows):
    return [prepare(section, r) for r in rows]


def test_greedy_takes_best_first_and_uses_each_record_once():
    pairs = greedy([((0.9,), 0, 0), ((0.95,), 1, 0), ((0.8,), 0, 1), ((0.7,), 1, 1)])
    assert sorted(pairs) == [(0, 1), (1, 0)]


def test_greedy_breaks_ties_by_index():
    assert greedy([((1.0,), 1, 0), ((1.0,), 0, 0)]) == [(0, 0)]


def test_tasks_pair_by_path_and_title_first():
    expected = prep("tasks", [task("3.1.1", "加强龙头企业培育壮大"), task("3.1.2", "推进专精特新企业发展")])
    actual = prep("tasks", [task("3.1.2", "推进专精特新企业发展"), task("3.1.1", "加强龙头企业培育壮大。")])
    assert sorted(match_tasks(expected, actual)) == [(0, 1), (1, 0)]


def test_tasks_same_path_needs_title_similarity():
    expected = prep("tasks", [task("3.1.1", "加强龙头企业培育壮大")])
    actual = prep("tasks", [task("3.1.1", "优化营商环境")])
    assert match_tasks(expected, actual) == []


def test_tasks_fall_back_to_level_and_very_similar_title_when_paths_differ():
    expected = prep("tasks", [task("3.1.1", "加强龙头企业培育壮大")])
    shifted = prep("tasks", [task("3.2.1", "加强龙头企业培育壮大")])
    assert match_tasks(expected, shifted) == [(0, 0)]
    other_level = prep("tasks", [task("3.1", "加强龙头企业培育壮大")])
    assert match_tasks(expected, other_level) == []
    # title 0.8..0.9 alike: enough with the same path, not enough through the fallback
    alike = "加强龙头企业培育"
    assert match_tasks(expected, prep("tasks", [task("3.1.1", alike)])) == [(0, 0)]
    assert match_tasks(expected, prep("tasks", [task("3.2.1", alike)])) == []


def test_tasks_path_pairs_are_taken_before_the_fallback():
    expected = prep("tasks", [task("2.1", "强化人才支撑"), task("2.2", "强化人才支撑")])
    actual = prep("tasks", [task("2.2", "强化人才支撑"), task("2.1", "强化人才支撑")])
    assert sorted(match_tasks(expected, actual)) == [(0, 1), (1, 0)]


def test_indicators_prefer_equal_names():
    expected = prep("indicators", [indicator("高新技术企业数"), indicator("高新技术企业数量")])
    actual = prep("indicators", [indicator("高新技术企业数量"), indicator("高新技术企业数")])
    assert sorted(match_indicators(expected, actual)) == [(0, 1), (1, 0)]


def test_indicators_prefer_same_category_then_one_to_one():
    expected = prep("indicators", [indicator("研发投入占比", category="创新能力"),
                                   indicator("研发投入占比", category="产业规模")])
    actual = prep("indicators", [indicator("研发投入占比", category="产业规模")])
    assert match_indicators(expected, actual) == [(1, 0)]


def test_indicators_need_alike_names():
    expected = prep("indicators", [indicator("工业投资增速")])
    assert match_indicators(expected, prep("indicators", [indicator("工业投资增幅")])) == []


def test_values_need_same_region_component_year_kind_and_value():
    e = value("规模以上工业增加值增速", 2024, 8.1, region="城区")
    expected = prep("values", [e])
    assert match_values(expected, prep("values", [dict(e)])) == [(0, 0)]
    for change in ({"region": "高新区"}, {"component": "制造业"}, {"year": 2023}, {"kind": "baseline"},
                   {"value": 8.2, "value_text": "8.2"}):
        assert match_values(expected, prep("values", [{**e, **change}])) == [], change


def test_values_without_number_pair_on_text_and_names_must_be_alike():
    e = value("新增上市企业", 2024, None, value_text="力争突破")
    expected = prep("values", [e])
    assert match_values(expected, prep("values", [dict(e)])) == [(0, 0)]
    assert match_values(expected, prep("values", [{**e, "value_text": "持续增长"}])) == []
    assert match_values(expected, prep("values", [{**e, "value": 3.0, "value_text": "3"}])) == []
    numeric = prep("values", [value("工业投资增速", 2024, 10.0)])
    assert match_values(numeric, prep("values", [value("工业投资增幅", 2024, 10.0)])) == []


def test_targets_need_value_and_unit_with_alike_metric():
    expected = prep("targets", [target("规模以上工业企业", 2500)])
    assert match_targets(expected, prep("targets", [target("规上工业企业", 2500)])) == [(0, 0)]
    assert match_targets(expected, prep("targets", [target("规模以上工业企业", 2400)])) == []
    assert match_targets(expected, prep("targets", [target("规模以上工业企业", 2500, unit="个")])) == []
    assert match_targets(expected, prep("targets", [target("服务业增加值", 2500)])) == []


def test_targets_prefer_same_year_and_task():
    expected = prep("targets", [target("新增上市企业", 5, year=2023, task_path="3.1.1"),
                                target("新增上市企业", 5, year=2024, task_path="3.1.2")])
    actual = prep("targets", [target("新增上市企业", 5, year=2024, task_path="3.1.2"),
                              target("新增上市企业", 5, year=2023, task_path="3.1.1")])
    assert sorted(match_targets(expected, actual)) == [(0, 1), (1, 0)]


def test_responsibilities_need_same_role_and_department():
    e = resp("市工业和信息化局", "市工信局")
    expected = prep("responsibilities", [e])
    assert match_responsibilities(expected, prep("responsibilities", [dict(e)])) == [(0, 0)]
    assert match_responsibilities(expected, prep("responsibilities", [{**e, "role": "lead"}])) == []
    assert match_responsibilities(expected, prep("responsibilities", [{**e, "department": "市工信局"}])) == []
    assert match_responsibilities(expected, prep("responsibilities", [{**e, "subject_type": "indicator"}])) == []


def test_responsibilities_of_tasks_pair_by_label_even_when_text_differs():
    e = resp("市商务局", "市商务局", label="2.10", text="深化开放合作")
    by_label = prep("responsibilities", [{**e, "subject_text": "扩大对外开放"}])
    assert match_responsibilities(prep("responsibilities", [e]), by_label) == [(0, 0)]
    neither = prep("responsibilities", [{**e, "subject_label": "2.9", "subject_text": "扩大有效投资"}])
    assert match_responsibilities(prep("responsibilities", [e]), neither) == []


def test_responsibilities_of_indicators_pair_by_name():
    e = resp("市科学技术局", "科技局", label="高新技术企业数", text="高新技术企业数", subject_type="indicator")
    alike = {**e, "subject_label": "高新技术企业数量", "subject_text": "高新技术企业数量"}
    assert match_responsibilities(prep("responsibilities", [e]), prep("responsibilities", [alike])) == [(0, 0)]


def test_symbols_need_same_symbol_and_alike_meaning():
    expected = prep("symbols", [symbol("*", "江苏省制造业高质量发展示范区建设指标")])
    assert match_symbols(expected, prep("symbols", [symbol("*", "江苏省制造业高质量发展示范区建设指标。")])) == [(0, 0)]
    assert match_symbols(expected, prep("symbols", [symbol("☆", "江苏省制造业高质量发展示范区建设指标")])) == []
    assert match_symbols(expected, prep("symbols", [symbol("*", "约束性指标")])) == []

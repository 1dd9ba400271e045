"""Year-row indicator tables (indicators as columns, one row per year) and evaluation indicator systems
(一级指标 | 二级指标 | 权重 | 评分标准)."""

from __future__ import annotations

from etl.extract.indicator_year_rows import detect_year_rows
from etl.extract.indicators import extract_indicators
from tests.extract.indicator_tables import make_doc, make_table

YEAR_ROWS = [
    ["年份", "数字经济核心产业增加值（亿元）", "5G基站（个）", "新增上云企业（家）"],
    ["2023年", "58", "1850", "—"],
    ["2024年", "65", "2300", "120以上"],
    ["2025年目标", "73", "2800", "150"],
]


def _values(out) -> list[tuple[str, int | None, str, float | None, str | None]]:
    names = {i.id: i.name for i in out.indicators}
    return [(names[v.indicator_id], v.year, v.kind.value, v.value, v.qualifier and v.qualifier.value)
            for v in out.values]


def test_year_rows_give_an_indicator_per_column_and_a_value_per_year() -> None:
    out = extract_indicators(make_doc("附件2 数字经济主要指标", make_table(YEAR_ROWS, header_rows=1)), plan_start=2024)
    assert [(i.name, i.unit, i.category) for i in out.indicators] == [
        ("数字经济核心产业增加值", "亿元", None), ("5G基站", "个", None), ("新增上云企业", "家", None)]
    assert _values(out) == [
        # a bare year before the plan is a baseline; 2025年目标 says target itself
        ("数字经济核心产业增加值", 2023, "baseline", 58, None),
        ("数字经济核心产业增加值", 2024, "target", 65, None),
        ("数字经济核心产业增加值", 2025, "target", 73, None),
        ("5G基站", 2023, "baseline", 1850, None),
        ("5G基站", 2024, "target", 2300, None),
        ("5G基站", 2025, "target", 2800, None),
        ("新增上云企业", 2024, "target", 120, "min"),
        ("新增上云企业", 2025, "target", 150, None),
    ]


def test_year_row_label_kind_wins_over_the_plan_period() -> None:
    rows = [["年度", "工业投资增速（%）"], ["2024年（基期）", "5"], ["2026年", "10"]]
    out = extract_indicators(make_doc(make_table(rows)), plan_start=2024)
    assert _values(out) == [("工业投资增速", 2024, "baseline", 5, None), ("工业投资增速", 2026, "target", 10, None)]


def test_a_table_whose_rows_are_not_all_years_is_no_year_row_table() -> None:
    assert detect_year_rows([["年份", "产值（亿元）"], ["2023年", "5"], ["合计", "9"]]) is None
    assert detect_year_rows([["时间", "工作内容"], ["3月底前", "完成摸底"]]) is None
    # the corner must name years: a per-region table is read elsewhere
    assert detect_year_rows([["地区", "2023年"], ["2023年", "5"]]) is None


def test_evaluation_system_rows_are_indicators_with_category_and_no_values() -> None:
    rows = [
        ["一级指标", "二级指标", "权重（分）", "评分标准"],
        ["创新发展", "高新技术企业净增数", "10", "每净增1家得2分，最高10分"],
        ["", "研发经费投入强度", "10", "达到2%得满分"],
        ["绿色安全", "单位工业增加值能耗下降", "10", "完成下达目标得满分"],
    ]
    out = extract_indicators(make_doc("附件 评价指标体系", make_table(rows, spans={(1, 0): (2, 1)}, header_rows=1)),
                             plan_start=None)
    assert [(i.category, i.name, i.parent_name, i.unit) for i in out.indicators] == [
        ("创新发展", "高新技术企业净增数", None, None),
        ("创新发展", "研发经费投入强度", None, None),
        ("绿色安全", "单位工业增加值能耗下降", None, None),
    ]
    assert out.values == []  # weights are points of the scheme, not values of the indicator
    unplaced = [u.text for u in out.unplaced]
    assert "每净增1家得2分，最高10分" in unplaced
    assert unplaced.count("10") == 3


def test_second_level_column_is_context_when_a_finer_name_column_exists() -> None:
    rows = [["一级指标", "二级指标", "三级指标", "2025年目标"], ["创新", "研发", "研发投入强度（%）", "2.5"]]
    out = extract_indicators(make_doc(make_table(rows, header_rows=1)), plan_start=2023)
    assert [(i.category, i.name) for i in out.indicators] == [("创新", "研发投入强度")]


def test_funds_and_project_tables_give_no_indicators() -> None:
    funds = [["序号", "资金名称", "支持方向", "2024年安排（万元）", "主管部门"], ["1", "科技创新专项资金", "研发后补助", "3000", "区科技局"]]
    projects = [["序号", "项目名称", "建设内容", "总投资（亿元）", "2024年计划投资（亿元）"], ["1", "电路板项目", "新建产线", "18", "6"]]
    out = extract_indicators(make_doc(make_table(funds, header_rows=1), "附件", make_table(projects, header_rows=1)),
                             plan_start=2024)
    assert out.indicators == []
    assert out.values == []
    assert out.responsibilities == []

"""Numbers with units in prose: what counts as a quantity and how its value and unit are read."""

from __future__ import annotations

import pytest

from etl.extract.target_quantities import find_quantities
from etl.extract.target_text import halfwidth, protected_mask
from etl.extract.target_years import deadline_years


def quantities(text: str) -> list[tuple[float, str | None, bool]]:
    norm = halfwidth(text)
    return [(q.value, q.unit, q.is_range) for q in find_quantities(norm, protected_mask(norm))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("达到2500家", [(2500, "家", False)]),
        ("达到1.6万人", [(16000, "人", False)]),
        ("达到15万个", [(150000, "个", False)]),
        ("盘活2.5万亩", [(2.5, "万亩", False)]),
        ("新建300万平方米", [(300, "万平方米", False)]),
        ("融资1400亿元", [(1400, "亿元", False)]),
        ("达到38.5万元/人", [(38.5, "万元/人", False)]),
        ("降至1.15吨/亿元", [(1.15, "吨/亿元", False)]),
        ("提高0.5个百分点", [(0.5, "个百分点", False)]),
        ("算力达到1350P", [(1350, "P", False)]),
        ("新建9—10家", [(9, "家", True)]),
        ("建成2－3家", [(2, "家", True)]),
        ("培育两千人", [(2000, "人", False)]),
        ("培育一百五十家", [(150, "家", False)]),
        ("达到１２０家", [(120, "家", False)]),
        ("水平达72左右", [(72, None, False)]),
    ],
)
def test_values_and_units(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "聚焦“345”产业链",
        "5G通信和3D打印",
        "G42沿线",
        "第30届科技节",
        "“十四五”时期",
        "“1+3+1”产业",
        "1+3+1产业",
        "五大工程",
        "苏办发〔2023〕15号",
        "2022年6月14日",
        "1000亿级产业",
        "3000吨级码头",
        "世界500强",
        "12寸晶圆",
        "培育一批企业",
        "每万名从业人员",
        "实施3年",
        "人才4.0",
        "72",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_deadline_years_skip_spans_comparisons_and_brackets() -> None:
    text = halfwidth("到2024年，与2010年相比，（2020－2022年）计划，自2021年起，2023年新签约。")
    assert [year for _, year in deadline_years(text, protected_mask(text))] == [2024, 2023]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("能力5万吨/日", [(5, "万吨/日", False)]),
        ("浓度30微克/立方米", [(30, "微克/立方米", False)]),
        ("连接设备1.5万台（套）", [(15000, "台", False)]),
        ("压减至1个工作日以内", [(1, "个工作日", False)]),
        ("机架5000架", [(5000, "架", False)]),
        ("营业收入超千亿元", [(1000, "亿元", False)]),
        ("项目三百余个", [(300, "个", False)]),
        ("企业1000多家", [(1000, "家", False)]),
        ("工厂十余个", [(10, "个", False)]),
    ],
)
def test_compound_units_more_than_and_bare_magnitudes(text: str, expected: list) -> None:
    assert quantities(text) == expected


def test_more_than_is_flagged_and_a_bare_magnitude_needs_money() -> None:
    norm = halfwidth("引进人才两千余人，建设百万人口城市")
    found = find_quantities(norm, protected_mask(norm))
    assert [(q.value, q.unit, q.more_than) for q in found] == [(2000, "人", True)]

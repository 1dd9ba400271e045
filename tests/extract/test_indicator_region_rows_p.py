"""Per-region tables whose header rows also give each column's year and kind (province breakdowns)."""

from __future__ import annotations

from etl.extract.indicators import extract_indicators
from tests.extract.indicator_tables import make_doc, make_table


def _values(out):
    names = {i.id: i.name for i in out.indicators}
    return [(names[v.indicator_id], v.region, v.year, v.kind.value, v.value) for v in out.values]


def test_year_columns_under_one_indicator_are_values_of_that_indicator():
    table = make_table(
        [
            ["设区市", "数字化转型覆盖率（%）", "数字化转型覆盖率（%）", "工业互联网平台（个）"],
            ["", "2022年基数", "2025年目标", "2025年目标"],
            ["全省", "45", "80以上", "50"],
            ["南昌市", "58", "88", "12"],
        ],
        spans={(0, 0): (2, 1), (0, 1): (1, 2)},
        header_rows=2,
    )
    out = extract_indicators(make_doc("各设区市主要指标分解表", table), plan_start=2023)
    assert [(i.name, i.unit, i.parent_name) for i in out.indicators] == [
        ("数字化转型覆盖率", "%", None),
        ("工业互联网平台", "个", None),
    ]
    assert _values(out) == [
        ("数字化转型覆盖率", None, 2022, "baseline", 45),
        ("数字化转型覆盖率", None, 2025, "target", 80),
        ("工业互联网平台", None, 2025, "target", 50),
        ("数字化转型覆盖率", "南昌市", 2022, "baseline", 58),
        ("数字化转型覆盖率", "南昌市", 2025, "target", 88),
        ("工业互联网平台", "南昌市", 2025, "target", 12),
    ]


def test_bare_year_before_the_plan_is_a_baseline():
    table = make_table(
        [
            ["市州", "规模工业企业（家）", "规模工业企业（家）"],
            ["", "2022年", "2025年"],
            ["长沙市", "4800", "5600"],
        ],
        spans={(0, 0): (2, 1), (0, 1): (1, 2)},
        header_rows=2,
    )
    out = extract_indicators(make_doc("各市州规模工业企业分解表", table), plan_start=2023)
    assert _values(out) == [
        ("规模工业企业", "长沙市", 2022, "baseline", 4800),
        ("规模工业企业", "长沙市", 2025, "target", 5600),
    ]


def test_year_header_above_the_names_is_no_parent_indicator():
    table = make_table(
        [
            ["市州", "2024年目标", "2024年目标"],
            ["", "制造业增加值增速（%）", "规模工业企业（家）"],
            ["全省", "7.5左右", "23000"],
            ["湘西自治州", "6.5", "560"],
        ],
        spans={(0, 0): (2, 1), (0, 1): (1, 2)},
        header_rows=2,
    )
    out = extract_indicators(make_doc("附件", table), plan_start=2024)
    assert [(i.name, i.unit, i.parent_name) for i in out.indicators] == [
        ("制造业增加值增速", "%", None),
        ("规模工业企业", "家", None),
    ]
    assert _values(out) == [
        ("制造业增加值增速", None, 2024, "target", 7.5),
        ("规模工业企业", None, 2024, "target", 23000),
        ("制造业增加值增速", "湘西自治州", 2024, "target", 6.5),
        ("规模工业企业", "湘西自治州", 2024, "target", 560),
    ]


def test_sub_indicators_under_a_spanning_header_keep_their_parent():
    table = make_table(
        [
            ["乡镇", "规上工业总产值", "规上工业总产值"],
            ["", "总量（亿元）", "增速（%）"],
            ["桃城镇", "85", "13"],
        ],
        spans={(0, 0): (2, 1), (0, 1): (1, 2)},
        header_rows=2,
    )
    out = extract_indicators(make_doc("2024年各乡镇主要指标分解表", table), plan_start=2024)
    assert [(i.name, i.parent_name) for i in out.indicators] == [("总量", "规上工业总产值"), ("增速", "规上工业总产值")]
    assert [(v.region, v.year, v.value) for v in out.values] == [("桃城镇", 2024, 85), ("桃城镇", 2024, 13)]

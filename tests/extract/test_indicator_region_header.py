"""Region column headers composed of sub-area nouns (乡镇（开发区）, 镇（街道、园区）)."""

from __future__ import annotations

import pytest

from etl.extract.indicator_header import classify_header, is_region_header
from etl.extract.indicators import extract_indicators
from tests.extract.indicator_tables import make_doc, make_table


@pytest.mark.parametrize("text", ["乡镇（开发区）", "镇（街道、园区）", "各县（市、区）名称", "乡（镇）", "片区(园区)"])
def test_composite_region_headers(text):
    assert is_region_header(text)
    role = classify_header(text)
    assert role is not None
    assert role.role == "region"


@pytest.mark.parametrize("text", ["乡镇开发区工业投资", "规上工业总产值（亿元）", "园区（亿元）", "开发区招商"])
def test_other_headers_are_no_region(text):
    assert not is_region_header(text)


def test_per_region_table_under_composite_header():
    table = make_table(
        [
            ["乡镇（开发区）", "工业投资增速（%）", "新增规上企业（家）"],
            ["全县", "10", "40"],
            ["桃城镇", "12以上", "不分解"],
        ]
    )
    out = extract_indicators(make_doc("2024年各乡镇（开发区）主要指标分解表", table), plan_start=2024)
    assert [(i.name, i.unit) for i in out.indicators] == [("工业投资增速", "%"), ("新增规上企业", "家")]
    numbers = [(v.region, v.year, v.value, v.qualifier.value if v.qualifier else None) for v in out.values
               if v.value is not None]
    assert numbers == [(None, 2024, 10, None), (None, 2024, 40, None), ("桃城镇", 2024, 12, "min")]

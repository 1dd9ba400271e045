"""Name cells: numbering, unit parenthesis and marker symbols."""

from __future__ import annotations

import pytest

from etl.extract.indicator_names import parenthesised_components, split_name, strip_numbering


@pytest.mark.parametrize(
    ("cell", "name", "unit", "symbols"),
    [
        ("规模以上工业增加值增速（%）☆√", "规模以上工业增加值增速", "%", "☆√"),
        ("规模以上工业企业中有研发活动的企业占比（%） *", "规模以上工业企业中有研发活动的企业占比", "%", "*"),
        (
            "单位工业增加值主要污染排放量（水/大气）（吨/亿元）*",
            "单位工业增加值主要污染排放量（水/大气）",
            "吨/亿元",
            "*",
        ),
        (
            "省级以上专精特新小巨人（单项冠军）企业数（家）*",
            "省级以上专精特新小巨人（单项冠军）企业数",
            "家",
            "*",
        ),
        ("规上工业增加值增长率(%)", "规上工业增加值增长率", "%", ""),
        ("两化融合发展水平指数", "两化融合发展水平指数", None, ""),
        ("省级以上服务型\n制造示范企业", "省级以上服务型制造示范企业", None, ""),
        ("1．研发投入（单位：亿元）", "研发投入", "亿元", ""),
        ("5G全连接工厂", "5G全连接工厂", None, ""),
        ("★人均GDP（万元/人）△", "人均GDP", "万元/人", "★△"),
    ],
)
def test_split_name(cell: str, name: str, unit: str | None, symbols: str) -> None:
    parts = split_name(cell)
    assert (parts.name, parts.unit_raw, parts.symbols) == (name, unit, symbols)


def test_parenthesised_components_only_for_non_units() -> None:
    assert parenthesised_components("主要污染排放量（水/大气）") == ["水", "大气"]
    assert parenthesised_components("劳动生产率（万元/人）") == []
    assert parenthesised_components("小巨人（单项冠军）企业数") == []


@pytest.mark.parametrize(
    ("cell", "name", "unit", "attribute"),
    [
        ("3.单位地区生产总值能耗下降（约束性）", "单位地区生产总值能耗下降", None, "约束性"),
        ("森林覆盖率（%）（约束性）★", "森林覆盖率", "%", "约束性"),
        ("城镇调查失业率【预期性】（%）", "城镇调查失业率", "%", "预期性"),
        ("小巨人（单项冠军）企业数", "小巨人（单项冠军）企业数", None, None),
    ],
)
def test_split_name_takes_attribute_mark_off(cell: str, name: str, unit: str | None, attribute: str | None) -> None:
    parts = split_name(cell)
    assert (parts.name, parts.unit_raw, parts.attribute) == (name, unit, attribute)


def test_letter_spaced_labels_are_closed_up() -> None:
    assert strip_numbering("一、创 新 驱 动") == "创新驱动"
    assert split_name("研发 经费投入 强度（%）").name == "研发经费投入强度"
    assert split_name("R&D 经费投入强度").name == "R&D 经费投入强度"  # only gaps between Chinese characters

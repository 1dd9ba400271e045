"""Unit spelling and the unit parenthesis of indicator names."""

from __future__ import annotations

import pytest

from etl.normalise.units import COUNTING_UNITS, is_unit, normalise_unit, scale_by_magnitude, split_name_unit
from tests.conftest import load_gold


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("％", "%"),
        ("百分比", "%"),
        ("（%）", "%"),
        ("㎡", "平方米"),
        ("m²", "平方米"),
        ("万㎡", "万平方米"),
        ("个百分点", "个百分点"),
        ("万元/人", "万元/人"),
        ("万元／人", "万元/人"),
        (" 亿元 ", "亿元"),
        ("单位：亿元", "亿元"),
        ("吨标准煤/万元", "吨标准煤/万元"),
        ("EB", "EB"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_unit(raw, expected):
    assert normalise_unit(raw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("规模以上工业全员劳动生产率（万元/人）", ("规模以上工业全员劳动生产率", "万元/人")),
        (
            "单位工业增加值主要污染排放量（水/大气）（吨/亿元）",
            ("单位工业增加值主要污染排放量（水/大气）", "吨/亿元"),
        ),
        ("企业用云量(EB)", ("企业用云量", "EB")),
        ("公共WiFi AP数(千个)", ("公共WiFi AP数", "千个")),
        ("研发人员数（人）", ("研发人员数", "人")),
        ("比重（％）", ("比重", "％")),
    ],
)
def test_split_name_unit_takes_unit_off(name, expected):
    assert split_name_unit(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "单位工业增加值主要污染排放量（水/大气）",
        "省级以上专精特新小巨人（单项冠军）",
        "地区生产总值（GDP）",
        "示范(工厂)",
        "小巨人（单项冠军）企业数",
        "服务（平台）",
    ],
)
def test_split_name_unit_keeps_non_unit_parentheses(name):
    assert split_name_unit(name) == (name, None)


def test_is_unit_patterns():
    for unit in ("万平方米", "件/亿元", "套", "吨标准煤/万元", "P"):
        assert is_unit(unit)
    for text in ("水/大气", "二级", "人才", "GDP"):
        assert not is_unit(text)


def test_counting_units_cover_contract():
    assert set("人名家个件项座条所") <= COUNTING_UNITS
    assert not {"亩", "元", "平方米"} & COUNTING_UNITS


def test_scale_by_magnitude():
    assert scale_by_magnitude(1.6, "万", "人") == (16000.0, "人")
    assert scale_by_magnitude(2.5, "万", "亩") == (2.5, "万亩")
    assert scale_by_magnitude(1400, "亿", "元") == (1400, "亿元")
    assert scale_by_magnitude(3, "", "家") == (3, "家")


def test_gold_units_are_fixed_points():
    """Every normalised unit in the gold is already in contract spelling."""
    for stem in ("000_9655f32b988e5d04", "001_5c98e3f220e824c9", "004_c753c493ba97cf57"):
        for indicator in load_gold(stem)["indicators"]:
            if indicator["unit"]:
                assert normalise_unit(indicator["unit"]) == indicator["unit"]
                assert is_unit(indicator["unit"])


def test_counting_units_of_targets_are_multiplied_out():
    # one vocabulary of counting units serves units.py and the target extractor
    from etl.normalise.units import scale_by_magnitude

    assert scale_by_magnitude(1.2, "万", "家次") == (12000, "家次")
    assert scale_by_magnitude(2.5, "万", "亩") == (2.5, "万亩")

"""Qualifier vocabulary of value cells and target fragments."""

from __future__ import annotations

import pytest

from etl.normalise.qualifiers import detect_qualifier, parse_value_cell
from schemas.vocab import Qualifier
from tests.conftest import load_gold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("72左右", Qualifier.approx),
        ("约30个", Qualifier.approx),
        ("增长5%左右", Qualifier.approx),
        ("8%以上", Qualifier.min),
        ("不少于20家", Qualifier.min),
        ("不低于3%", Qualifier.min),
        ("超1400亿元", Qualifier.min),
        ("超过250家", Qualifier.min),
        ("突破100亿元", Qualifier.min),
        ("≥5", Qualifier.min),
        ("至少3家", Qualifier.min),
        ("9—10家", Qualifier.min),
        ("5%以下", Qualifier.max),
        ("不超过5%", Qualifier.max),
        ("低于5%", Qualifier.max),
        ("控制在3%以内", Qualifier.max),
        ("≤0.5", Qualifier.max),
        ("进入前50名", Qualifier.max),
        ("提高2个百分点", Qualifier.delta),
        ("比上年提高0.5个百分点", Qualifier.delta),
        ("每年下降4.1%", Qualifier.delta),
        ("上升5位", Qualifier.delta),
        ("不分解", Qualifier.not_decomposed),
        ("-", Qualifier.none),
        ("—", Qualifier.none),
        ("——", Qualifier.none),
        ("/", Qualifier.none),
        ("低于全省平均", Qualifier.text),
        ("超高清视频", Qualifier.text),
        ("8.1", None),
        ("达到1200亿元", None),
        ("2022—2024年", None),
        ("近三年新增100家", None),
    ],
)
def test_detect_qualifier(text, expected):
    assert detect_qualifier(text) == expected


def test_parse_value_cell():
    assert parse_value_cell("8左右") == (8.0, Qualifier.approx)
    assert parse_value_cell("提高2个百分点") == (2.0, Qualifier.delta)
    assert parse_value_cell("—") == (None, Qualifier.none)
    assert parse_value_cell("不分解") == (None, Qualifier.not_decomposed)
    assert parse_value_cell("低于全省平均") == (None, Qualifier.text)
    assert parse_value_cell("８．１") == (8.1, None)


def test_gold_single_value_cells():
    """Gold cells holding one number agree with parse_value_cell."""
    checked = 0
    for stem in ("000_9655f32b988e5d04", "001_5c98e3f220e824c9", "004_c753c493ba97cf57"):
        for value in load_gold(stem)["values"]:
            text = value["value_text"]
            if value["component"] is None and "/" not in text and "，" not in text:
                assert parse_value_cell(text) == (
                    value["value"],
                    value["qualifier"] and Qualifier(value["qualifier"]),
                )
                checked += 1
    assert checked > 100


def test_strict_comparison_signs_are_bounds():
    from etl.normalise.qualifiers import detect_qualifier
    from schemas.vocab import Qualifier

    assert detect_qualifier(">90%") is Qualifier.min
    assert detect_qualifier("＞5") is Qualifier.min
    assert detect_qualifier("<0.5") is Qualifier.max

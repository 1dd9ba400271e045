"""Number parsing: full-width forms, separators, percentages, Chinese numerals."""

from __future__ import annotations

import pytest

from etl.normalise.numbers import parse_chinese_numeral, parse_number, to_halfwidth


def test_to_halfwidth_maps_fullwidth_block_only():
    assert to_halfwidth("８．１％，（ＡＢ）") == "8.1%,(AB)"
    assert to_halfwidth("㎡、。《》") == "㎡、。《》"
    assert to_halfwidth("a\u3000b") == "a b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("８．１", 8.1),
        ("1,200", 1200.0),
        ("12,345,678元", 12345678.0),
        ("8.1%", 8.1),
        ("８.１％", 8.1),
        ("两千", 2000.0),
        ("一百五十", 150.0),
        ("三", 3.0),
        ("百分之十", 10.0),
        ("1.6万", 1.6),
        ("提高2个百分点", 2.0),
        ("9—10家", 9.0),
        ("1.38/14.1", 1.38),
        ("-3.5", -3.5),
        ("72左右", 72.0),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", None, "-", "—", "——", "/", "不分解", "低于全省平均", "万"])
def test_parse_number_without_number(text):
    assert parse_number(text) is None


def test_two_digit_groups_are_not_thousands():
    assert parse_number("12,15") == 12.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三", 3),
        ("十", 10),
        ("二十五", 25),
        ("两千", 2000),
        ("一百五十", 150),
        ("二〇二四", 2024),
        ("零", 0),
        ("12", 12),
        ("１２", 12),
    ],
)
def test_parse_chinese_numeral(text, expected):
    assert parse_chinese_numeral(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "三点五", "（一）", "十四五年"])
def test_parse_chinese_numeral_rejects(text):
    assert parse_chinese_numeral(text) is None

"""Normalisation and similarity rules (the scorer's): norm, numbers, name and metric matching."""

from __future__ import annotations

import math

import pytest

from etl.check.textnorm import code, metric_match, name_match, nnorm, norm, num_eq, symbol_set, to_int, to_num


def test_norm_nfkc_whitespace_quotes_dashes_brackets_and_trailing_punctuation():
    assert norm(" “规上”工业\u3000增加值—增速（%）。；") == "规上工业增加值-增速(%)"
    assert norm("ＡＢ１２") == "AB12"  # NFKC folds full-width letters and digits
    assert norm("加强龙头企业\n培育壮大；") == "加强龙头企业培育壮大"
    assert norm("2022–2024") == norm("2022—2024") == norm("2022－2024") == "2022-2024"
    assert norm("「专精特新」企业") == norm("专精特新企业")


def test_norm_keeps_inner_punctuation_and_renders_numbers():
    assert norm("工信局、税务局，统计局。") == "工信局、税务局,统计局"  # only trailing punctuation goes
    assert norm(2024.0) == "2024"
    assert norm(8.1) == "8.1"
    assert norm(None) == ""


def test_nnorm_and_code_keep_absent_apart():
    assert nnorm("  ") is None
    assert nnorm("。") is None
    assert nnorm("市工信局") == "市工信局"
    assert code(" Responsible ") == "responsible"
    assert code(None) is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024", 2024), ("２０２４", 2024), ("2024.0", 2024), (2024.0, 2024), (" 3 ", 3), (True, 1),
    ("2024年", "2024年"), ("", None), (None, None),
])
def test_to_int(raw, expected):
    assert to_int(raw) == expected


def test_to_int_keeps_a_non_integral_year_as_something_that_only_equals_itself():
    assert to_int(2024.5) != 2024
    assert to_int("2024.5") != 2024


@pytest.mark.parametrize(("raw", "expected"), [
    ("1,200", 1200.0), ("８.１", 8.1), (25300, 25300.0), (True, 1.0), (" 74 ", 74.0),
])
def test_to_num_reads_numbers(raw, expected):
    assert to_num(raw) == expected


@pytest.mark.parametrize("raw", ["inf", float("nan"), math.inf, "约8", "8.1%", "", None, "不分解"])
def test_to_num_rejects_non_finite_and_non_numbers(raw):
    assert to_num(raw) is None


def test_num_eq_relative_tolerance_and_none():
    assert num_eq(2500.0, 2500.0000001)
    assert not num_eq(2500.0, 2500.1)
    assert num_eq(None, None)
    assert not num_eq(None, 0.0)
    assert not num_eq(0.0, None)


def test_symbol_set_ignores_order_and_whitespace():
    assert symbol_set("☆ *") == symbol_set("*☆") == frozenset({"*", "☆"})
    assert symbol_set("＊") == frozenset({"*"})  # NFKC
    assert symbol_set(None) == frozenset()


def test_name_match_similarity_threshold():
    assert name_match("规模以上工业增加值增速", "规模以上工业增加值增速") == 1.0
    assert name_match("数字经济核心产业增加值占比", "数字经济核心产业增加值比重") >= 0.85
    assert name_match("工业投资增速", "工业投资增幅") == 0.0  # 0.83 < 0.85, no containment
    assert name_match("高新技术企业数", "高新技术产业产值") == 0.0
    assert name_match("", "研发投入") == 0.0


def test_name_match_containment_needs_four_characters():
    assert name_match("研发投入", "全社会研发投入占比") > 0  # similarity 0.62, but contained with 4 chars
    assert name_match("全社会研发投入占比", "研发投入") > 0  # symmetric
    assert name_match("企业数", "高新技术企业数") == 0.0  # contained, but only 3 chars; similarity 0.6


def test_metric_match_is_looser_than_name_match():
    assert metric_match("上市企业", "累计上市企业") > 0
    assert metric_match("企业", "规模以上工业企业") > 0  # 2-char containment (similarity only 0.4)
    assert metric_match("税", "全年税收收入总额") == 0.0  # 1-char containment does not count
    assert metric_match("工业投资", "服务业增加值") == 0.0
    assert metric_match("专精特新企业", "专精特新小巨人企业") > 0
    assert name_match("企业", "规模以上工业企业") == 0.0

"""Indicator tables and document metadata on documents never used for tuning (prefix `x`, round 2).

- x_suining_devzone_plan: a national 经济技术开发区's 三年行动计划 (四川) issued by its 管理委员会, the park's
  own bureaus as departments; an annual TAB-row 指标 table with 指标属性 (预期性/约束性), a 类别 column
  written once per group, units in brackets in the names, a 2022年基数 column and bare plan-year
  columns, 其中 sub-indicators (one marked, the next only unnumbered), cells ≥N / 5-8 / 不分解 / —
  / 提高2个百分点 / 翻一番, a 责任单位 column; ☆ / √ explained in a 注 AFTER the table; and a 重点项目 table
  (项目名称 / 建设内容及规模 / 总投资) that gives no indicator records.
- x_bishan_district_notice: a 区人民政府 notice (重庆) whose title has no issuer, with issuer, 成文日期 in
  Chinese numerals, 文号 and the 版记 (抄送 / 印发 with a later printing date) all at the END; the
  period 2024—2026年 in the title; a small 指标 table dumped one cell per line with a 单位 column, a
  2023年 column before the plan (a baseline) and 以上 / 左右 / 不少于 / ≥ cells.

Reading choices: a 其中 row's parent_indicator is the indicator it is part of (the row-table form of a
sub-column under a spanning header); a range cell 5-8 is its lower bound with qualifier min, as for
targets; 翻一番 is a text value (no number is written).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"

KNOWN: dict[str, dict[str, str]] = {}  # the differences first found here are fixed


@pytest.mark.parametrize("stem", ["x_suining_devzone_plan", "x_bishan_district_notice"])
def test_matches_golden(stem, tmp_path):
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

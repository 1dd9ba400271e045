"""Indicator tables on documents never used for tuning (prefix `m`, round 4).

- m_zhanggong_manufacturing_plan: a district 三年行动计划 (江西 赣州市章贡区, 2024—2026) with a 指标 table of two
  header rows (目标值 spanning 2024年 | 2025年 | 2026年, a 2023年基数 column, a 单位 column, 10以上 / ≥ /
  完成市下达任务 cells, a 责任单位 column), a YEAR-ROW table (indicators as columns, units in brackets, rows
  2023年 / 2024年 / 2025年), a 重点项目清单 (总投资（亿元）) and a 专项资金安排表 (资金名称 / 2024年安排（万元） /
  主管部门); the last two are no indicator tables and are reported as uninterpreted tables.
- m_ningguo_industry_assessment: a county-level city's 考核评价办法 whose annex is an evaluation indicator
  system 一级指标 | 二级指标 | 权重（分） | 评分标准.

Reading choices: in a year-row table a bare year before the plan's first year is a baseline, as for bare
year columns. The rows of an evaluation indicator system are indicators (the spec names 一级指标 as the
category, so 二级指标 is the indicator, parent_indicator stays NULL); their unit is NULL because 分 is the
unit of the weight, not of the indicator; weights and scoring rules are neither baselines nor targets, so
they give no values (they are reported as unplaced).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"

KNOWN: dict[str, dict[str, str]] = {}  # the differences first found here are fixed


@pytest.mark.parametrize("stem", ["m_zhanggong_manufacturing_plan", "m_ningguo_industry_assessment"])
def test_matches_golden(stem, tmp_path):
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

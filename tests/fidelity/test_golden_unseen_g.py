"""Golden files of g_ documents (round 3: autonomous regions, leagues and banners; wide indicator tables):

- g_liuzhou_industry_plan: a 广西 city's “十四五” 工业高质量发展规划 (第一章 / 第一节 numbering) whose classic
  indicator table is 类别 | 序号 | 指标 | 单位 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性, the 类别 written once per
  group, （%） units in some names with an empty 单位 cell, 〔 〕 cumulative cells in the year columns (values)
  and in the growth column (not values), 7左右 / 35以上 / ≥75 / 完成自治区下达任务, and notes under the table;
  自治区 bodies named in prose only, 市 bodies in notes, 柳州供电局 (China Southern Grid) → 市供电局.
- g_alxa_left_banner_plan: an Inner Mongolia 旗's 三年行动方案 (阿左旗政办发) whose departments are written with
  旗 (旗工信局 → 旗工业和信息化局) and the league's with 盟, collectives 各苏木镇人民政府, and a 13-column annex
  table with a 目标 and a 完成 column for each past year (2023年目标 | 2023年完成 | 2024年目标 | 2024年完成),
  bare-target plan years, a 年均增长 column and a 责任单位 column.

Reading choices: a 〔N〕 cell of a year column is that year's value (a five-year cumulative), a 〔N〕 cell of
the 年均增长〔累计〕 column is no value (as for every growth cell); “十四五”期间 names no year (like 三年内);
旗 / 盟 / 自治区 are the level words of a banner's, a league's and an autonomous region's departments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"

KNOWN: dict[str, dict[str, str]] = {}  # the differences first found here are fixed


@pytest.mark.parametrize("stem", ["g_liuzhou_industry_plan", "g_alxa_left_banner_plan"])
def test_matches_golden(stem: str, tmp_path: Path) -> None:
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

"""Golden files of p_ documents (province-level departments and per-region indicator tables):

- p_jiangxi_digital_manufacturing: a province's 三年行动计划 (江西, 赣府厅发) whose notes name 省直 bodies in
  every written form (省发展改革委, 省工信厅, 省委网信办, 国家税务总局江西省税务局, 人行南昌中心支行, 江西银保监局,
  省直有关部门, 各设区市人民政府) and a per-设区市 table whose second header row gives each column's year
  and kind (2022年基数 | 2025年目标 under one indicator), a 全省 row, —, 不分解 and a ★ legend.
- p_foshan_manufacturing_measures: a 广东 city's 若干政策措施 numbered 一、 / （一）… continuing across groups,
  incentives that are no targets, notes 牵头单位：…；配合单位：… (also with a comma), X牵头，Y按职责分工负责,
  a body with a second name, 佛山供电局, 人民银行佛山市中心支行 as written.
- p_hunan_manufacturing_workpoints: a province's one-year 工作要点 (湖南) with 省政府国资委, 国网湖南省电力有限公司,
  团省委, and a per-市州 table whose year header (2024年目标) spans the indicator names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"

KNOWN: dict[str, dict[str, str]] = {}


@pytest.mark.parametrize(
    "stem",
    ["p_jiangxi_digital_manufacturing", "p_foshan_manufacturing_measures", "p_hunan_manufacturing_workpoints"],
)
def test_matches_golden(stem: str, tmp_path: Path) -> None:
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

"""Golden files of c_ documents (round 4: targets and municipality-district departments).

- c_pudong_ic_measures: a 上海市浦东新区 若干措施 dense in incentives (给予最高…奖励, 按…的30%给予补贴,
  首次入选 / 首次突破 thresholds, 单个企业每年不超过 / 每个平台不超过 caps) with only a few genuine targets
  (a 发展目标 paragraph, 力争每年新增, 2025年底前建成, a fund 规模不少于, 压缩至…以内), and
  （责任单位：区科经委、区财政局） notes naming the district's own commissions.
- c_qingdao_digital_workpoints: a 市 工作要点 for one year whose items carry month and quarter deadlines
  (6月底前 / 三季度 / 10月底前 / 年底前, one 2026年6月底前) and （X牵头，Y配合） notes.

Reading choices: a rate or cap of a grant is no target; a month or quarter deadline without a year names
the plan's year; an undated budget commitment (市级财政安排…不少于5亿元) keeps a NULL year, as in the
other one-year plans here; the 负责解释 clause of 附则 assigns no responsibility.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"

KNOWN: dict[str, dict[str, str]] = {}  # the differences first found here are fixed


@pytest.mark.parametrize("stem", ["c_pudong_ic_measures", "c_qingdao_digital_workpoints"])
def test_matches_golden(stem: str, tmp_path: Path) -> None:
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

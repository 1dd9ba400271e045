"""Golden files of the targets round (prefix t_): a city 实施方案 on 科技金融 with a cover notice and
subsidy rules, and a county's yearly 工作要点 with past results, 今年 and year spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"

KNOWN: dict[str, dict[str, str]] = {}


@pytest.mark.parametrize("stem", ["t_wuhu_sci_finance", "t_changxing_work_points"])
def test_matches_golden(stem: str, tmp_path: Path) -> None:
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

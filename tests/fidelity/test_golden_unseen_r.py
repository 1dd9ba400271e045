"""Golden files of r_ documents (tasks and responsibilities): a 浙江 county plan, a 山东 district's
工作要点 with a task-division table, a 四川 county's 第X条 measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"

KNOWN: dict[str, dict[str, str]] = {}


@pytest.mark.parametrize(
    "stem", ["r_jiashan_county_plan", "r_lixia_district_workpoints", "r_renshou_county_measures"]
)
def test_matches_golden(stem: str, tmp_path: Path) -> None:
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

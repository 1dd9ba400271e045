"""Golden files of the s_ documents (tasks and targets, round 2):

- s_zhuzhou_industry_speech: a 湖南 city mayor's speech at a 全市工业经济高质量发展大会 (同志们：…,
  一、… headings, （一） items with inline 一是…；二是… and ①②③, 一要/二要 items; last year's results,
  去年 against 今年, 全年 and 明年 targets; a 市工信局要牵头… responsibility in prose).
- s_shunde_digital_scheme: a 广东 district's 实施方案 behind its cover notice: 第一部分 / 第二部分 parts
  (第三部分 on a line of its own), 任务一：… headings followed by a note line, （1）（2） under 1．, an
  incentive beside a count, 每年 / 三年内 spans, and a 重点任务分解表 whose rows restate the items.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"


KNOWN: dict[str, dict[str, str]] = {}  # the differences first found here are fixed


@pytest.mark.parametrize("stem", ["s_zhuzhou_industry_speech", "s_shunde_digital_scheme"])
def test_matches_golden(stem: str, tmp_path: Path) -> None:
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

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

_SPEECH_DUTY = "prose duty sentence 市工信局要牵头…，市发改委、市统计局等部门要密切配合 not read (responsibilities)"
_GUOZI = "区国资局 normalised to 区国资委, not the district's 区国有资产监督管理局 (department registry)"
_BENRENWU = "note 本任务由X牵头，Y配合 keeps 本任务由 in the department name (responsibility grammar)"

KNOWN: dict[str, dict[str, str]] = {
    "s_zhuzhou_industry_speech": {
        "document: ~ title: title 在全市工业经济高质量发展大会上的讲话 → 在全市工业经济高质量发展大会上的讲话株洲市人民政府市长":
            "the speaker line under a speech title is joined to the title (metadata)",
        "responsibilities: - task 3.1 「强化组织领导」 ← 市工业和信息化局 (raw 市工信局) lead": _SPEECH_DUTY,
        "responsibilities: - task 3.1 「强化组织领导」 ← 市发展和改革委员会 (raw 市发改委) assist": _SPEECH_DUTY,
        "responsibilities: - task 3.1 「强化组织领导」 ← 市统计局 (raw 市统计局) assist": _SPEECH_DUTY,
    },
    "s_shunde_digital_scheme": {
        "responsibilities: - task 2.1 「实施龙头企业引领工程」 ← 区国有资产监督管理局": _GUOZI,
        "responsibilities: - task 2.1.2 「推动产业链协同转型」 ← 区国有资产监督管理局": _GUOZI,
        "responsibilities: + task 2.1 「实施龙头企业引领工程」 ← 区国资委": _GUOZI,
        "responsibilities: + task 2.1.2 「推动产业链协同转型」 ← 区国资委": _GUOZI,
        "responsibilities: - task 2.3 「夯实数字基础设施」 ← 区政务服务数据管理局": _BENRENWU,
        "responsibilities: + task 2.3 「夯实数字基础设施」 ← 本任务由区政务服务数据管理局": _BENRENWU,
    },
}


@pytest.mark.parametrize("stem", ["s_zhuzhou_industry_speech", "s_shunde_digital_scheme"])
def test_matches_golden(stem: str, tmp_path: Path) -> None:
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

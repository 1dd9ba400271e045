"""Golden files of w_ documents (text reader and document metadata, round 3):

- w_liuzhou_digital_web: a 广西 city's 三年行动方案 saved from the government website: site header,
  breadcrumb, a metadata box with keys padded by ideographic spaces (标　　题 / 文　　号) holding the
  only 文号, 发文日期 in 2024年04月12日 form, 【字体：大 中 小】, the body hard-wrapped at 38 characters
  with U+3000 paragraph indents (breaks right after ； and （责任单位：), a pipe table with its 类别
  written once, then 【相关解读】, share / print buttons, 相关链接 and the site footer. The page has no
  .docx / .pdf rendering (an analyst receives it only as text).
- w_zunyi_workpoints: a 贵州 city's 工作要点 issued jointly by 中共遵义市委办公室 and 遵义市人民政府办公室
  (遵委办发〔2024〕3号), saved by a word processor as GB18030 text with CRLF line ends: a stacked
  发文机关标志, the notice title over three lines, both signers on one line, form feeds at page breaks,
  list numbers followed by a TAB (一、<TAB>主要目标), a TAB-row indicator table and a 版记.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fidelity.golden_support import assert_matches_golden

DIR = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"

KNOWN: dict[str, dict[str, str]] = {}


@pytest.mark.parametrize("stem", ["w_liuzhou_digital_web", "w_zunyi_workpoints"])
def test_matches_golden(stem: str, tmp_path: Path) -> None:
    assert_matches_golden(DIR / f"{stem}.txt", DIR / f"{stem}.json", tmp_path, KNOWN.get(stem, {}))

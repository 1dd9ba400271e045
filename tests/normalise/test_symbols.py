"""Marker symbols on indicator names."""

from __future__ import annotations

import pytest

from etl.normalise.symbols import MARKER_SYMBOLS, normalise_symbol, split_symbols


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("规模以上工业增加值增速（%）☆√", ("规模以上工业增加值增速（%）", "☆√")),
        (
            "规模以上工业企业中有研发活动的企业占比（%） *",
            ("规模以上工业企业中有研发活动的企业占比（%）", "*"),
        ),
        ("＊指标A*△", ("指标A", "*△")),
        ("☆数量★", ("数量", "☆★")),
        ("指标▲△", ("指标", "▲△")),
        ("指标✓✔", ("指标", "√")),
        ("无符号指标", ("无符号指标", "")),
        ("C#语言人才数", ("C#语言人才数", "")),
    ],
)
def test_split_symbols(name, expected):
    assert split_symbols(name) == expected


def test_lookalikes_unified_and_distinct_markers_kept():
    assert normalise_symbol("＊") == "*"
    assert normalise_symbol("✓") == normalise_symbol("✔") == "√"
    assert normalise_symbol("▲") != normalise_symbol("△")
    assert normalise_symbol("★") != normalise_symbol("☆")
    assert set("*△▲☆★√") <= set(MARKER_SYMBOLS)

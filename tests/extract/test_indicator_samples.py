"""Indicator extraction on the bundled samples, checked against the gold answers."""

from __future__ import annotations

from collections import Counter

import pytest

from etl.extract.indicators import extract_indicators
from etl.read import read_document
from tests.conftest import load_gold, sample_path

STEMS = ["000_9655f32b988e5d04", "001_5c98e3f220e824c9", "004_c753c493ba97cf57"]
FORMATS = ["txt", "docx", "pdf"]


def _scored_values(out) -> Counter:
    names = {i.id: i.name for i in out.indicators}
    return Counter(
        (names[v.indicator_id], v.region, v.component, v.year, v.kind.value, v.value)
        for v in out.values
        if v.qualifier is None or v.qualifier.value not in ("none", "not_decomposed")
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stem", STEMS)
def test_sample_matches_gold(stem: str, fmt: str) -> None:
    gold = load_gold(stem)
    out = extract_indicators(read_document(sample_path(fmt, stem)))
    got = Counter(
        (i.category, i.name, i.parent_name, i.unit, i.symbols, i.stat_source) for i in out.indicators
    )
    want = Counter(
        (g["category"], g["indicator"], g["parent_indicator"], g["unit"], g["symbols"], g["stat_source"])
        for g in gold["indicators"]
    )
    assert got == want
    gold_values = Counter(
        (v["indicator"], v["region"], v["component"], v["year"], v["kind"], v["value"])
        for v in gold["values"]
    )
    assert _scored_values(out) == gold_values
    assert {(s.symbol, s.meaning) for s in out.symbols} == {
        (s["symbol"], s["meaning"]) for s in gold["symbols"]
    }
    names = {i.id: i.name for i in out.indicators}
    got_resp = Counter((names[r.subject_id], r.department_raw, r.role.value) for r in out.responsibilities)
    want_resp = Counter(
        (r["subject_text"], r["department_raw"], r["role"])
        for r in gold["responsibilities"]
        if r["subject_type"] == "indicator"
    )
    assert got_resp == want_resp


def test_goal_table_and_speech_have_no_indicators() -> None:
    for stem in ("003_940edf13a6d46b16", "002_bee87eaabc4616cb"):
        out = extract_indicators(read_document(sample_path("docx", stem)))
        assert out.indicators == []
        assert out.values == []


def test_dash_rows_of_multi_year_table_are_reported() -> None:
    out = extract_indicators(read_document(sample_path("docx", "001_5c98e3f220e824c9")))
    texts = {u.text for u in out.unplaced if "without an indicator" in u.reason}
    assert "4、组织产业国际创新论坛" in texts
    assert all(u.provenance.table == 0 for u in out.unplaced)


def test_autonum_variant_gives_the_same_indicators() -> None:
    plain = extract_indicators(read_document(sample_path("docx", "000_9655f32b988e5d04")))
    autonum = extract_indicators(read_document(sample_path("docx", "000_9655f32b988e5d04", ".autonum")))
    assert [i.name for i in autonum.indicators] == [i.name for i in plain.indicators]
    assert len(autonum.values) == len(plain.values)

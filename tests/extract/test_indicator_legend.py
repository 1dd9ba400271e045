"""Marker legends: clauses, union over notes, clauses without a symbol."""

from __future__ import annotations

from etl.extract.indicator_legend import LegendResult, looks_like_legend, parse_legend
from schemas.document import Provenance


def test_legend_clauses_and_union_over_two_notes() -> None:
    result = LegendResult()
    first = "注：标*指标为省示范区建设指标，标指标为省考核指标，标☆指标为市考核指标。"
    second = "注：标*指标为省示范区建设指标，标★指标为省考核指标。"
    third = "标√的为《任务书》、《分解表》等文件中包含的目标。"
    for note in (first, second, third):
        assert looks_like_legend(note)
        parse_legend(note, Provenance(paragraph=1), result)
    assert [(s.symbol, s.meaning) for s in result.symbols] == [
        ("*", "省示范区建设指标"),
        ("☆", "市考核指标"),
        ("★", "省考核指标"),
        ("√", "《任务书》、《分解表》等文件中包含的目标"),
    ]
    # the symbol-less clause of the first note is explained by the second note
    assert result.unplaced
    assert result.settled_unplaced() == []


def test_symbol_less_clause_without_counterpart_stays_unplaced() -> None:
    result = LegendResult()
    parse_legend("注：标*指标为约束性指标，标指标为其他指标。", Provenance(), result)
    assert [u.text for u in result.settled_unplaced()] == ["标指标为其他指标"]


def test_bare_symbol_note() -> None:
    result = LegendResult()
    note = "注：★为约束性指标；☆为预期性指标。"
    assert looks_like_legend(note)
    parse_legend(note, Provenance(), result)
    assert [(s.symbol, s.meaning) for s in result.symbols] == [("★", "约束性指标"), ("☆", "预期性指标")]


def test_ordinary_notes_are_not_legends() -> None:
    assert not looks_like_legend("注：本表数据为预计数。")
    assert not looks_like_legend("到2025年，标志性产业链为全市支柱。")


def test_sentence_after_a_semicolon_is_its_own_clause() -> None:
    result = LegendResult()
    parse_legend("注：标★的为市对县考核指标；约束性指标须确保完成。", Provenance(), result)
    assert [(s.symbol, s.meaning) for s in result.symbols] == [("★", "市对县考核指标")]
    # a clause that explains no symbol is reported, not dropped
    assert [u.text for u in result.settled_unplaced()] == ["约束性指标须确保完成"]

"""Value cells: qualifiers and composite cells."""

from __future__ import annotations

import pytest

from etl.extract.indicator_cells import parse_value_cell
from schemas.vocab import Qualifier


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("8.1", 8.1, None),
        ("0.90", 0.9, None),
        ("72左右", 72.0, Qualifier.approx),
        ("10家以上", 10.0, Qualifier.min),
        ("超100", 100.0, Qualifier.min),
        ("不少于5", 5.0, Qualifier.min),
        ("控制在3以内", 3.0, Qualifier.max),
        ("提高2个百分点", 2.0, Qualifier.delta),
        ("低于全省平均", None, Qualifier.text),
        ("不分解", None, Qualifier.not_decomposed),
        ("-", None, Qualifier.none),
        ("——", None, Qualifier.none),
    ],
)
def test_single_values(text: str, value: float | None, qualifier: Qualifier | None) -> None:
    [cell] = parse_value_cell(text)
    assert (cell.component, cell.value, cell.qualifier) == (None, value, qualifier)


def test_slash_cell_under_parenthesised_components() -> None:
    cells = parse_value_cell("1.38/14.1", ["水", "大气"])
    assert [(c.component, c.value) for c in cells] == [("水", 1.38), ("大气", 14.1)]


def test_slash_cell_without_components_stays_one_value() -> None:
    assert len(parse_value_cell("1.38/14.1")) == 1


def test_per_industry_list() -> None:
    cells = parse_value_cell("黑色金属冶炼和压延加工业13%，电气机械和器材制造业15%")
    assert [(c.component, c.value, c.unit_raw) for c in cells] == [
        ("黑色金属冶炼和压延加工业", 13.0, "%"),
        ("电气机械和器材制造业", 15.0, "%"),
    ]


def test_single_labelled_value_is_a_component() -> None:
    [cell] = parse_value_cell("纺织业12%")
    assert (cell.component, cell.value) == ("纺织业", 12.0)


def test_qualifier_phrase_is_not_a_component() -> None:
    [cell] = parse_value_cell("提高6个百分点")
    assert cell.component is None
    assert cell.qualifier == Qualifier.delta


def test_empty_cell_gives_nothing() -> None:
    assert parse_value_cell("  ") == []

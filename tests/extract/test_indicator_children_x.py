"""Sub-indicators of row and transposed indicator tables: 其中 rows, —— rows, unnumbered rows after them."""

from __future__ import annotations

from etl.extract.indicator_names import split_child_mark, split_name
from etl.extract.indicators import extract_indicators
from tests.extract.indicator_tables import make_doc, make_table

HEADER = ["序号", "类别", "指标名称", "指标属性", "2022年基数", "2025年"]


def _parents(rows: list[list[str]], header: list[str] = HEADER) -> list[tuple[str, str | None, str | None]]:
    out = extract_indicators(make_doc("附件", make_table([header, *rows], header_rows=1)))
    return [(i.name, i.parent_name, i.category) for i in out.indicators]


def test_child_mark_is_split_from_the_name() -> None:
    assert split_child_mark("其中：锂电产业产值") == ("锂电产业产值", True)
    assert split_child_mark("其中:技改投资") == ("技改投资", True)
    assert split_child_mark("——高技术制造业增加值") == ("高技术制造业增加值", True)
    assert split_child_mark("其中") == ("其中", False)
    assert split_child_mark("规模以上工业总产值") == ("规模以上工业总产值", False)
    parts = split_name("其中：锂电产业产值（亿元）√")
    assert (parts.name, parts.unit_raw, parts.symbols, parts.child) == ("锂电产业产值", "亿元", "√", True)


def test_qizhong_row_and_the_unnumbered_row_after_it_are_children() -> None:
    rows = [
        ["1", "经济实力", "规模以上工业总产值（亿元）", "预期性", "980", "翻一番"],
        ["", "经济实力", "其中：锂电产业产值（亿元）", "预期性", "420", "800"],
        ["", "经济实力", "电子信息产业产值（亿元）", "预期性", "260", "360"],
        ["2", "经济实力", "工业投资增速（%）", "预期性", "10", "10"],
        ["", "创新驱动", "高新技术企业数（家）", "预期性", "68", "110"],
    ]
    assert _parents(rows) == [
        ("规模以上工业总产值", None, "经济实力"),
        ("锂电产业产值", "规模以上工业总产值", "经济实力"),
        ("电子信息产业产值", "规模以上工业总产值", "经济实力"),
        ("工业投资增速", None, "经济实力"),
        # unnumbered, but no 其中 row before it and a new category: a top-level indicator
        ("高新技术企业数", None, "创新驱动"),
    ]


def test_unnumbered_row_in_a_new_category_ends_the_children() -> None:
    rows = [
        ["1", "工业", "工业投资（亿元）", "预期性", "100", "150"],
        ["", "工业", "其中：技术改造投资（亿元）", "预期性", "40", "60"],
        ["", "服务业", "服务业增加值（亿元）", "预期性", "300", "380"],
    ]
    assert [p for _, p, _ in _parents(rows)] == [None, "工业投资", None]


def test_without_a_seq_column_only_marked_rows_are_children() -> None:
    header = ["指标", "2022年", "2025年"]
    rows = [
        ["工业投资（亿元）", "100", "150"],
        ["——技术改造投资（亿元）", "40", "60"],
        ["服务业增加值（亿元）", "300", "380"],
    ]
    assert [(n, p) for n, p, _ in _parents(rows, header)] == [
        ("工业投资", None),
        ("技术改造投资", "工业投资"),
        ("服务业增加值", None),
    ]


def test_qizhong_row_without_a_parent_has_none() -> None:
    rows = [["", "工业", "其中：技术改造投资（亿元）", "预期性", "40", "60"]]
    assert _parents(rows) == [("技术改造投资", None, "工业")]


def test_transposed_qizhong_column_belongs_to_the_column_before() -> None:
    table = make_table(
        [
            ["指标", "工业投资（亿元）", "其中：技改投资（亿元）", "新增规上企业（家）"],
            ["全区", "150", "60", "40"],
            ["甲街道", "50", "20", "12"],
        ],
        header_rows=1,
    )
    out = extract_indicators(make_doc("附件", table))
    assert [(i.name, i.parent_name) for i in out.indicators] == [
        ("工业投资", None),
        ("技改投资", "工业投资"),
        ("新增规上企业", None),
    ]


def test_unnumbered_rows_continue_children_only_under_a_numbered_parent() -> None:
    rows = [
        ["", "工业", "工业投资（亿元）", "预期性", "100", "150"],
        ["", "工业", "其中：技术改造投资（亿元）", "预期性", "40", "60"],
        ["", "工业", "工业用电量（亿千瓦时）", "预期性", "30", "38"],
    ]
    assert [p for _, p, _ in _parents(rows)] == [None, "工业投资", None]

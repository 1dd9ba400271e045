"""Transposed per-region tables: spanning headers, sub-indicators, short (printed-once) rows."""

from __future__ import annotations

from etl.extract.indicator_align import widen_by_lower_row
from etl.extract.indicators import extract_indicators
from schemas.vocab import Qualifier, ValueKind
from tests.extract.indicator_tables import make_doc, make_table

GRID = [
    ["类别", "产业规模", "产业规模", "制造水平", "制造水平", "制造水平", "制造水平"],
    [
        "重点工作内容",
        "企业数量（家）",
        "税务销售收入（亿元）*",
        "示范企业数量（家）*△",
        "示范企业数量（家）*△",
        "平台数（家）△",
        "增加值率（%）",
    ],
    [
        "重点工作内容",
        "企业数量（家）",
        "税务销售收入（亿元）*",
        "智能工厂√",
        "服务型制造示范企业",
        "平台数（家）△",
        "增加值率（%）",
    ],
    ["责任单位", "工信局", "税务局、统计局", "工信局", "工信局", "工信局", "工信局"],
    ["高新区", "218", "1400", "1", "-", "不分解", "提高2个百分点"],
    ["全市合计", "800", "5000", "3", "2", "不分解", "提高2个百分点"],
]
SPANS = {
    (0, 1): (1, 2),
    (0, 3): (1, 4),
    (1, 0): (2, 1),
    (1, 1): (2, 1),
    (1, 2): (2, 1),
    (1, 3): (1, 2),
    (1, 5): (2, 1),
    (1, 6): (2, 1),
    (4, 5): (2, 1),
}


def test_transposed_table_with_spans() -> None:
    table = make_table(GRID, spans=SPANS, header_rows=4)
    out = extract_indicators(make_doc("附件2", "2022年重点工作任务分解表", table))
    assert [(i.category, i.name, i.parent_name, i.unit, i.symbols) for i in out.indicators] == [
        ("产业规模", "企业数量", None, "家", ""),
        ("产业规模", "税务销售收入", None, "亿元", "*"),
        ("制造水平", "智能工厂", "示范企业数量", "家", "√"),
        ("制造水平", "服务型制造示范企业", "示范企业数量", "家", ""),
        ("制造水平", "平台数", None, "家", "△"),
        ("制造水平", "增加值率", None, "%", ""),
    ]
    park = [(v.indicator_id, v.value, v.qualifier) for v in out.values if v.region == "高新区"]
    assert park == [
        ("i1", 218.0, None),
        ("i2", 1400.0, None),
        ("i3", 1.0, None),
        ("i4", None, Qualifier.none),
        ("i5", None, Qualifier.not_decomposed),
        ("i6", 2.0, Qualifier.delta),
    ]
    assert {(v.year, v.kind) for v in out.values} == {(2022, ValueKind.target)}
    # the whole-jurisdiction row has no region
    assert sum(1 for v in out.values if v.region is None) == 6
    assert [(r.subject_id, r.department_raw) for r in out.responsibilities][:3] == [
        ("i1", "工信局"),
        ("i2", "税务局"),
        ("i2", "统计局"),
    ]
    assert out.indicators[2].provenance.row == 2
    assert out.indicators[2].provenance.col == 3


def _printed_once() -> list[list[str]]:
    """The same table as a flattened txt prints it: spanning cells once, rows padded at the end."""
    return [
        ["类别", "产业规模", "制造水平", "", "", "", ""],
        [
            "重点工作内容",
            "企业数量（家）",
            "税务销售收入（亿元）*",
            "示范企业数量（家）*△",
            "平台数（家）△",
            "增加值率（%）",
            "",
        ],
        ["", "", "", "智能工厂√", "服务型制造示范企业", "", ""],
        ["责任单位", "工信局", "税务局、统计局", "工信局", "工信局", "工信局", "工信局"],
        ["高新区", "218", "1400", "1", "-", "不分解", "提高2个百分点"],
    ]


def test_widen_short_name_row() -> None:
    rows = _printed_once()
    assert widen_by_lower_row(rows[1], rows[2]) == [
        "重点工作内容",
        "企业数量（家）",
        "税务销售收入（亿元）*",
        "示范企业数量（家）*△",
        "示范企业数量（家）*△",
        "平台数（家）△",
        "增加值率（%）",
    ]


ANNUAL = [
    ["序号", "类别", "指标", "2021年情况", "2022年目标"],
    ["1", "产业规模", "企业数量（家）", "2029", "2300"],
    ["2", "制造水平", "示范企业数量（包括智能工厂、服务型制造示范企业）（家）", "62", "79"],
    ["3", "制造水平", "增加值率（%）", "21", "23"],
]


def test_printed_once_categories_recovered_from_another_table() -> None:
    out = extract_indicators(make_doc(make_table(ANNUAL), "2022年分解表", make_table(_printed_once())))
    regional = [i for i in out.indicators if i.table_index == 1]
    assert [(i.category, i.name, i.parent_name) for i in regional] == [
        ("产业规模", "企业数量", None),
        # no match in the annual table and between anchors of different categories: reported
        (None, "税务销售收入", None),
        ("制造水平", "智能工厂", "示范企业数量"),
        ("制造水平", "服务型制造示范企业", "示范企业数量"),
        ("制造水平", "平台数", None),
        ("制造水平", "增加值率", None),
    ]
    [unplaced] = out.unplaced
    assert unplaced.text == "税务销售收入"
    assert "产业规模、制造水平" in unplaced.reason
    assert [v.value for v in out.values if v.region == "高新区"][:3] == [218.0, 1400.0, 1.0]


def test_continuation_block_of_region_rows() -> None:
    head = make_table(GRID[:5], spans={k: v for k, v in SPANS.items() if k != (4, 5)})
    tail = make_table([["澄江街道", "60", "185", "1", "-", "不分解", "提高2个百分点"]])
    out = extract_indicators(make_doc("2022年分解表", head, tail))
    assert len(out.indicators) == 6
    assert [v.value for v in out.values if v.region == "澄江街道"] == [60.0, 185.0, 1.0, None, None, 2.0]

"""Row-oriented indicator tables: annual, multi-year and 一级指标 layouts, split tables."""

from __future__ import annotations

from etl.extract.indicators import extract_indicators
from schemas.vocab import Qualifier, Role, ValueKind
from tests.extract.indicator_tables import make_doc, make_table

ANNUAL = [
    ["序号", "类别", "重点工作内容", "2021年情况", "2022年目标", "责任单位"],
    ["1", "产业规模", "规上企业数量（家）", "2029", "2300", "工信局"],
    ["2", "产业规模", "工业增加值增速（%）☆", "—", "8左右", "工信局、税务局、\n统计局"],
    ["3", "安全环保", "主要污染排放量（水/大气）（吨/亿元）*", "1.38/14.1", "1.3/13.28", "生态环境局"],
]


def test_annual_table_with_merged_category() -> None:
    table = make_table(ANNUAL, spans={(1, 1): (2, 1)}, header_rows=1)
    out = extract_indicators(make_doc("附件1", table))
    names = [(i.category, i.name, i.unit, i.symbols) for i in out.indicators]
    assert names == [
        ("产业规模", "规上企业数量", "家", ""),
        ("产业规模", "工业增加值增速", "%", "☆"),
        ("安全环保", "主要污染排放量（水/大气）", "吨/亿元", "*"),
    ]
    first = [(v.year, v.kind, v.value) for v in out.values if v.indicator_id == "i1"]
    assert first == [(2021, ValueKind.baseline, 2029.0), (2022, ValueKind.target, 2300.0)]
    growth = [(v.value, v.qualifier) for v in out.values if v.indicator_id == "i2"]
    assert growth == [(None, Qualifier.none), (8.0, Qualifier.approx)]
    components = [(v.year, v.component, v.value, v.value_text) for v in out.values if v.indicator_id == "i3"]
    assert components == [
        (2021, "水", 1.38, "1.38/14.1"),
        (2021, "大气", 14.1, "1.38/14.1"),
        (2022, "水", 1.3, "1.3/13.28"),
        (2022, "大气", 13.28, "1.3/13.28"),
    ]
    depts = [(r.subject_id, r.department_raw, r.role) for r in out.responsibilities]
    assert depts[1:4] == [
        ("i2", "工信局", Role.responsible),
        ("i2", "税务局", Role.responsible),
        ("i2", "统计局", Role.responsible),
    ]
    assert out.indicators[1].provenance.row == 2
    assert out.indicators[1].provenance.col == 2
    assert out.values[-1].provenance.col == 4
    assert out.unplaced == []


def test_annual_table_without_declared_header_and_text_only_merges() -> None:
    rows = [list(r) for r in ANNUAL]
    out = extract_indicators(make_doc(make_table(rows)))
    assert len(out.indicators) == 3
    assert len(out.values) == 8


MULTI_YEAR = [
    ["工程", "任务", "工作", "指标", "统计\n来源", "2018年", "2019年", "2020年", "责任部门"],
    [
        "一、\n产业\n创新\n工程",
        "任务一:\n技术突破",
        "1、加强合作",
        "研发经费支出占GDP比重(%)",
        "火炬",
        "5.1",
        "5.3",
        "5.5",
        "科学技术局",
    ],
    [
        "一、\n产业\n创新\n工程",
        "任务一:\n技术突破",
        "1、加强合作",
        "技术合同交易额(亿元)",
        "园区",
        "——",
        "0.78",
        "0.90",
        "科学技术局",
    ],
    ["一、\n产业\n创新\n工程", "任务一:\n技术突破", "2、组织论坛", "——", "——", "——", "——", "——", "招商局"],
    [
        "二、\n主体\n培育\n工程",
        "任务二:\n企业培育",
        "3、培育计划",
        "高新技术企业数(家)",
        "火炬",
        "105",
        "110",
        "120",
        "科学技术局",
    ],
]


def test_multi_year_table_with_context_columns_and_dash_rows() -> None:
    table = make_table(MULTI_YEAR, spans={(1, 0): (3, 1), (1, 1): (3, 1), (1, 2): (2, 1), (3, 3): (1, 5)})
    out = extract_indicators(make_doc(table))
    assert [(i.category, i.name, i.unit, i.stat_source) for i in out.indicators] == [
        ("产业创新工程", "研发经费支出占GDP比重", "%", "火炬"),
        ("产业创新工程", "技术合同交易额", "亿元", "园区"),
        ("主体培育工程", "高新技术企业数", "家", "火炬"),
    ]
    years = [(v.year, v.kind, v.value, v.qualifier) for v in out.values if v.indicator_id == "i2"]
    assert years == [
        (2018, ValueKind.target, None, Qualifier.none),
        (2019, ValueKind.target, 0.78, None),
        (2020, ValueKind.target, 0.9, None),
    ]
    unplaced = {(u.reason.split(" (")[0], u.text) for u in out.unplaced}
    # the row without an indicator reports its own cells; merged 工程/任务 cells are not repeated
    assert ("indicator table row without an indicator", "2、组织论坛") in unplaced
    assert ("indicator table row without an indicator", "招商局") in unplaced
    assert sum(1 for u in out.unplaced if u.text == "任务一:技术突破") == 1
    assert not any(r.department_raw == "招商局" for r in out.responsibilities)


LEVEL_ONE = [
    ["一级指标", "序号", "指标", "2025年目标"],
    ["质量效益", "1", "规上工业增加值增长率(%)", "10"],
    ["", "2", "两化融合发展水平指数", "72左右"],
    ["绿色发展", "3", "单位地区生产总值能源消耗绝对值", "低于全省平均"],
    ["", "4", "新增绿色工厂(家)", "不少于40"],
]


def test_level_one_table_fills_printed_once_categories() -> None:
    out = extract_indicators(make_doc("制造强市建设指标体系", make_table(LEVEL_ONE)))
    assert [i.category for i in out.indicators] == ["质量效益", "质量效益", "绿色发展", "绿色发展"]
    assert [(v.year, v.value, v.qualifier) for v in out.values] == [
        (2025, 10.0, None),
        (2025, 72.0, Qualifier.approx),
        (2025, None, Qualifier.text),
        (2025, 40.0, Qualifier.min),
    ]
    assert out.indicators[1].unit is None


def test_table_split_across_pages_repeats_header_and_continues_in_next_block() -> None:
    header = ["序号", "指标", "目标值"]
    first = make_table([header, ["1", "研发投入（亿元）", "10"], header, ["2", "专利数（件）", "20"]])
    second = make_table([["3", "人才数（人）", "30"]])
    out = extract_indicators(make_doc("2023年主要指标", first, second))
    assert [i.name for i in out.indicators] == ["研发投入", "专利数", "人才数"]
    assert [(v.year, v.value) for v in out.values] == [(2023, 10.0), (2023, 20.0), (2023, 30.0)]
    assert out.indicators[2].table_index == 1


def test_heading_row_and_note_row_inside_table() -> None:
    rows = [
        ["指标", "单位", "2020年基期", "2025年目标", "属性"],
        ["一、创新驱动", "一、创新驱动", "一、创新驱动", "一、创新驱动", "一、创新驱动"],
        ["研发投入强度★", "%", "2.5", "3", "预期性"],
        [
            "注：★为约束性指标。",
            "注：★为约束性指标。",
            "注：★为约束性指标。",
            "注：★为约束性指标。",
            "注：★为约束性指标。",
        ],
    ]
    out = extract_indicators(make_doc(make_table(rows, spans={(1, 0): (1, 5), (3, 0): (1, 5)})))
    [indicator] = out.indicators
    assert (indicator.category, indicator.name, indicator.unit, indicator.symbols) == (
        "创新驱动",
        "研发投入强度",
        "%",
        "★",
    )
    assert [(v.year, v.kind) for v in out.values] == [(2020, ValueKind.baseline), (2025, ValueKind.target)]
    assert [(s.symbol, s.meaning) for s in out.symbols] == [("★", "约束性指标")]
    assert [u.text for u in out.unplaced] == ["预期性"]


def test_lead_department_column() -> None:
    rows = [["指标", "2024年目标", "牵头单位"], ["研发投入（亿元）", "10", "科技局、工信局"]]
    out = extract_indicators(make_doc(make_table(rows)))
    assert [(r.department_raw, r.role) for r in out.responsibilities] == [
        ("科技局", Role.lead),
        ("工信局", Role.lead),
    ]


def test_non_indicator_table_is_ignored() -> None:
    rows = [["姓名", "职务"], ["张三", "主任"]]
    out = extract_indicators(make_doc(make_table(rows)))
    assert out.indicators == []
    assert out.unplaced == []


def test_project_header_needs_a_project_name_and_a_project_attribute() -> None:
    from etl.extract.indicator_header import is_project_header

    assert is_project_header([["序号", "项目名称", "建设内容", "总投资（亿元）", "责任单位"]])
    assert is_project_header([["项目", "建设地点", "2024年计划投资（亿元）"]])
    assert not is_project_header([["项目", "2023年", "2024年目标"]])  # 项目 = indicator item
    assert not is_project_header([["县（市、区）", "新开工项目(个)", "项目总投资(亿元)"]])

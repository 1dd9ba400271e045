"""Indicator tables of documents never used for tuning (tests/data/unseen/indicators/).

The expected records were written by hand from reading each fixture, not from program output.
"""

from __future__ import annotations

from pathlib import Path

from etl.extract.indicators import extract_indicators
from etl.read import read_document
from schemas.vocab import Qualifier, Role, ValueKind
from tests.extract.indicator_tables import make_doc, make_table

UNSEEN = Path(__file__).resolve().parent.parent / "data" / "unseen" / "indicators"
B, T = ValueKind.baseline, ValueKind.target
MIN, MAX, APPROX, TEXT, NONE = Qualifier.min, Qualifier.max, Qualifier.approx, Qualifier.text, Qualifier.none


def _read(name: str):
    return extract_indicators(read_document(UNSEEN / name))


def _indicators(out) -> list[tuple]:
    return [(i.category, i.name, i.parent_name, i.unit, i.symbols) for i in out.indicators]


def _values(out) -> list[tuple]:
    names = {i.id: i.name for i in out.indicators}
    return [(names[v.indicator_id], v.region, v.year, v.kind, v.value, v.qualifier) for v in out.values]


def test_county_plan_with_unit_and_attribute_columns() -> None:
    out = _read("a_county_plan_unit_column.txt")
    assert _indicators(out) == [
        ("产业规模", "规模以上工业增加值", None, "亿元", "*"),
        ("产业规模", "规上工业企业数字化改造覆盖率", None, "%", ""),
        ("产业规模", "工业互联网平台应用普及率", None, "%", ""),
        ("产业规模", "数字化转型服务商", None, "家", ""),
        ("产业规模", "省级智能工厂", None, "家", ""),  # 单位 '/' → the unit written in the cells
        ("绿色安全", "单位工业增加值能耗", None, "吨标准煤/万元", "*"),
        ("绿色安全", "工业固体废物综合利用率", None, "%", "*"),
        ("绿色安全", "产品质量监督抽查不合格率", None, "‰", ""),
    ]
    assert _values(out) == [
        ("规模以上工业增加值", None, 2020, B, 312, None),
        ("规模以上工业增加值", None, 2025, T, 460, None),
        ("规上工业企业数字化改造覆盖率", None, 2020, B, 45, None),
        ("规上工业企业数字化改造覆盖率", None, 2025, T, 90, MIN),
        ("工业互联网平台应用普及率", None, 2020, B, 60, None),
        ("工业互联网平台应用普及率", None, 2025, T, 100, None),
        ("数字化转型服务商", None, 2020, B, 12, None),
        ("数字化转型服务商", None, 2025, T, 20, MIN),
        ("省级智能工厂", None, 2020, B, 3, None),
        ("省级智能工厂", None, 2025, T, 10, None),
        ("单位工业增加值能耗", None, 2020, B, 0.52, None),
        ("单位工业增加值能耗", None, 2025, T, None, TEXT),
        ("工业固体废物综合利用率", None, 2020, B, 92, None),
        ("工业固体废物综合利用率", None, 2025, T, 95, MIN),
        ("产品质量监督抽查不合格率", None, 2020, B, 8, None),
        ("产品质量监督抽查不合格率", None, 2025, T, 5, None),
    ]
    assert [(s.symbol, s.meaning) for s in out.symbols] == [("*", "约束性指标")]
    # 年均增长 (another unit) and 指标属性 (no contract field) are reported, not stored as values
    reported = [(u.reason, u.text) for u in out.unplaced]
    assert ("indicator table column not modelled (growth)", "8%") in reported
    assert sum(1 for reason, _ in reported if "(attribute)" in reason) == 8
    assert not any(text == "—" for _, text in reported)


def test_prose_indicator_list_is_left_to_the_targets_extractor() -> None:
    # '主要指标：1.规上工业增加值年均增长8%；…' is a paragraph: a target list, not an indicator table
    out = _read("a_county_plan_unit_column.txt")
    assert all(i.table_index == 0 for i in out.indicators)
    assert "规上工业增加值" not in {i.name for i in out.indicators}


def test_city_yearly_targets_with_base_year_before_the_plan() -> None:
    out = _read("b_city_yearly_targets.txt")
    assert _indicators(out) == [
        ("数字产业化", "数字经济核心产业增加值", None, "亿元", "★"),
        ("数字产业化", "软件业务收入", None, "亿元", ""),
        ("数字产业化", "规模以上电子信息制造业企业", None, "家", "▲"),
        ("产业数字化", "两化融合发展水平", None, None, "★"),
        ("产业数字化", "上云企业数", None, "家", ""),
    ]
    values = _values(out)
    # plan 2023—2025: the bare 2022年 column is the base year, 2023–2025 are targets
    assert values[:4] == [
        ("数字经济核心产业增加值", None, 2022, B, 820, None),
        ("数字经济核心产业增加值", None, 2023, T, 900, None),
        ("数字经济核心产业增加值", None, 2024, T, 1000, None),
        ("数字经济核心产业增加值", None, 2025, T, 1100, None),
    ]
    assert ("软件业务收入", None, 2024, T, None, TEXT) in values  # 翻一番 is no number
    assert ("规模以上电子信息制造业企业", None, 2024, T, 10, MIN) in values  # 10-12
    assert ("两化融合发展水平", None, 2025, T, None, TEXT) in values
    assert ("上云企业数", None, 2022, B, None, NONE) in values
    assert ("上云企业数", None, 2025, T, 2500, MIN) in values
    assert len(values) == 20
    assert [(s.symbol, s.meaning) for s in out.symbols] == [("★", "省考核指标"), ("▲", "市级重点监测指标")]


def test_district_target_header_spanning_year_columns() -> None:
    out = _read("c_district_two_header_rows.txt")
    assert _indicators(out) == [
        (None, "规上工业总产值", None, "亿元", "△"),
        (None, "工业投资增速", None, "%", ""),
        (None, "高新技术企业数量", None, "家", ""),
    ]
    assert _values(out) == [
        ("规上工业总产值", None, 2022, B, 1350, None),
        ("规上工业总产值", None, 2023, T, 1450, None),
        ("规上工业总产值", None, 2024, T, 1560, None),
        ("规上工业总产值", None, 2025, T, 1680, APPROX),
        ("工业投资增速", None, 2022, B, 6.5, None),
        ("工业投资增速", None, 2023, T, 10, None),
        ("工业投资增速", None, 2024, T, 10, None),
        ("工业投资增速", None, 2025, T, 10, MIN),
        ("高新技术企业数量", None, 2022, B, 210, None),
        ("高新技术企业数量", None, 2023, T, 250, None),
        ("高新技术企业数量", None, 2024, T, 280, MIN),
        ("高新技术企业数量", None, 2025, T, 300, None),
    ]
    assert [(s.symbol, s.meaning) for s in out.symbols] == [("△", "区政府考核指标")]


def test_region_rows_with_total_row_and_department_column() -> None:
    out = _read("d_city_region_rows.txt")
    assert _indicators(out) == [
        (None, "规上工业增加值增速", None, "%", ""),
        (None, "工业投资", None, "亿元", ""),
        (None, "新增规上工业企业", None, "家", ""),
    ]
    values = _values(out)
    assert values[:3] == [  # 全市 is the whole jurisdiction
        ("规上工业增加值增速", None, 2024, T, 8, None),
        ("工业投资", None, 2024, T, 600, None),
        ("新增规上工业企业", None, 2024, T, 300, None),
    ]
    assert ("工业投资", "东城区", 2024, T, 150, None) in values
    assert ("规上工业增加值增速", "西城区", 2024, T, 7.5, None) in values
    assert ("工业投资", "南山县", 2024, T, 90, MIN) in values
    assert ("新增规上工业企业", "南山县", 2024, T, None, Qualifier.not_decomposed) in values
    assert len(values) == 12
    names = {i.id: i.name for i in out.indicators}
    pairs = {(names[r.subject_id], r.department_raw, r.role) for r in out.responsibilities}
    assert ("工业投资", "市工业和信息化局", Role.responsible) in pairs
    assert ("新增规上工业企业", "南山县人民政府", Role.responsible) in pairs
    assert len(out.responsibilities) == 12  # 4 rows × 3 indicators, each once


def test_docx_table_with_merged_target_header_and_heading_rows() -> None:
    rows = [
        ["序号", "指标", "单位", "2022年现状", "目标值", "目标值"],
        ["序号", "指标", "单位", "2022年现状", "2023年", "2025年"],
        ["一、创新能力", "一、创新能力", "一、创新能力", "一、创新能力", "一、创新能力", "一、创新能力"],
        ["1", "1.规模以上工业企业研发经费支出占营业收入比重", "%", "1.6", "1.8", "2以上"],
        ["2", "2.有研发机构的规上工业企业占比▲", "%", "40", "45", "50"],
        ["二、质量效益", "二、质量效益", "二、质量效益", "二、质量效益", "二、质量效益", "二、质量效益"],
        ["3", "3.亩均税收", "万元/亩", "28", "30", "≥35"],
    ]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1), (0, 4): (1, 2)}
    spans |= {(2, 0): (1, 6), (5, 0): (1, 6)}
    doc = make_doc(
        "某区制造业高质量发展行动方案（2023—2025年）",
        "附表  主要指标",
        make_table(rows, spans, header_rows=2),
        "标▲的为区级监测指标。",
    )
    out = extract_indicators(doc)
    assert _indicators(out) == [
        ("创新能力", "规模以上工业企业研发经费支出占营业收入比重", None, "%", ""),
        ("创新能力", "有研发机构的规上工业企业占比", None, "%", "▲"),
        ("质量效益", "亩均税收", None, "万元/亩", ""),
    ]
    assert _values(out) == [
        ("规模以上工业企业研发经费支出占营业收入比重", None, 2022, B, 1.6, None),
        ("规模以上工业企业研发经费支出占营业收入比重", None, 2023, T, 1.8, None),
        ("规模以上工业企业研发经费支出占营业收入比重", None, 2025, T, 2, MIN),
        ("有研发机构的规上工业企业占比", None, 2022, B, 40, None),
        ("有研发机构的规上工业企业占比", None, 2023, T, 45, None),
        ("有研发机构的规上工业企业占比", None, 2025, T, 50, None),
        ("亩均税收", None, 2022, B, 28, None),
        ("亩均税收", None, 2023, T, 30, None),
        ("亩均税收", None, 2025, T, 35, MIN),
    ]
    assert [(s.symbol, s.meaning) for s in out.symbols] == [("▲", "区级监测指标")]


def test_fourteenth_five_year_table_with_bare_years_and_bracketed_cumulative() -> None:
    # "十四五" tables: bare 2020年 (before the plan) is the base year, 2025年 the target
    rows = [
        ["类别", "指标", "2020年", "2025年", "年均增长〔累计〕", "属性"],
        ["经济发展", "地区生产总值（亿元）", "520", "760", "8%", "预期性"],
        ["绿色生态", "单位GDP能耗降低（%）★", "—", "〔14〕", "—", "约束性"],
        ["绿色生态", "空气质量优良天数比率（%）", "86.3", "＞88", "—", "约束性"],
    ]
    doc = make_doc("表2  “十四五”时期经济社会发展主要指标", make_table(rows), "★为约束性指标")
    out = extract_indicators(doc)
    assert _indicators(out) == [
        ("经济发展", "地区生产总值", None, "亿元", ""),
        ("绿色生态", "单位GDP能耗降低", None, "%", "★"),
        ("绿色生态", "空气质量优良天数比率", None, "%", ""),
    ]
    assert _values(out) == [
        ("地区生产总值", None, 2020, B, 520, None),
        ("地区生产总值", None, 2025, T, 760, None),
        ("单位GDP能耗降低", None, 2020, B, None, NONE),
        ("单位GDP能耗降低", None, 2025, T, 14, None),
        ("空气质量优良天数比率", None, 2020, B, 86.3, None),
        ("空气质量优良天数比率", None, 2025, T, 88, MIN),
    ]
    assert [(s.symbol, s.meaning) for s in out.symbols] == [("★", "约束性指标")]
    assert [u.text for u in out.unplaced if "(growth)" in u.reason] == ["8%"]


def test_region_rows_under_spanning_headers_with_unit_row() -> None:
    rows = [
        ["序号", "镇（街道）", "工业经济", "工业经济", "科技创新", "备注"],
        ["序号", "镇（街道）", "规上工业产值", "工业投资", "新增高新技术企业", "备注"],
        ["", "单位", "亿元", "亿元", "家", ""],
        ["", "合计", "900", "210", "45", ""],
        ["1", "1.城东街道", "500", "120", "30", ""],
        ["2", "2.临港镇", "400", "90", "15", "含临港园区"],
    ]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (0, 5): (2, 1)}
    doc = make_doc("2025年各镇（街道）工业经济目标任务分解表", make_table(rows, spans))
    out = extract_indicators(doc)
    assert _indicators(out) == [
        (None, "规上工业产值", "工业经济", "亿元", ""),
        (None, "工业投资", "工业经济", "亿元", ""),
        (None, "新增高新技术企业", "科技创新", "家", ""),
    ]
    values = _values(out)
    assert values[:3] == [
        ("规上工业产值", None, 2025, T, 900, None),
        ("工业投资", None, 2025, T, 210, None),
        ("新增高新技术企业", None, 2025, T, 45, None),
    ]
    assert ("工业投资", "城东街道", 2025, T, 120, None) in values
    assert ("新增高新技术企业", "临港镇", 2025, T, 15, None) in values
    assert len(values) == 9
    assert [u.text for u in out.unplaced] == ["含临港园区"]


def test_project_table_by_region_is_not_an_indicator_table() -> None:
    rows = [
        ["地区", "重点项目", "建设内容", "建设期限"],
        ["东城区", "智能装备产业园", "建设标准厂房10万平方米", "2023—2025年"],
        ["西城区", "数据中心二期", "新增机架2000个", "2024年"],
    ]
    out = extract_indicators(make_doc("附件：重点项目清单", make_table(rows)))
    assert out.indicators == []


def test_year_in_parentheses_and_five_year_plan_headers() -> None:
    rows = [
        ["指标名称", "单位", "现状值（2022年）", "2024年（预计）", "“十四五”目标"],
        ["（1）工业技改投资增速", "%", "12", "15", "＜20"],
    ]
    out = extract_indicators(make_doc(make_table(rows)))
    assert _indicators(out) == [(None, "工业技改投资增速", None, "%", "")]
    assert _values(out) == [
        ("工业技改投资增速", None, 2022, B, 12, None),
        ("工业技改投资增速", None, 2024, T, 15, None),
        ("工业技改投资增速", None, 2025, T, 20, MAX),
    ]

"""A wide indicator table with a 目标 and a 完成 column for each past year, then bare-target plan years."""

from __future__ import annotations

from etl.extract.indicators import extract_indicators
from schemas.vocab import Qualifier, Role, ValueKind
from tests.extract.indicator_tables import make_doc, make_table

B, T = ValueKind.baseline, ValueKind.target
HEADER = ["序号", "指标名称", "单位", "2023年目标", "2023年完成", "2024年目标", "2024年完成", "2025年目标",
          "2026年目标", "2027年目标", "年均增长（%）", "指标属性", "责任单位"]


def _values(out) -> list[tuple]:
    names = {i.id: i.name for i in out.indicators}
    return [(names[v.indicator_id], v.year, v.kind, v.value, v.qualifier) for v in out.values]


def test_target_and_completed_columns_of_one_year_give_two_kinds() -> None:
    rows = [
        HEADER,
        ["1", "规模以上工业总产值", "亿元", "280", "301", "320", "336", "365", "400", "440", "9.4", "预期性", "旗工信局"],
        ["2", "数字化改造覆盖率★", "%", "—", "—", "40", "42", "55", "65", "≥75", "—", "预期性", "旗工信局、旗统计局"],
    ]
    doc = make_doc("主要指标近两年完成情况及2025—2027年目标", make_table(rows), "注：标★的指标为盟考核指标。")
    out = extract_indicators(doc, plan_start=2025)
    assert [(i.name, i.unit, i.symbols) for i in out.indicators] == [
        ("规模以上工业总产值", "亿元", ""),
        ("数字化改造覆盖率", "%", "★"),
    ]
    values = [v for v in _values(out) if v[4] is not Qualifier.none]
    assert values == [
        ("规模以上工业总产值", 2023, T, 280, None), ("规模以上工业总产值", 2023, B, 301, None),
        ("规模以上工业总产值", 2024, T, 320, None), ("规模以上工业总产值", 2024, B, 336, None),
        ("规模以上工业总产值", 2025, T, 365, None), ("规模以上工业总产值", 2026, T, 400, None),
        ("规模以上工业总产值", 2027, T, 440, None),
        ("数字化改造覆盖率", 2024, T, 40, None), ("数字化改造覆盖率", 2024, B, 42, None),
        ("数字化改造覆盖率", 2025, T, 55, None), ("数字化改造覆盖率", 2026, T, 65, None),
        ("数字化改造覆盖率", 2027, T, 75, Qualifier.min),
    ]
    # the growth column is never a value; the 责任单位 column gives each indicator its departments
    assert ("indicator table column not modelled (growth)", "9.4") in [(u.reason, u.text) for u in out.unplaced]
    assert [(r.department_raw, r.role) for r in out.responsibilities] == [
        ("旗工信局", Role.responsible), ("旗工信局", Role.responsible), ("旗统计局", Role.responsible),
    ]
    assert [(s.symbol, s.meaning) for s in out.symbols] == [("★", "盟考核指标")]


def test_bracketed_cumulative_in_a_year_column_is_that_year_s_value() -> None:
    rows = [
        ["类别", "序号", "指标", "单位", "2020年", "2025年", "年均增长〔累计〕", "属性"],
        ["产业规模", "1", "工业投资", "亿元", "〔1850〕", "〔3000〕", "—", "预期性"],
        ["", "2", "制造业增加值占地区生产总值比重（%）", "", "32.5", "35以上", "〔2.5〕", "预期性"],
    ]
    doc = make_doc("表1  “十四五”工业高质量发展主要指标", make_table(rows), "注：〔 〕内为五年累计数。")
    out = extract_indicators(doc, plan_start=2021)
    assert [(i.category, i.name, i.unit) for i in out.indicators] == [
        ("产业规模", "工业投资", "亿元"),
        ("产业规模", "制造业增加值占地区生产总值比重", "%"),
    ]
    assert _values(out) == [
        ("工业投资", 2020, B, 1850, None), ("工业投资", 2025, T, 3000, None),
        ("制造业增加值占地区生产总值比重", 2020, B, 32.5, None),
        ("制造业增加值占地区生产总值比重", 2025, T, 35, Qualifier.min),
    ]
    assert ("indicator table column not modelled (growth)", "〔2.5〕") in [(u.reason, u.text) for u in out.unplaced]
    assert out.symbols == []

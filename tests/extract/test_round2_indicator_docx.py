"""Indicator tables read from real Word tables (python-docx: merged cells, w:tblHeader, gridSpan).

Each fixture is a short document of the genre built in the test; it is read through
etl.read.read_document and then etl.extract.indicators.extract_indicators.  The expected records
were written by hand from the fixture text, not from program output.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement

from etl.extract.document import extract_document
from etl.extract.indicators import extract_indicators
from etl.read import read_document
from schemas.vocab import Qualifier, Role, ValueKind

B, T = ValueKind.baseline, ValueKind.target
MIN, APPROX, TEXT, NONE = Qualifier.min, Qualifier.approx, Qualifier.text, Qualifier.none


def _write_cell(cell, text: str) -> None:
    """Cell text; '\\n' starts a new paragraph inside the cell (Word's Enter in a cell)."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _repeat_header(table, row: int) -> None:
    tr_pr = table.rows[row]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def _add_table(document, rows: list[list[str]], merges=(), header_rows: int = 0):
    """A Word table from grid rows; `merges` are ((r0, c0), (r1, c1)) corners merged with cell.merge,
    the merged cell holding the top-left text; the first `header_rows` rows repeat as headers."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    merged = []
    for (r0, c0), (r1, c1) in merges:
        merged.append((r0, c0, table.cell(r0, c0).merge(table.cell(r1, c1))))
    covered = {(r, c) for (r0, c0), (r1, c1) in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) not in covered:
                _write_cell(table.cell(r, c), text)
    for r0, c0, cell in merged:
        _write_cell(cell, rows[r0][c0])
    for r in range(header_rows):
        _repeat_header(table, r)
    return table


def _read(path: Path):
    return extract_indicators(read_document(path))


def _indicators(out) -> list[tuple]:
    return [(i.category, i.name, i.parent_name, i.unit, i.symbols) for i in out.indicators]


def _values(out) -> list[tuple]:
    names = {i.id: i.name for i in out.indicators}
    return [(names[v.indicator_id], v.region, v.year, v.kind, v.value, v.qualifier) for v in out.values]


# --- (1) 十四五 table: 类别 merged over rows and written vertically --------------------------------


@pytest.fixture
def five_year_plan(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("青山县“十四五”制造业高质量发展规划")
    document.add_paragraph("一、发展目标")
    document.add_paragraph("到2025年，全县制造业综合实力显著增强，主要指标如下。")
    document.add_paragraph("表1  “十四五”时期制造业发展主要指标")
    rows = [
        ["类别", "序号", "指标", "单位", "2020年", "2025年", "年均增长", "属性"],
        ["经\n济\n发\n展", "1", "规模以上工业增加值", "亿元", "356", "520", "8%左右", "预期性"],
        ["", "2", "制造业增加值占GDP比重", "%", "31.5", "33以上", "〔1.5〕", "预期性"],
        ["", "3", "工业投资", "亿元", "120", "180", "8.4%", "预期性"],
        ["创 新 驱 动", "4", "高新技术企业", "家", "85", "150", "—", "预期性"],
        ["", "5", "规上工业企业研发经费支出占营业收入比重", "%", "1.2", "2", "〔0.8〕", "预期性"],
        ["绿色\n低碳", "6", "单位工业增加值能耗降低", "%", "—", "完成市下达任务", "—", "约束性"],
        ["", "7", "一般工业固体废物综合利用率", "%", "91.3", "95", "—", "约束性"],
    ]
    _add_table(document, rows, merges=[((1, 0), (3, 0)), ((4, 0), (5, 0)), ((6, 0), (7, 0))], header_rows=1)
    document.add_paragraph("注：〔〕内为五年累计数。")
    path = tmp_path / "five_year_plan.docx"
    document.save(path)
    return path


def test_vertical_merged_categories_of_a_five_year_plan(five_year_plan: Path) -> None:
    out = _read(five_year_plan)
    assert _indicators(out) == [
        ("经济发展", "规模以上工业增加值", None, "亿元", ""),
        ("经济发展", "制造业增加值占GDP比重", None, "%", ""),
        ("经济发展", "工业投资", None, "亿元", ""),
        ("创新驱动", "高新技术企业", None, "家", ""),  # letter-spaced category: spaces are not text
        ("创新驱动", "规上工业企业研发经费支出占营业收入比重", None, "%", ""),
        ("绿色低碳", "单位工业增加值能耗降低", None, "%", ""),
        ("绿色低碳", "一般工业固体废物综合利用率", None, "%", ""),
    ]
    # 2020 lies before the plan (十四五 → 2021-2025): baseline; 2025 is the target
    assert _values(out) == [
        ("规模以上工业增加值", None, 2020, B, 356, None),
        ("规模以上工业增加值", None, 2025, T, 520, None),
        ("制造业增加值占GDP比重", None, 2020, B, 31.5, None),
        ("制造业增加值占GDP比重", None, 2025, T, 33, MIN),
        ("工业投资", None, 2020, B, 120, None),
        ("工业投资", None, 2025, T, 180, None),
        ("高新技术企业", None, 2020, B, 85, None),
        ("高新技术企业", None, 2025, T, 150, None),
        ("规上工业企业研发经费支出占营业收入比重", None, 2020, B, 1.2, None),
        ("规上工业企业研发经费支出占营业收入比重", None, 2025, T, 2, None),
        ("单位工业增加值能耗降低", None, 2020, B, None, NONE),
        ("单位工业增加值能耗降低", None, 2025, T, None, TEXT),
        ("一般工业固体废物综合利用率", None, 2020, B, 91.3, None),
        ("一般工业固体废物综合利用率", None, 2025, T, 95, None),
    ]
    reported = [(u.reason, u.text) for u in out.unplaced]
    # 年均增长 is in another unit than the indicator: reported, never a value
    assert ("indicator table column not modelled (growth)", "8%左右") in reported
    assert ("indicator table column not modelled (growth)", "〔1.5〕") in reported
    # the merged category cell is reported by no row; a merged 属性 cell once per distinct cell
    assert not any(text in ("经济发展", "创新驱动", "绿色低碳") for _, text in reported)
    assert sum(1 for reason, _ in reported if "(attribute)" in reason) == 7
    assert out.symbols == []


# --- (2) two header rows: 指标 | 2023年 (目标值, 完成值) | 2024年 (目标值) --------------------------


@pytest.fixture
def two_header_rows(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("江川区2024年工业经济工作要点")
    document.add_paragraph("附表  主要工业经济指标完成及目标情况")
    rows = [
        ["指标", "2023年", "2023年", "2024年"],
        ["指标", "目标值", "完成值", "目标值"],
        ["规模以上工业增加值增速（%）", "7", "7.6", "7.5"],
        ["工业投资增速（%）", "10", "8.2", "10左右"],
        ["数字经济核心产业增加值占GDP比重（%）", "9", "9.3", "10"],
        ["新增专精特新中小企业（家）", "20", "26", "25以上"],
        ["工业用电量（亿千瓦时）", "—", "58.6", "约62"],
    ]
    _add_table(document, rows, merges=[((0, 0), (1, 0)), ((0, 1), (0, 2))], header_rows=2)
    path = tmp_path / "two_header_rows.docx"
    document.save(path)
    return path


def test_two_header_rows_with_grid_span(two_header_rows: Path) -> None:
    doc = read_document(two_header_rows)
    (table,) = doc.tables()
    assert table.header_rows == 2
    assert [(c.row, c.col, c.row_span, c.col_span) for c in table.cells[:3]] == [
        (0, 0, 2, 1),
        (0, 1, 1, 2),
        (0, 3, 1, 1),
    ]
    out = extract_indicators(doc)
    assert _indicators(out) == [
        (None, "规模以上工业增加值增速", None, "%", ""),
        (None, "工业投资增速", None, "%", ""),
        (None, "数字经济核心产业增加值占GDP比重", None, "%", ""),
        (None, "新增专精特新中小企业", None, "家", ""),
        (None, "工业用电量", None, "亿千瓦时", ""),
    ]
    # 目标值 → target, 完成值 → baseline (what was achieved), each with its year from the spanning header
    assert _values(out) == [
        ("规模以上工业增加值增速", None, 2023, T, 7, None),
        ("规模以上工业增加值增速", None, 2023, B, 7.6, None),
        ("规模以上工业增加值增速", None, 2024, T, 7.5, None),
        ("工业投资增速", None, 2023, T, 10, None),
        ("工业投资增速", None, 2023, B, 8.2, None),
        ("工业投资增速", None, 2024, T, 10, APPROX),
        ("数字经济核心产业增加值占GDP比重", None, 2023, T, 9, None),
        ("数字经济核心产业增加值占GDP比重", None, 2023, B, 9.3, None),
        ("数字经济核心产业增加值占GDP比重", None, 2024, T, 10, None),
        ("新增专精特新中小企业", None, 2023, T, 20, None),
        ("新增专精特新中小企业", None, 2023, B, 26, None),
        ("新增专精特新中小企业", None, 2024, T, 25, MIN),
        ("工业用电量", None, 2023, T, None, NONE),
        ("工业用电量", None, 2023, B, 58.6, None),
        ("工业用电量", None, 2024, T, 62, APPROX),
    ]
    assert out.unplaced == []


# --- (3) per-county decomposition: regions as rows, 合计 first, '/' cells -------------------------


@pytest.fixture
def county_decomposition(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("临江市推动工业经济稳进提质若干措施")
    document.add_paragraph("各县（市、区）要按照分解目标抓好落实。")
    document.add_paragraph("附件2")
    document.add_paragraph("2024年各县（市、区）工业主要指标分解表")
    rows = [
        ["县（市、区）", "规上工业增加值增速(%)", "工业投资增速(%)", "新增规上工业企业(家)"],
        ["合计", "8", "10", "120"],
        ["东阳县", "8.5", "12", "30"],
        ["西平县", "8", "/", "25"],
        ["南湖区", "7.5", "9", "/"],
        ["北山市", "/", "10以上", "20"],
    ]
    _add_table(document, rows, header_rows=1)
    path = tmp_path / "county_decomposition.docx"
    document.save(path)
    return path


def test_per_county_decomposition_with_total_row_first(county_decomposition: Path) -> None:
    out = _read(county_decomposition)
    assert _indicators(out) == [
        (None, "规上工业增加值增速", None, "%", ""),
        (None, "工业投资增速", None, "%", ""),
        (None, "新增规上工业企业", None, "家", ""),
    ]
    assert [i.unit_raw for i in out.indicators] == ["%", "%", "家"]
    g, inv, new = "规上工业增加值增速", "工业投资增速", "新增规上工业企业"
    assert sorted(_values(out), key=lambda v: (v[0], v[1] or "")) == sorted(
        [
            (g, None, 2024, T, 8, None),
            (inv, None, 2024, T, 10, None),
            (new, None, 2024, T, 120, None),
            (g, "东阳县", 2024, T, 8.5, None),
            (inv, "东阳县", 2024, T, 12, None),
            (new, "东阳县", 2024, T, 30, None),
            (g, "西平县", 2024, T, 8, None),
            (inv, "西平县", 2024, T, None, NONE),
            (new, "西平县", 2024, T, 25, None),
            (g, "南湖区", 2024, T, 7.5, None),
            (inv, "南湖区", 2024, T, 9, None),
            (new, "南湖区", 2024, T, None, NONE),
            (g, "北山市", 2024, T, None, NONE),
            (inv, "北山市", 2024, T, 10, MIN),
            (new, "北山市", 2024, T, 20, None),
        ],
        key=lambda v: (v[0], v[1] or ""),
    )
    assert out.unplaced == []


# --- (4) numbered names with （约束性） / ★ markers, heading rows, a 注 paragraph below -------------


@pytest.fixture
def marked_names(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("白河县经济社会发展三年行动方案（2023—2025年）")
    document.add_paragraph("附件  主要指标")
    rows = [
        ["指标", "单位", "2022年基数", "2025年目标"],
        ["一、经济规模", "", "", ""],
        ["1.地区生产总值★", "亿元", "680", "900"],
        ["2.一般公共预算收入", "亿元", "45.2", "60"],
        ["二、绿色发展", "", "", ""],
        ["3.单位地区生产总值能耗下降（约束性）", "%", "—", "完成市下达目标"],
        ["4.空气质量优良天数比例（约束性）★", "%", "82.5", "85"],
        ["5.城镇新增就业人数", "万人", "1.2", "1.5"],
    ]
    _add_table(document, rows, merges=[((1, 0), (1, 3)), ((4, 0), (4, 3))], header_rows=1)
    document.add_paragraph("注：标★的为市对县考核指标；约束性指标须确保完成。")
    path = tmp_path / "marked_names.docx"
    document.save(path)
    return path


def test_numbered_names_with_attribute_and_symbol_markers(marked_names: Path) -> None:
    out = _read(marked_names)
    # numbering, ★ and the （约束性） attribute mark are not part of the indicator's name
    assert _indicators(out) == [
        ("经济规模", "地区生产总值", None, "亿元", "★"),
        ("经济规模", "一般公共预算收入", None, "亿元", ""),
        ("绿色发展", "单位地区生产总值能耗下降", None, "%", ""),
        ("绿色发展", "空气质量优良天数比例", None, "%", "★"),
        ("绿色发展", "城镇新增就业人数", None, "万人", ""),
    ]
    # 2022年基数 → baseline, 2025年目标 → target; 万人 values are not rescaled in tables
    assert _values(out) == [
        ("地区生产总值", None, 2022, B, 680, None),
        ("地区生产总值", None, 2025, T, 900, None),
        ("一般公共预算收入", None, 2022, B, 45.2, None),
        ("一般公共预算收入", None, 2025, T, 60, None),
        ("单位地区生产总值能耗下降", None, 2022, B, None, NONE),
        ("单位地区生产总值能耗下降", None, 2025, T, None, TEXT),
        ("空气质量优良天数比例", None, 2022, B, 82.5, None),
        ("空气质量优良天数比例", None, 2025, T, 85, None),
        ("城镇新增就业人数", None, 2022, B, 1.2, None),
        ("城镇新增就业人数", None, 2025, T, 1.5, None),
    ]
    assert [(s.symbol, s.meaning) for s in out.symbols] == [("★", "市对县考核指标")]
    reported = [(u.reason, u.text) for u in out.unplaced]
    # the attribute mark has no contract field: reported with its cell, once per marked name
    assert reported.count(("indicator name mark not modelled (attribute)", "约束性")) == 2
    # the second sentence of the note explains no symbol: reported, not glued to ★'s meaning
    assert ("legend clause without a marker symbol", "约束性指标须确保完成") in reported


# --- (5) a 重点项目表 is not an indicator table ----------------------------------------------------


@pytest.fixture
def project_table(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("石桥区2024年制造业重点项目建设实施方案")
    document.add_paragraph("一、总体要求")
    document.add_paragraph("全年实施制造业重点项目30个，完成工业投资150亿元以上。")
    document.add_paragraph("附件  2024年制造业重点项目表")
    rows = [
        ["序号", "项目名称", "建设内容", "总投资(亿元)", "2024年计划投资(亿元)", "建设年限", "责任单位"],
        ["1", "年产5万吨锂电正极材料项目", "新建正极材料生产线4条", "35", "12", "2023—2025", "区工信局、石桥镇"],
        ["2", "智能装备产业园", "建设标准厂房20万平方米", "12.5", "5", "2024—2026", "区发改委"],
        ["3", "高端轴承扩产技改项目", "购置数控磨床等设备300台（套）", "6.8", "3.2", "2024", "区工信局"],
    ]
    _add_table(document, rows, header_rows=1)
    document.add_paragraph("石桥区人民政府办公室  2024年3月1日")
    path = tmp_path / "project_table.docx"
    document.save(path)
    return path


def test_project_table_gives_no_indicators(project_table: Path) -> None:
    # the contract: indicators measure the jurisdiction; a project's investment measures the project
    out = _read(project_table)
    assert out.indicators == []
    assert out.values == []
    assert not any(r.subject_type == "indicator" for r in out.responsibilities)


def test_project_table_is_reported_as_unplaced(project_table: Path) -> None:
    parsed = extract_document(read_document(project_table))
    assert parsed.indicators == []
    tables = [u for u in parsed.unplaced if u.extractor == "tables"]
    assert len(tables) == 1
    assert tables[0].text.startswith("序号 | 项目名称 | 建设内容")
    assert tables[0].provenance.table == 0


def test_project_table_headed_project_with_yearly_columns(tmp_path: Path) -> None:
    # 项目 | 2024年计划投资 is an indicator header pair elsewhere (项目 = indicator item); the
    # project vocabulary of the other headers (建设内容 / 建设地点) says these rows are projects
    document = docx.Document()
    document.add_paragraph("东坡县2024年重大项目推进工作要点")
    rows = [
        ["项目", "建设地点", "2024年计划投资（亿元）", "责任单位"],
        ["新能源汽车零部件项目", "东坡经开区", "8", "县发改局"],
        ["冷链物流中心", "城东镇", "2.5", "县商务局"],
    ]
    _add_table(document, rows, header_rows=1)
    path = tmp_path / "projects.docx"
    document.save(path)
    out = _read(path)
    assert out.indicators == []
    assert out.values == []
    assert out.responsibilities == []


def test_per_region_investment_indicator_is_not_a_project_table(tmp_path: Path) -> None:
    # a county's 项目总投资 is a measure of the county: no project-name column, so still indicators
    document = docx.Document()
    document.add_paragraph("2024年各县（市、区）重大项目建设目标")
    rows = [
        ["县（市、区）", "新开工项目(个)", "项目总投资(亿元)", "责任单位"],
        ["东阳县", "12", "85", "东阳县人民政府"],
        ["西平县", "8", "60以上", "西平县人民政府"],
    ]
    _add_table(document, rows, header_rows=1)
    path = tmp_path / "county_projects.docx"
    document.save(path)
    out = _read(path)
    assert _indicators(out) == [(None, "新开工项目", None, "个", ""), (None, "项目总投资", None, "亿元", "")]
    assert [(v.region, v.value, v.qualifier) for v in out.values] == [
        ("东阳县", 12, None),
        ("东阳县", 85, None),
        ("西平县", 8, None),
        ("西平县", 60, MIN),
    ]
    assert {(r.department_raw, r.role) for r in out.responsibilities} == {
        ("东阳县人民政府", Role.responsible),
        ("西平县人民政府", Role.responsible),
    }


def test_header_rows_repeated_inside_the_table_are_not_indicators(tmp_path: Path) -> None:
    # a table pasted from a paged document repeats its two header rows where the page broke
    document = docx.Document()
    document.add_paragraph("江川区2024年工业经济工作要点")
    header = [["指标", "2023年", "2023年", "2024年"], ["指标", "目标值", "完成值", "目标值"]]
    rows = [
        *header,
        ["工业投资增速（%）", "10", "8.2", "10"],
        *header,
        ["高新技术企业（家）", "300", "312", "350"],
    ]
    _add_table(
        document, rows, merges=[((0, 0), (1, 0)), ((0, 1), (0, 2)), ((3, 0), (4, 0)), ((3, 1), (3, 2))],
        header_rows=2,
    )
    path = tmp_path / "repeated.docx"
    document.save(path)
    out = _read(path)
    assert _indicators(out) == [(None, "工业投资增速", None, "%", ""), (None, "高新技术企业", None, "家", "")]
    assert [(v.year, v.kind, v.value) for v in out.values] == [
        (2023, T, 10), (2023, B, 8.2), (2024, T, 10), (2023, T, 300), (2023, B, 312), (2024, T, 350),
    ]  # fmt: skip
    assert out.unplaced == []

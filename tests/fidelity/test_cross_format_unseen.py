"""The same unseen document as .txt, .docx and .pdf gives the same records.

Fixtures: tests/data/crossformat/<stem>.txt and the .docx/.pdf that build.py lays out from it
like an office's Word document (GB/T 9704 page, 仿宋 body, hand-broken titles, "— N —" footers,
real merged table cells, header rows repeated across pages) and converts with LibreOffice.
Records are compared as multisets after the scorer's text norm (NFKC, whitespace removed);
numbers exactly. A few facts per fixture, read off the text by hand, make sure the records
compared are the ones the document holds (an extractor that finds nothing would agree with itself).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from etl.pipeline import parse_file
from etl.read import read_document
from etl.read.pdf_layout import Layout
from etl.read.pdf_lines import Line
from etl.read.pdf_paragraphs import build_paragraphs
from etl.read.text_table_grid import RawCell, grid_from_rows
from schemas.parsed import ParsedDocument
from tests.read.test_pdf_builders import make_line

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "crossformat"
STEMS = (
    "a_county_plan_unit_column",  # TAB dump: indicator table with one-cell section rows
    "b_city_yearly_targets",  # TAB dump: 类别 printed once (vertical merge), yearly columns
    "c_district_two_header_rows",  # TAB dump: two header rows, 目标值 spanning three years
    "plan_with_task_table",  # pipe table: 牵头单位/配合单位, repeated 重点任务 (merged in Word)
    "mayor_speech",  # speech: date and speaker lines, —— items, no tables
    "shanghai_district_plan",  # district plan: 1．items with （责任部门：…） notes
    "luoyang_industrial_internet_plan",  # own: notice, 1．items, merged 类别, task table, 、-list cells
    "deqing_cluster_plan",  # own: pipe tables, a task table over two pages with a merge across the break
)
FORMATS = ["docx", "pdf"]
SECTIONS = ("meta", "tasks", "targets", "responsibilities", "indicators", "values")


def norm(value):
    """The scorer's text norm for strings (NFKC, no whitespace); numbers and None as they are."""
    if value is None or isinstance(value, int | float | dt.date):
        return value
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))


@cache
def parsed(stem: str, fmt: str) -> ParsedDocument:
    return parse_file(FIXTURES / f"{stem}.{fmt}")


def records(doc: ParsedDocument) -> dict[str, Counter]:
    """Format-independent records: ids replaced by what they point at (task path, indicator name)."""
    tasks = {t.id: t for t in doc.tasks}
    names = {i.id: norm(i.name) for i in doc.indicators}
    targets = {g.id: g for g in doc.targets}

    def path(task_id: str | None) -> str | None:
        return tasks[task_id].path if task_id in tasks else None

    def subject(subject_type: str, subject_id: str) -> tuple:
        if subject_type == "task":
            return ("task", path(subject_id))
        if subject_type == "indicator":
            return ("indicator", names.get(subject_id))
        target = targets.get(subject_id)
        return (subject_type, path(target.task_id), norm(target.metric), target.value) if target else (subject_type,)

    meta = doc.meta
    return {
        "meta": Counter([(norm(meta.title), norm(meta.issuer), meta.issue_date, norm(meta.jurisdiction))]),
        "tasks": Counter((t.path, norm(t.label), norm(t.title)) for t in doc.tasks),
        "targets": Counter(
            (path(g.task_id), g.year, norm(g.metric), g.value, norm(g.unit), norm(g.qualifier)) for g in doc.targets
        ),
        "responsibilities": Counter(
            (subject(str(r.subject_type), r.subject_id), norm(r.department), norm(r.role))
            for r in doc.responsibilities
        ),
        "indicators": Counter((norm(i.name), norm(i.unit), norm(i.category), norm(i.symbols)) for i in doc.indicators),
        "values": Counter(
            (names.get(v.indicator_id), norm(v.region), v.year, norm(v.kind), v.value, norm(v.qualifier))
            for v in doc.values
        ),
    }


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stem", STEMS)
def test_same_records_as_txt(stem: str, fmt: str) -> None:
    expected, got = records(parsed(stem, "txt")), records(parsed(stem, fmt))
    for section in SECTIONS:
        missing = sorted(map(str, (expected[section] - got[section]).elements()))
        extra = sorted(map(str, (got[section] - expected[section]).elements()))
        assert (missing, extra) == ([], []), f"{section}: only in txt {missing}; only in {fmt} {extra}"


def _blocks(path: Path) -> list[str]:
    """Paragraph texts and table rows of a read document, normalised (line breaks are layout)."""
    out: list[str] = []
    for block in read_document(path).blocks:
        if block.kind == "paragraph":
            if norm(block.text):
                out.append(norm(block.text))
        else:
            out.append(f"table {block.n_rows}x{block.n_cols}")
            out.extend(" | ".join(norm(text) for text in row) for row in block.text_grid())
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stem", STEMS)
def test_same_paragraphs_and_tables_as_txt(stem: str, fmt: str) -> None:
    """The readers agree before extraction: one title paragraph however it is broken, section rows
    merged across, merged cells repeated, wrapped cell text joined, page furniture gone."""
    assert _blocks(FIXTURES / f"{stem}.{fmt}") == _blocks(FIXTURES / f"{stem}.txt")


# ---------------------------------------------------------------- facts read off the texts by hand

INDICATORS = {  # (name, unit, category, symbols)
    "a_county_plan_unit_column": [("单位工业增加值能耗", "吨标准煤/万元", "绿色安全", "*"),
                                  ("省级智能工厂", "家", "产业规模", "")],
    "b_city_yearly_targets": [("软件业务收入", "亿元", "数字产业化", ""), ("上云企业数", "家", "产业数字化", "")],
    "luoyang_industrial_internet_plan": [("重点工业园区5G网络覆盖率", "%", "网络基础", ""),
                                         ("规上工业企业数字化研发设计工具普及率", "%", "融合应用", "")],
    "deqing_cluster_plan": [("工业投资", "亿元", "规模效益", ""), ("省级企业研究院", "家", "创新能力", "")],
}
VALUES = {  # (indicator, region, year, kind, value, qualifier)
    "c_district_two_header_rows": [("规上工业总产值", None, 2025, "target", 1680.0, "approx"),
                                   ("高新技术企业数量", None, 2024, "target", 280.0, "min")],
    "luoyang_industrial_internet_plan": [("上云企业数", None, 2026, "target", 3500.0, "min")],
}
TASKS = {  # (path, label, title)
    "luoyang_industrial_internet_plan": [("2.4.8", "8．", "健全安全防护体系")],
    "shanghai_district_plan": [("2.1.2", "2．", "突破关键技术")],
    "mayor_speech": [("3.2", "（二）", "抓企业")],
}
DUTIES = {  # (task title, department, role)
    "plan_with_task_table": [("建成省级智能制造示范工厂10家", "市科学技术局", "assist")],
    "deqing_cluster_plan": [("推进地理信息产业集群建设，到2025年地理信息产业营业收入突破500亿元",
                             "县地信产业发展中心", "lead"),
                            ("推动金融机构新增制造业贷款100亿元以上", "县财政局", "assist")],
}
META = {  # (title, issuer, issue date)
    "luoyang_industrial_internet_plan": ("洛阳市工业互联网创新发展行动方案（2024—2026年）", "洛阳市人民政府办公室",
                                         dt.date(2024, 3, 15)),
    "shanghai_district_plan": ("闵行区促进人工智能产业发展三年行动方案（2023—2025年）", "上海市闵行区人民政府",
                               dt.date(2023, 3, 8)),
}


@pytest.mark.parametrize("fmt", ["txt", *FORMATS])
def test_records_hold_what_the_documents_say(fmt: str) -> None:
    for stem, expected in INDICATORS.items():
        got = records(parsed(stem, fmt))["indicators"]
        assert all(tuple(map(norm, item)) in got for item in expected), (stem, expected, sorted(got))
    for stem, expected in VALUES.items():
        got = records(parsed(stem, fmt))["values"]
        assert all(tuple(map(norm, item)) in got for item in expected), (stem, expected, sorted(got))
    for stem, expected in TASKS.items():
        got = records(parsed(stem, fmt))["tasks"]
        assert all(tuple(map(norm, item)) in got for item in expected), (stem, expected, sorted(got))
    for stem, expected in DUTIES.items():
        doc = parsed(stem, fmt)
        titles = {t.id: norm(t.title) for t in doc.tasks}
        got = {(titles.get(r.subject_id), norm(r.department), str(r.role)) for r in doc.responsibilities}
        assert all(tuple(map(norm, item)) in got for item in expected), (stem, expected, sorted(got))
    for stem, (title, issuer, date) in META.items():
        meta = parsed(stem, fmt).meta
        assert (norm(meta.title), norm(meta.issuer), meta.issue_date) == (norm(title), norm(issuer), date)


def test_pdf_renderings_carry_the_layouts_under_test() -> None:
    """The fixtures hold what the comparison is about: a title the PDF shows on several centred lines,
    and a task table continued on the next page with its header row repeated."""
    import pdfplumber

    with pdfplumber.open(FIXTURES / "luoyang_industrial_internet_plan.pdf") as pdf:
        first_lines = pdf.pages[0].extract_text().splitlines()[:3]
    assert first_lines[0] == "洛阳市人民政府办公室"
    with pdfplumber.open(FIXTURES / "deqing_cluster_plan.pdf") as pdf:
        headers = [t[0][0] for page in pdf.pages for t in page.extract_tables() if t and t[0]]
        pages = len(pdf.pages)
    assert headers.count("重点领域") == 2
    assert pages >= 6
    tables = read_document(FIXTURES / "deqing_cluster_plan.pdf").tables()
    assert [t.n_rows for t in tables] == [6, 15]  # the two pages' parts joined, the repeated header dropped


# ---------------------------------------------------------------- the reader rules, case by case


def _centred(text: str, top: float, size: float) -> Line:
    width = sum(size / 2 if ch.isascii() else size for ch in text)
    return make_line(text, 296.0 - width / 2, top, size=size)


def test_pdf_title_broken_into_centred_lines_is_one_paragraph():
    layout = Layout(left=80.0, right=512.0, size=16.0, pitch=29.0)
    lines = [
        _centred("洛阳市人民政府办公室", 100, 22),
        make_line("关于印发洛阳市工业互联网创新发展行动方", 80, 135, size=22),  # full width
        _centred("案（2024—2026年）的通知", 170, 22),
        _centred("洛政办〔2024〕12号", 210, 16),  # body size: its own paragraph
        _centred("（2024年2月20日）", 240, 16),
        _centred("市长  李明", 269, 16),  # centred body-size lines stay apart (date, speaker)
    ]
    texts = [p.text for p in build_paragraphs(lines, {1: layout})]
    assert texts == [
        "洛阳市人民政府办公室关于印发洛阳市工业互联网创新发展行动方案（2024—2026年）的通知",
        "洛政办〔2024〕12号",
        "（2024年2月20日）",
        "市长  李明",
    ]


def test_tab_dump_row_with_one_cell_spans_the_table():
    header = [RawCell(t, 1, 1) for t in ("序号", "指标", "单位", "2025年")]
    rows = [
        header,
        [RawCell(t, 2, 2) for t in ("1", "规上工业增加值", "亿元", "460")],
        [RawCell("（二）绿色安全", 3, 3)],
        [RawCell(t, 4, 4) for t in ("2", "单位工业增加值能耗", "吨标准煤/万元", "0.5")],
    ]
    table = grid_from_rows(rows)
    assert table.text_grid()[2] == ["（二）绿色安全"] * 4
    assert table.text_grid()[3] == ["2", "单位工业增加值能耗", "吨标准煤/万元", "0.5"]
    assert table.header_rows == 1

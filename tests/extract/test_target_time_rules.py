"""Targets read against the document's own year: 今年 / 明年, results of past years, review sections,
and the caps of grants (若干措施). Hand-written cases of the rules, then a whole speech."""

from __future__ import annotations

from etl.extract.target_sentences import paragraph_targets
from etl.extract.target_years import YearContext, deadline_years
from etl.extract.targets import extract_targets
from etl.extract.tasks import extract_tasks
from schemas.document import Document, Paragraph, Provenance, SourceFormat


def rows(text: str, present: int | None) -> list[tuple]:
    found = paragraph_targets(text, YearContext(present=present))
    return [(t.year, t.metric, t.value, t.unit) for t in found]


def test_this_year_and_next_year_are_read_from_the_documents_year() -> None:
    assert rows("今年新增规上工业企业80家。", 2024) == [(2024, "规上工业企业", 80, "家")]
    assert rows("明年力争新建5G基站3000个。", 2023) == [(2024, "5G基站", 3000, "个")]
    assert rows("今年新增规上工业企业80家。", None) == [(None, "规上工业企业", 80, "家")]


def test_the_whole_year_of_a_work_plan_is_the_documents_year() -> None:
    assert rows("全年新开工亿元以上工业项目30个。", 2024) == [(2024, "亿元以上工业项目", 30, "个")]
    assert rows("全年规上工业总产值突破620亿元。", None) == [(None, "规上工业总产值", 620, "亿元")]


def test_this_year_so_far_is_no_deadline() -> None:
    norm = "今年以来完成投资100亿元"
    assert deadline_years(norm, [False] * len(norm), 2024) == []


def test_results_of_a_year_before_the_documents_are_no_targets() -> None:
    assert rows("2023年，全区规上工业总产值达到2860亿元，同比增长9.1%。", 2024) == []
    # the same sentence in a document of 2023 (a plan for that year) commits to it
    assert rows("2023年，全区规上工业总产值达到2860亿元。", 2023) == [(2023, "规上工业总产值", 2860, "亿元")]
    # a forward cue keeps a past-year deadline (a late-published plan still states its goal)
    assert rows("力争2023年规上工业总产值达到2860亿元。", 2024) == [(2023, "规上工业总产值", 2860, "亿元")]


def test_the_cap_of_a_grant_is_no_target() -> None:
    text = "对企业获得的技改贷款，按贷款市场报价利率的50%给予贴息，单个企业每年最高100万元。"
    assert rows(text, 2024) == []
    # a budget the issuer commits to spend holds no grant word and stays a target
    assert [row[2:] for row in rows("每年安排工业发展专项资金不少于1亿元。", 2024)] == [(1, "亿元")]


def _document(lines: list[str]) -> Document:
    blocks = [Paragraph(text=line, provenance=Provenance(line_start=n, line_end=n)) for n, line in enumerate(lines, 1)]
    return Document(source_name="speech.txt", format=SourceFormat.txt, sha256="0", blocks=blocks)


SPEECH = [
    "在全区工业经济大会上的讲话",
    "（2024年2月20日）",
    "一、坚定发展信心",
    "过去一年，全区工业经济稳中有进。",
    "一是规模总量持续扩大。全年实施亿元以上工业项目126个，新增规上工业企业56家。",
    "二是创新动能不断增强。新增省级专精特新中小企业52家。",
    "二、突出工作重点",
    "一是聚焦项目建设。实施亿元以上工业项目130个。",
]


def test_items_under_a_heading_that_reviews_the_past_year_are_no_targets() -> None:
    doc = _document(SPEECH)
    tasks = extract_tasks(doc)
    found = [(t.metric, t.value) for t in extract_targets(doc, tasks, issue_year=2024)]
    assert found == [("亿元以上工业项目", 130)]


def test_the_documents_year_is_found_when_not_given() -> None:
    doc = _document([*SPEECH, "今年新增规上工业企业80家。"])
    tasks = extract_tasks(doc)
    years = {t.metric: t.year for t in extract_targets(doc, tasks)}
    assert years["规上工业企业"] == 2024


def test_counts_of_a_plans_own_parts_are_no_targets() -> None:
    assert rows("围绕工业经济规模、创新发展、项目建设、绿色安全4个方面设置评价指标。", 2024) == []
    assert rows("到2025年，建设30个重点项目。", 2024) == [(2025, "重点项目", 30, "个")]

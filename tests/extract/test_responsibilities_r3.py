"""Responsibilities of round-3 unseen documents (tests/data/unseen/responsibilities_r3/), end to end.

Expected rows were written by hand from the fixture text. Readings chosen:
- "A和B负责" / "A及B负责": both lead (X负责 = lead); "A会同B推进": A leads, B assists, even with a
  plain action verb (推进) that alone is no role word.
- a 责任领导 column or label names officials (张三副市长), never departments.
- in a park (高新区) document the park's own bureaus keep their written names (科技创新局), while a body
  written with 市 (市发展改革委) is the parent city's and gets the city's full name (市发展和改革委员会).
- a provincial body in a city plan (省工业和信息化厅) is kept with its level word 省.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from etl.extract.document import extract_document
from etl.normalise.records import normalise_document
from etl.read import read_document
from schemas.parsed import ParsedDocument

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "unseen" / "responsibilities_r3"
L, R, A = "lead", "responsible", "assist"


@cache
def _parsed(name: str) -> ParsedDocument:
    return normalise_document(extract_document(read_document(FIXTURES / name)))


def _rows(name: str) -> set[tuple[str, str, str, str]]:
    parsed = _parsed(name)
    titles = {t.id: t.title for t in parsed.tasks}
    return {
        (titles[r.subject_id], r.department_raw, r.department or "", r.role.value)
        for r in parsed.responsibilities
        if r.subject_type.value == "task"
    }


SHANDONG_CITY = {
    ("实施智能化改造", "市工业和信息化局", "市工业和信息化局", L),
    ("实施智能化改造", "省工业和信息化厅", "省工业和信息化厅", A),
    ("实施智能化改造", "市财政局", "市财政局", A),
    ("培育工业互联网平台", "市工信局", "市工业和信息化局", R),
    ("培育工业互联网平台", "市科技局", "市科学技术局", R),
    ("培育工业互联网平台", "各区县（市）人民政府", "各区县（市）人民政府", R),
    ("加强数据要素供给", "市大数据局", "市大数据管理局", L),
    ("加强数据要素供给", "市直有关部门", "市直有关部门", A),
    ("加强数据要素供给", "各区县（市）人民政府", "各区县（市）人民政府", A),
}

PARK = {
    ("支持研发平台建设", "科技创新局", "科技创新局", R),
    ("支持研发平台建设", "财政金融局", "财政金融局", R),
    ("支持高新技术企业培育", "科技创新局", "科技创新局", L),
    ("支持高新技术企业培育", "经济发展局", "经济发展局", A),
    ("支持高新技术企业培育", "税务分局", "税务分局", A),
    ("支持重大项目落地", "招商局", "招商局", L),
    ("支持重大项目落地", "经济发展局", "经济发展局", A),
    ("支持重大项目落地", "市发展改革委", "市发展和改革委员会", A),
    ("支持企业上市", "财政金融局", "财政金融局", L),
    ("支持企业上市", "市地方金融监管局", "市地方金融监督管理局", A),
}

LEADER_TABLE = {
    ("扩大有效投资", "市发展改革委", "市发展和改革委员会", L),
    ("扩大有效投资", "市财政局", "市财政局", R),
    ("扩大有效投资", "市自然资源和规划局", "市自然资源和规划局", R),
    ("促进消费回升", "市商务局", "市商务局", L),
    ("促进消费回升", "市文化和旅游局", "市文化和旅游局", R),
    ("促进消费回升", "各县区人民政府", "各县区人民政府", R),
    ("稳定工业运行", "市工信局", "市工业和信息化局", L),
    ("稳定工业运行", "市统计局", "市统计局", R),
    ("强化科技支撑", "市科技局", "市科学技术局", L),
    ("强化科技支撑", "市财政局", "市财政局", R),
}

COUNTY_JOINS = {
    ("强化产业链招商", "县发改局", "县发展和改革局", L),
    ("强化产业链招商", "县财政局", "县财政局", L),
    ("推动外资外贸发展", "县工信局", "县工业和信息化局", L),
    ("推动外资外贸发展", "县商务局", "县商务局", A),
    ("推动外资外贸发展", "县税务局", "县税务局", A),
    ("加强要素保障", "县自然资源局", "县自然资源局", L),
    ("加强要素保障", "县住建局", "县住房和城乡建设局", L),
    ("加强要素保障", "各乡镇（街道）", "各乡镇（街道）", A),
    ("加强要素保障", "县直各部门", "县直各部门", A),
    ("优化营商环境", "县行政审批服务局", "县行政审批服务局", R),
    ("优化营商环境", "县市场监管局", "县市场监督管理局", R),
}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("shandong_city_plan.txt", SHANDONG_CITY),
        ("park_plan.txt", PARK),
        ("leader_table.txt", LEADER_TABLE),
        ("county_joins.txt", COUNTY_JOINS),
    ],
)
def test_round3_document_responsibilities(name, expected):
    found = _rows(name)
    assert found - expected == set(), "spurious"
    assert expected - found == set(), "missed"


def test_person_names_of_a_leader_column_are_no_departments():
    raws = {r.department_raw for r in _parsed("leader_table.txt").responsibilities}
    assert not [raw for raw in raws if "市长" in raw or "秘书长" in raw]


def test_safeguard_exhortation_is_no_responsibility():
    parsed = _parsed("shandong_city_plan.txt")
    titles = {t.id: t.title for t in parsed.tasks}
    assert "强化组织推进" not in {titles[r.subject_id] for r in parsed.responsibilities}


def test_action_verb_after_together_gives_lead_and_assist():
    from etl.extract.responsibility_grammar import parse_role_clause

    roles = {(e.department_raw, e.role.value) for e in parse_role_clause("县工信局会同县商务局推进").entries}
    assert roles == {("县工信局", L), ("县商务局", A)}
    assert parse_role_clause("各地要加快推进").entries == []


def test_city_body_in_a_park_document_gets_the_city_name():
    from etl.normalise.departments import resolve_department

    assert resolve_department("市发改委", "江阴高新区").name == "市发展和改革委员会"
    assert resolve_department("科技创新局", "江阴高新区").name == "科技创新局"

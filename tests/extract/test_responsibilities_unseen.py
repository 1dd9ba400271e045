"""Responsibilities of documents unlike the samples (tests/data/unseen/responsibilities/), end to end.

Each fixture is a short document of another province, city, district or county. The expected
(task path, department as written, normalised department, role) rows below were written by hand
from reading the fixture text. Readings chosen where the genre is ambiguous:
- "责任单位：A（牵头）、B" — A leads, B is responsible; "由A会同B负责" — A leads, B assists;
  "A为第一责任单位，B按职责分工负责" — A leads, B responsible.
- "A（B）" with a department in the brackets is one body with a second name: normalised to A.
- 各 spreads over a run of level words: "各区、县（市）人民政府" and "各镇、街道" are one collective each.
- industry bureaus follow the province's post-reform name: 经济和信息化 in 浙江 / 四川, 工业和信息化 in 广东;
  power companies: 国网 X 供电公司 (State Grid) vs X 供电局 (China Southern Grid, 广东).
- 国资委 / 通管办 get their full names (contract); party offices keep the CPC's standard form (市委人才办).
- a central bank branch written with the bank's name is given in full and kept (sample gold 004
  人民银行南通市分行); an abbreviation (人行…支行) or the bare bank gets the full name 中国人民银行….
- a district's or county's 金融办 keeps its name (the reform made only cities' 金融办 a 地方金融监督管理局;
  Shanghai districts still have a 金融服务办公室).
- general exhortations in 保障措施 ("各有关部门要按职责分工抓好落实") are not responsibilities.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from etl.extract.document import extract_document
from etl.normalise.records import normalise_document
from etl.read import read_document
from schemas.parsed import ParsedDocument

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "unseen" / "responsibilities"
L, R, A = "lead", "responsible", "assist"


@cache
def _parsed(name: str) -> ParsedDocument:
    return normalise_document(extract_document(read_document(FIXTURES / name)))


def _rows(name: str) -> set[tuple[str, str, str, str]]:
    parsed = _parsed(name)
    paths = {t.id: t.path for t in parsed.tasks}
    return {
        (paths[r.subject_id], r.department_raw, r.department or "", r.role.value)
        for r in parsed.responsibilities
        if r.subject_type.value == "task"
    }


HANGZHOU = {
    ("2.1.1", "市经信局", "市经济和信息化局", R),
    ("2.1.1", "市财政局", "市财政局", R),
    ("2.1.1", "各区、县〔市〕政府", "各区、县〔市〕政府", R),
    ("2.1.2", "市经信局", "市经济和信息化局", L),
    ("2.1.2", "市发改委", "市发展和改革委员会", A),
    ("2.1.2", "市科技局", "市科学技术局", A),
    ("2.1.3", "市经信局", "市经济和信息化局", L),
    ("2.1.3", "市委网信办", "市委网信办", A),
    ("2.1.3", "市市场监管局", "市市场监督管理局", A),
    ("2.1.3", "国家税务总局杭州市税务局", "市税务局", A),
    ("2.2.4", "市经信局", "市经济和信息化局", L),
    ("2.2.4", "市通信管理局", "市通信管理局", R),
    ("2.2.4", "国网杭州供电公司", "市供电公司", R),
    ("2.2.5", "市经信局", "市经济和信息化局", L),
    ("2.2.5", "市发改委", "市发展和改革委员会", A),
    ("2.2.5", "市科技局", "市科学技术局", A),
    ("2.2.6", "市委网信办", "市委网信办", L),
    ("2.2.6", "市公安局", "市公安局", R),
    ("2.2.6", "市经信局", "市经济和信息化局", R),
    ("2.3.7", "市政府办（市金融办）", "市政府办公室", R),
    ("2.3.7", "人行杭州中心支行", "中国人民银行杭州中心支行", R),
    ("2.3.7", "市国资委", "市国资委", R),
    ("2.3.8", "市委人才办", "市委人才办", R),
    ("2.3.8", "市人力社保局", "市人力资源和社会保障局", R),
    ("2.3.8", "市教育局", "市教育局", R),
}

ZHEJIANG = {
    ("1.1", "省经信厅", "省经济和信息化厅", R),
    ("1.1", "省科技厅", "省科学技术厅", R),
    ("1.1", "各设区市政府", "各设区市政府", R),
    ("1.2", "省科技厅", "省科学技术厅", L),
    ("1.2", "省经信厅", "省经济和信息化厅", A),
    ("1.2", "省财政厅", "省财政厅", A),
    ("2.3", "省财政厅", "省财政厅", R),
    ("2.3", "省经信厅", "省经济和信息化厅", R),
    ("2.4", "省地方金融监管局", "省地方金融监督管理局", L),
    ("2.4", "人行杭州中心支行", "中国人民银行杭州中心支行", A),
    ("2.4", "浙江银保监局", "浙江银保监局", A),
    ("2.5", "省人力社保厅", "省人力资源和社会保障厅", R),
    ("2.5", "省教育厅", "省教育厅", R),
    ("2.6", "省税务局", "省税务局", L),
    ("2.6", "省财政厅", "省财政厅", A),
    ("2.6", "省发展改革委", "省发展和改革委员会", A),
    ("3.7", "省市场监管局", "省市场监督管理局", R),
    ("3.7", "省委宣传部", "省委宣传部", R),
    ("3.7", "省高院", "省高级人民法院", R),
    ("3.8", "省委宣传部", "省委宣传部", L),
    ("3.8", "省经信厅", "省经济和信息化厅", L),
    ("3.8", "各市、县（市、区）人民政府", "各市、县（市、区）人民政府", R),
}

SHANGHAI_DISTRICT = {
    ("2.1.1", "区科委", "区科学技术委员会", R),
    ("2.1.1", "区发展改革委", "区发展和改革委员会", R),
    ("2.1.2", "区科委", "区科学技术委员会", L),
    ("2.1.2", "区经委", "区经济委员会", R),
    ("2.1.2", "区财政局", "区财政局", R),
    ("2.2.3", "区经委", "区经济委员会", L),
    ("2.2.3", "区商务委", "区商务委员会", R),
    ("2.2.3", "区投资办", "区投资办", R),
    ("2.2.4", "区经委", "区经济委员会", L),
    ("2.2.4", "区科委", "区科学技术委员会", L),
    ("2.2.4", "各镇、街道", "各镇、街道", A),
    ("2.2.4", "莘庄工业区", "莘庄工业区", A),
    ("2.2.5", "区商务委", "区商务委员会", L),
    ("2.2.5", "区经委", "区经济委员会", A),
    ("2.3.6", "区委组织部", "区委组织部", R),
    ("2.3.6", "区人力资源社会保障局", "区人力资源和社会保障局", R),
    ("2.3.6", "区教育局", "区教育局", R),
    ("2.3.7", "区规划资源局", "区规划和自然资源局", R),
    ("2.3.7", "区建设管理委", "区建设和管理委员会", R),
    ("2.3.7", "区房管局", "区房屋管理局", R),
    ("2.3.8", "区金融办", "区金融办", L),
    ("2.3.8", "区财政局", "区财政局", L),
}

GUANGDONG_COUNTY = {
    ("1.1", "县政务服务数据管理局", "县政务服务数据管理局", R),
    ("1.1", "各镇人民政府（街道办事处）", "各镇人民政府（街道办事处）", R),
    ("1.2", "县市场监管局", "县市场监督管理局", L),
    ("1.2", "县司法局", "县司法局", A),
    ("1.2", "县政务服务数据管理局", "县政务服务数据管理局", A),
    ("2.3", "博罗供电局", "县供电局", L),
    ("2.3", "县工信局", "县工业和信息化局", A),
    ("2.4", "县自然资源局", "县自然资源局", L),
    ("2.4", "县发改局", "县发展和改革局", A),
    ("2.4", "县住建局", "县住房和城乡建设局", A),
    ("2.5", "县金融工作局", "县金融工作局", L),
    ("2.5", "人民银行博罗支行", "人民银行博罗支行", A),
    ("3.6", "县司法局", "县司法局", R),
    ("3.6", "县公安局", "县公安局", R),
    ("3.6", "县市场监管局", "县市场监督管理局", R),
    ("3.7", "县法院", "县人民法院", R),
    ("3.7", "县检察院", "县人民检察院", R),
    ("3.8", "县委宣传部", "县委宣传部", L),
    ("3.8", "各乡镇（街道）", "各乡镇（街道）", A),
    ("3.8", "县直各有关单位", "县直各有关单位", A),
}

CHENGDU = {
    ("1.1", "市经信局（市新经济委）", "市经济和信息化局", R),
    ("1.1", "市发改委", "市发展和改革委员会", R),
    ("1.1", "各区〔市〕县政府", "各区〔市〕县政府", R),
    ("1.2", "市经信局", "市经济和信息化局", L),
    ("1.2", "市投促局", "市投资促进局", L),
    ("1.2", "市发改委", "市发展和改革委员会", R),
    ("1.2", "市规划和自然资源局", "市规划和自然资源局", R),
    ("2.3", "市经信局", "市经济和信息化局", R),
    ("2.3", "市财政局", "市财政局", R),
    ("2.4", "市科技局", "市科学技术局", L),
    ("2.4", "市经信局", "市经济和信息化局", A),
    ("2.4", "市税务局", "市税务局", A),
    ("3.5", "国网成都供电公司", "市供电公司", L),
    ("3.5", "市经信局", "市经济和信息化局", A),
    ("3.5", "市发改委", "市发展和改革委员会", A),
    ("3.6", "市金融监管局", "市地方金融监督管理局", R),
    ("3.6", "人行成都分行营管部", "中国人民银行成都分行营管部", R),
    ("3.6", "四川银保监局", "四川银保监局", R),
    ("3.7", "市委组织部（市委人才办）", "市委组织部", L),
    ("3.7", "市人社局", "市人力资源和社会保障局", A),
}


@pytest.mark.parametrize(
    ("name", "jurisdiction", "expected"),
    [
        ("hangzhou_city_plan.txt", "杭州市", HANGZHOU),
        ("zhejiang_province_measures.txt", "浙江省", ZHEJIANG),
        ("shanghai_district_plan.txt", "上海市闵行区", SHANGHAI_DISTRICT),
        ("guangdong_county_workpoints.txt", "博罗县", GUANGDONG_COUNTY),
        ("chengdu_measures.txt", "成都市", CHENGDU),
    ],
)
def test_unseen_document_responsibilities(name, jurisdiction, expected):
    parsed = _parsed(name)
    assert parsed.meta.jurisdiction == jurisdiction
    found = _rows(name)
    assert found - expected == set(), "spurious"
    assert expected - found == set(), "missed"
    assert all(r.jurisdiction == jurisdiction for r in parsed.responsibilities)


def test_general_exhortations_in_safeguards_are_not_responsibilities():
    parsed = _parsed("hangzhou_city_plan.txt")
    safeguards = {t.id for t in parsed.tasks if t.path.startswith("3")}
    assert safeguards
    assert not [r for r in parsed.responsibilities if r.subject_id in safeguards]


def test_alias_registry_lists_province_forms_only_at_province_level():
    city = {(d.department, d.alias) for d in _parsed("hangzhou_city_plan.txt").departments}
    assert ("市经济和信息化局", "市经信局") in city
    assert not any(alias.endswith("厅") for _, alias in city)
    province = {(d.department, d.alias) for d in _parsed("zhejiang_province_measures.txt").departments}
    assert ("省科学技术厅", "省科技厅") in province


def _hefei_docx(path: Path) -> Path:
    """A 合肥 (安徽) work plan whose annex is a task table with 牵头单位 / 配合单位 columns."""
    from docx import Document as WordDocument

    word = WordDocument()
    for text in [
        "合肥市人民政府办公室关于印发合肥市推进数字经济高质量发展工作方案的通知",
        "合政办〔2023〕9号",
        "各县（市）、区人民政府，市政府各部门：",
        "现将《合肥市推进数字经济高质量发展工作方案》印发给你们，请认真贯彻执行。",
        "合肥市人民政府办公室",
        "2023年5月6日",
        "合肥市推进数字经济高质量发展工作方案",
        "一、主要任务",
        "（一）做强数字产业。培育集成电路、新型显示产业集群。",
        "附件：重点任务分解表",
    ]:
        word.add_paragraph(text)
    rows = [
        ("序号", "重点任务", "牵头单位", "配合单位"),
        ("1", "培育集成电路产业集群", "市经信局", "市发改委、市科技局"),
        ("2", "建设工业互联网平台", "市经信局（牵头）\n市统计局", "各县（市）、区人民政府"),
        ("3", "推进中小企业数字化转型", "市科技局", "国网合肥供电公司"),
    ]
    table = word.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    word.save(path)
    return path


def test_task_table_roles_in_an_anhui_city(tmp_path):
    parsed = normalise_document(extract_document(read_document(_hefei_docx(tmp_path / "hefei.docx"))))
    assert parsed.meta.jurisdiction == "合肥市"
    titles = {t.id: t.title for t in parsed.tasks}
    found = {(titles[r.subject_id], r.department_raw, r.department, r.role.value) for r in parsed.responsibilities}
    assert found == {
        ("培育集成电路产业集群", "市经信局", "市经济和信息化局", L),
        ("培育集成电路产业集群", "市发改委", "市发展和改革委员会", A),
        ("培育集成电路产业集群", "市科技局", "市科学技术局", A),
        ("建设工业互联网平台", "市经信局", "市经济和信息化局", L),
        ("建设工业互联网平台", "市统计局", "市统计局", L),
        ("建设工业互联网平台", "各县（市）、区人民政府", "各县（市）、区人民政府", A),
        ("推进中小企业数字化转型", "市科技局", "市科学技术局", L),
        ("推进中小企业数字化转型", "国网合肥供电公司", "市供电公司", A),
    }

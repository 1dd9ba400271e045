"""Department lists and normalised department names."""

from __future__ import annotations

import pytest

from etl.normalise.departments import (
    ResolvedDepartment,
    resolve_department,
    resolve_document_departments,
    split_department_list,
)
from tests.conftest import load_gold

JIANGYIN = "江阴市"
GOLD_STEMS = ("000_9655f32b988e5d04", "001_5c98e3f220e824c9", "003_940edf13a6d46b16", "004_c753c493ba97cf57")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市工信局、市商务局、市工商联等", ["市工信局", "市商务局", "市工商联"]),
        ("工信局、税务局、\n统计局", ["工信局", "税务局", "统计局"]),
        ("市工信局、市商务局，各镇街园区", ["市工信局", "市商务局", "各镇街园区"]),
        ("市工信局,市商务局;市科技局", ["市工信局", "市商务局", "市科技局"]),
        ("各县(市、区)人民政府、市发改委", ["各县(市、区)人民政府", "市发改委"]),
        ("各镇（街道）、各有关部门", ["各镇（街道）", "各有关部门"]),
        ("（责任单位：市工信局、市商务局）", ["市工信局", "市商务局"]),
        ("市市场监管局等部门", ["市市场监管局"]),
        ("市工信局和市商务局", ["市工信局", "市商务局"]),
        ("市发展和改革委员会", ["市发展和改革委员会"]),
        ("市工信局市商务局", ["市工信局", "市商务局"]),
        ("税务局、自然资源规\n划局", ["税务局", "自然资源规划局"]),
        ("市发展和改革委\n员会", ["市发展和改革委员会"]),
        ("市工信局\n市商务局", ["市工信局", "市商务局"]),
        ("临港开发区\n靖江园区", ["临港开发区", "靖江园区"]),
        ("市發改委、市科技局", ["市發改委", "市科技局"]),
    ],
)
def test_split_department_list(text, expected):
    assert split_department_list(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # industry family, with old names
        ("市工信局", "市工业和信息化局"),
        ("工信局", "市工业和信息化局"),
        ("工业和信息化局", "市工业和信息化局"),
        ("江阴市工信局", "市工业和信息化局"),
        ("市经信委", "市工业和信息化局"),
        ("经信局", "市工业和信息化局"),
        # development and reform
        ("市发改委", "市发展和改革委员会"),
        ("市发展改革委", "市发展和改革委员会"),
        ("市发展和改革委", "市发展和改革委员会"),
        # other bureaus
        ("科技局", "市科学技术局"),
        ("市场监管局", "市市场监督管理局"),
        ("市市场监管局", "市市场监督管理局"),
        ("市人社局", "市人力资源和社会保障局"),
        ("市人力资源社会保障局", "市人力资源和社会保障局"),
        ("市资规局", "市自然资源和规划局"),
        ("自然资源规划局", "市自然资源和规划局"),
        ("市住建局", "市住房和城乡建设局"),
        ("市卫健委", "市卫生健康委员会"),
        ("市应急局", "市应急管理局"),
        ("市环保局", "市生态环境局"),
        ("江阴生态环境局", "市生态环境局"),
        ("市交通局", "市交通运输局"),
        ("市地方金融监管局", "市地方金融监督管理局"),
        ("市政园林局", "市市政和园林局"),
        ("市政府办", "市政府办公室"),
        ("江阴市人民政府办公室", "市政府办公室"),
        ("消防救援支队", "市消防救援支队"),
        # culture bureaus: keep what is written in full
        ("市文体广旅局", "市文体广电和旅游局"),
        ("市文广旅局", "市文化广电和旅游局"),
        ("市文化广电旅游局", "市文化广电和旅游局"),
        ("市文化体育和旅游局", "市文化体育和旅游局"),
        # party organs, courts, federations
        ("组织部", "市委组织部"),
        ("中共江阴市委组织部", "市委组织部"),
        ("宣传部", "市委宣传部"),
        ("人才办", "市委人才办"),
        ("团委", "团市委"),
        ("市法院", "市人民法院"),
        ("市科协", "市科学技术协会"),
        ("市工商联", "市工商业联合会"),
        ("市妇联", "市妇女联合会"),
        # central bank
        ("人民银行", "中国人民银行江阴市支行"),
        ("人行江阴市支行", "中国人民银行江阴市支行"),
        # traditional characters
        ("市發改委", "市发展和改革委员会"),
        ("市衛健委", "市卫生健康委员会"),
    ],
)
def test_resolve_known_forms(raw, expected):
    assert resolve_department(raw, JIANGYIN) == ResolvedDepartment(expected, True)


def test_level_word_follows_jurisdiction():
    assert resolve_department("工信局", "上海市普陀区").name == "区工业和信息化局"
    assert resolve_department("上海市普陀区科技局", "上海市普陀区").name == "区科学技术局"
    assert resolve_department("组织部", "沛县").name == "县委组织部"
    assert resolve_department("市工信局", "上海市普陀区").name == "市经济和信息化委员会"


def test_park_bureaus_keep_written_name():
    assert resolve_department("科学技术局", "江阴高新区").name == "科学技术局"
    assert resolve_department("科学技术局", "江阴高新区").known
    assert resolve_department("党群工作部", "江阴高新区").name == "党群工作部"


@pytest.mark.parametrize(
    "raw", ["各镇街园区", "各镇（街道）", "各县(市、区)人民政府", "各有关部门", "有关部门", "市有关部门"]
)
def test_collectives_named_as_written(raw):
    assert resolve_department(raw, "南通市") == ResolvedDepartment(raw, True)


def test_unknown_keeps_written_form_without_place():
    assert resolve_department("江阴市霞科办", JIANGYIN).name == "市霞科办"
    assert not resolve_department("江阴市霞科办", JIANGYIN).known
    assert resolve_department("张謇企业家学院", "南通市").name == "张謇企业家学院"
    assert not resolve_department("市产控集团", "南通市").known


def test_document_hints_choose_family_member_and_bank_branch():
    resolved = resolve_document_departments(["市文旅局", "市文体广电和旅游局"], JIANGYIN)
    assert resolved["市文旅局"].name == "市文体广电和旅游局"
    assert resolve_department("市文旅局", JIANGYIN).name == "市文化和旅游局"
    hinted = resolve_department("人民银行", "南通市", hints=["人民银行南通市中心支行"])
    assert hinted.name == "人民银行南通市中心支行"  # the document's own full form of the branch
    assert resolve_department("人民银行南通市分行", "南通市").name == "人民银行南通市分行"
    assert resolve_department("人行南通市分行", "南通市", hints=["人民银行南通市分行"]).name == "人民银行南通市分行"
    assert resolve_department("人行南通市分行", "南通市").name == "中国人民银行南通市分行"


def _gold_rows():
    for stem in GOLD_STEMS:
        gold = load_gold(stem)
        jurisdiction = gold["document"]["jurisdiction"]
        for row in gold["responsibilities"]:
            yield stem, jurisdiction, row


def test_gold_accuracy():
    rows = list(_gold_rows())
    correct = sum(resolve_department(r["department_raw"], j).name == r["department"] for _, j, r in rows)
    assert len(rows) > 700
    assert correct / len(rows) >= 0.99


def test_one_name_per_department_within_jiangyin():
    """Across 000 and 003 (both 江阴市) every written form gets one name, and no two names
    the resolver gives are spellings of the same registry department."""
    names_by_raw: dict[str, set[str]] = {}
    for stem in ("000_9655f32b988e5d04", "003_940edf13a6d46b16"):
        for row in load_gold(stem)["responsibilities"]:
            names_by_raw.setdefault(row["department_raw"], set()).add(
                resolve_department(row["department_raw"], JIANGYIN).name
            )
    assert all(len(names) == 1 for names in names_by_raw.values())
    raws_by_name: dict[str, set[str]] = {}
    for raw, (name,) in names_by_raw.items():
        raws_by_name.setdefault(name, set()).add(raw)
    assert raws_by_name["市工业和信息化局"] == {"工信局", "市工信局"}
    assert raws_by_name["中国人民银行江阴市支行"] == {"人民银行", "人行江阴市支行"}
    assert len({resolve_department(name, JIANGYIN).name for name in raws_by_name}) == len(raws_by_name)


@pytest.mark.parametrize(
    ("raw", "jurisdiction", "expected"),
    [
        # provincial bodies are 厅 where the cities have 局; a 厅 form without level word means 省
        ("省科技厅", "浙江省", "省科学技术厅"),
        ("科技厅", "浙江省", "省科学技术厅"),
        ("省人力社保厅", "浙江省", "省人力资源和社会保障厅"),
        ("省住房城乡建设厅", "江苏省", "省住房和城乡建设厅"),
        ("省发展改革委", "江苏省", "省发展和改革委员会"),
        ("省市场监管局", "江苏省", "省市场监督管理局"),
        ("省工信厅", "江苏省", "省工业和信息化厅"),
        ("省高院", "浙江省", "省高级人民法院"),
        ("省委宣传部", "浙江省", "省委宣传部"),
        ("科技厅", "杭州市", "省科学技术厅"),
        # industry follows the province's post-reform name, whatever the document writes
        ("省经信厅", "浙江省", "省经济和信息化厅"),
        ("市经信局", "杭州市", "市经济和信息化局"),
        ("市工信局", "杭州市", "市经济和信息化局"),
        ("市经信局", "成都市", "市经济和信息化局"),
        ("县经信局", "博罗县", "县工业和信息化局"),
        ("市经信委", "南通市", "市工业和信息化局"),
        ("市经信委", "上海市", "市经济和信息化委员会"),
        ("区经委", "上海市闵行区", "区经济委员会"),
        ("区建设管理委", "上海市闵行区", "区建设和管理委员会"),
        # power supply: State Grid 供电公司, China Southern Grid 供电局
        ("国网杭州供电公司", "杭州市", "市供电公司"),
        ("博罗供电局", "博罗县", "县供电局"),
        ("市供电公司", "南通市", "市供电公司"),
        # vertically managed bodies, second names, full names of commissions
        ("国家税务总局杭州市税务局", "杭州市", "市税务局"),
        ("市政府办（市金融办）", "南通市", "市政府办公室"),
        ("市国资委", "南通市", "市国资委"),
        ("市通管办", "南通市", "市通管办"),
        ("南通市国有资产监督管理委员会", "南通市", "市国资委"),
        ("市委网信办", "南通市", "市委网信办"),
        ("人行成都分行营管部", "成都市", "中国人民银行成都分行营管部"),
        # an enclosing place keeps its level word; one of the same level keeps its name
        ("上海市科委", "上海市闵行区", "市科学技术委员会"),
        ("江苏省科技厅", "江阴市", "省科学技术厅"),
        ("无锡市科技局", "江阴市", "无锡市科学技术局"),
    ],
)
def test_resolve_other_provinces_and_levels(raw, jurisdiction, expected):
    assert resolve_department(raw, jurisdiction) == ResolvedDepartment(expected, True)


def test_unknown_names_keep_other_place_words():
    assert resolve_department("四川银保监局", "成都市") == ResolvedDepartment("四川银保监局", False)
    assert resolve_department("浙江银保监局", "浙江省") == ResolvedDepartment("浙江银保监局", False)
    assert resolve_department("江阴市霞科办", JIANGYIN) == ResolvedDepartment("市霞科办", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各区、县（市）人民政府，市财政局", ["各区、县（市）人民政府", "市财政局"]),
        ("各县（市）、区人民政府", ["各县（市）、区人民政府"]),
        ("各镇、街道、莘庄工业区", ["各镇、街道", "莘庄工业区"]),
        ("各区、市工信局", ["各区", "市工信局"]),
    ],
)
def test_collectives_spread_over_level_words(text, expected):
    assert split_department_list(text) == expected


def test_district_and_county_finance_offices_keep_their_name_cities_have_a_bureau():
    assert resolve_department("区金融办", "宁波市鄞州区").name == "区金融办"
    assert resolve_department("金融办", "肥西县").name == "县金融办"
    assert resolve_department("市金融办", "南通市").name == "市地方金融监督管理局"
    assert resolve_department("区地方金融监管局", "宁波市鄞州区").name == "区地方金融监督管理局"


def test_an_investment_promotion_centre_is_not_the_bureau():
    assert resolve_department("区投资促进中心", "宁波市鄞州区").name == "区投资促进中心"
    assert resolve_department("市投促局", "南通市").name == "市投资促进局"


@pytest.mark.parametrize(
    ("raw", "jurisdiction", "expected"),
    [
        ("区国资局", "顺德区", "区国有资产监督管理局"),  # a bureau where the district has one
        ("市国资委", "江阴市", "市国资委"),  # the commission keeps its customary short form
        ("区经济信息委", "璧山区", "区经济和信息化委员会"),  # 重庆's usual short form
    ],
)
def test_state_assets_bodies_and_chongqing_industry_commission(raw, jurisdiction, expected):
    assert resolve_department(raw, jurisdiction).name == expected

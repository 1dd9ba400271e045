"""Jurisdiction detection and level words."""

from __future__ import annotations

import pytest

from etl.normalise.jurisdiction import detect_jurisdiction, jurisdiction_from_doc_number, level_word
from tests.conftest import load_gold, sample_path


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        ("江阴市人民政府办公室", "江阴市"),
        ("江阴高新区管理委员会", "江阴高新区"),
        ("上海市普陀区人民政府", "上海市普陀区"),
        ("中共江阴市委 江阴市人民政府", "江阴市"),
        ("江苏省南通市人民政府", "南通市"),
        ("南通市制造强市建设领导小组办公室", "南通市"),
        ("无锡市江阴市人民政府", "江阴市"),
        ("沛县人民政府", "沛县"),
        ("江苏省人民政府", "江苏省"),
    ],
)
def test_issuer(issuer, expected):
    assert detect_jurisdiction(issuer, None, None, "") == expected


def test_doc_number_prefix():
    assert jurisdiction_from_doc_number("澄政办发〔2022〕36号") == "江阴市"
    assert jurisdiction_from_doc_number("锡政发〔2022〕5号") == "无锡市"
    assert jurisdiction_from_doc_number("通政办发〔2023〕1号") == "南通市"
    assert jurisdiction_from_doc_number("苏府办〔2022〕1号") == "苏州市"
    assert detect_jurisdiction(None, "澄政发〔2020〕1号", None, "") == "江阴市"


def test_title_place():
    assert detect_jurisdiction(None, None, "“创新江阴”三年行动计划（2020－2022年）", "") == "江阴市"
    assert detect_jurisdiction(None, None, "某某市数字经济三年行动计划", "") == "某某市"


@pytest.mark.parametrize(
    ("jurisdiction", "expected"),
    [
        ("江阴市", "市"),
        ("上海市普陀区", "区"),
        ("浦东新区", "区"),
        ("沛县", "县"),
        ("江阴高新区", ""),
        ("苏州工业园区", ""),
        (None, ""),
    ],
)
def test_level_word(jurisdiction, expected):
    assert level_word(jurisdiction) == expected


@pytest.mark.parametrize(
    "stem",
    [
        "000_9655f32b988e5d04",
        "001_5c98e3f220e824c9",
        "002_bee87eaabc4616cb",
        "003_940edf13a6d46b16",
        "004_c753c493ba97cf57",
    ],
)
def test_gold_documents(stem):
    document = load_gold(stem)["document"]
    text = sample_path("txt", stem).read_text(encoding="utf-8")
    found = detect_jurisdiction(document["issuer"], document["doc_number"], document["title"], text)
    assert found == document["jurisdiction"]


@pytest.mark.parametrize(
    ("doc_number", "text", "expected"),
    [
        ("杭政办函〔2023〕18号", "", "杭州市"),
        ("甬政发〔2022〕3号", "", "宁波市"),
        ("穗府办〔2021〕7号", "", "广州市"),
        ("深府〔2020〕1号", "", "深圳市"),
        ("浙政办发〔2022〕45号", "", "浙江省"),
        ("苏政办发〔2022〕1号", "", "江苏省"),
        ("闵府发〔2023〕6号", "", "上海市闵行区"),
        ("徐府发〔2023〕2号", "", "上海市徐汇区"),
        ("徐政发〔2023〕2号", "", "徐州市"),
        # a prefix two places share is decided by the text, else left open
        ("青政办发〔2022〕1号", "青岛市人民政府办公厅 青岛", "青岛市"),
        ("青政办发〔2022〕1号", "青海省人民政府办公厅", "青海省"),
        ("宁政发〔2022〕5号", "", None),
    ],
)
def test_doc_number_prefixes_of_other_provinces(doc_number, text, expected):
    assert jurisdiction_from_doc_number(doc_number, text) == expected


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        ("杭州市人民政府办公厅", "杭州市"),
        ("浙江省人民政府办公厅", "浙江省"),
        ("上海市闵行区人民政府", "上海市闵行区"),
        ("博罗县人民政府办公室", "博罗县"),
        ("中共广州市委办公厅 广州市人民政府办公厅", "广州市"),
    ],
)
def test_issuers_of_other_provinces(issuer, expected):
    assert detect_jurisdiction(issuer, None, None, "") == expected


def test_province_of_jurisdictions():
    from etl.normalise.places import province_of

    assert province_of("博罗县") == "广东省"
    assert province_of("杭州市") == "浙江省"
    assert province_of("上海市闵行区") == "上海市"
    assert province_of("苏州市") == "江苏省"


def test_city_stems_that_are_ordinary_words_need_the_full_name_in_the_body():
    body = "深化开放合作，推进国际合作。建设灯塔工厂，扩大合作领域。（责任单位：市商务局）"
    assert detect_jurisdiction(None, None, "某市促进工业经济高质量发展三年行动计划", body) is None
    named = "江阴市人民政府印发。推动江阴制造业发展，深化开放合作，建设江阴创新高地。"
    assert detect_jurisdiction(None, None, "促进工业经济高质量发展三年行动计划", named) == "江阴市"

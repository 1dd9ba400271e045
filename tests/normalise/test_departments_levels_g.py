"""Level words of autonomous regions (自治区), leagues (盟), autonomous prefectures (州) and banners (旗)."""

from __future__ import annotations

import pytest

from etl.normalise.departments import resolve_department, split_department_list
from etl.normalise.jurisdiction import detect_jurisdiction, level_word


def _name(raw: str, jurisdiction: str) -> str:
    return resolve_department(raw, jurisdiction).name


@pytest.mark.parametrize(
    ("jurisdiction", "word"),
    [("广西壮族自治区", "自治区"), ("阿拉善盟", "盟"), ("阿拉善左旗", "旗"), ("湘西土家族苗族自治州", "州"),
     ("柳州市", "市"), ("融水苗族自治县", "县"), ("柳江区", "区"), ("江苏省", "省")],
)
def test_level_word_of_each_kind_of_jurisdiction(jurisdiction: str, word: str) -> None:
    assert level_word(jurisdiction) == word


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("旗工信局", "旗工业和信息化局"), ("旗发改委", "旗发展和改革委员会"), ("旗科技局", "旗科学技术局"),
     ("旗市场监管局", "旗市场监督管理局"), ("工信局", "旗工业和信息化局"), ("阿拉善左旗科技局", "旗科学技术局"),
     ("旗委组织部", "旗委组织部"), ("旗政府办", "旗政府办公室"), ("旗金融办", "旗金融办"),
     ("盟工业和信息化局", "盟工业和信息化局"), ("阿拉善盟工信局", "盟工业和信息化局"),
     ("内蒙古自治区工业和信息化厅", "自治区工业和信息化厅"), ("旗能源局", "旗能源局")],
)
def test_banner_document_names_its_own_and_its_league_s_bodies(raw: str, expected: str) -> None:
    assert _name(raw, "阿拉善左旗") == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("自治区工信厅", "自治区工业和信息化厅"), ("自治区发展改革委", "自治区发展和改革委员会"),
     ("广西壮族自治区科技厅", "自治区科学技术厅"), ("科技厅", "自治区科学技术厅"),
     ("自治区党委组织部", "自治区党委组织部"), ("自治区纪委监委", "自治区纪委监委"),
     ("自治区人民政府", "自治区人民政府"), ("市工信局", "市工业和信息化局"), ("柳州供电局", "市供电局")],
)
def test_city_in_an_autonomous_region_names_the_region_s_bodies_with_自治区(raw: str, expected: str) -> None:
    assert _name(raw, "柳州市") == expected


def test_a_province_s_bodies_keep_省_and_a_bare_厅_form_stays_省_in_a_province() -> None:
    assert _name("科技厅", "江阴市") == "省科学技术厅"
    assert _name("省科技厅", "柳州市") == "省科学技术厅"  # written 省: kept as written


def test_the_region_s_own_document_uses_自治区() -> None:
    assert _name("工信厅", "广西壮族自治区") == "自治区工业和信息化厅"
    assert _name("工信局", "广西壮族自治区") == "自治区工业和信息化厅"


def test_a_league_s_government_is_its_行政公署() -> None:
    assert _name("盟行署", "锡林郭勒盟") == "盟行政公署"
    assert _name("盟行署办公室", "锡林郭勒盟") == "盟行政公署办公室"
    assert _name("盟工信局", "锡林郭勒盟") == "盟工业和信息化局"


def test_an_autonomous_prefecture_s_bodies_use_州() -> None:
    assert _name("州工信局", "湘西土家族苗族自治州") == "州工业和信息化局"
    assert _name("发改委", "湘西土家族苗族自治州") == "州发展和改革委员会"


def test_collectives_with_banner_words_are_named_as_written() -> None:
    assert _name("旗有关部门", "阿拉善左旗") == "旗有关部门"
    assert _name("各苏木镇人民政府", "阿拉善左旗") == "各苏木镇人民政府"
    assert split_department_list("各旗、县（市、区）人民政府，盟直有关部门") == ["各旗、县（市、区）人民政府", "盟直有关部门"]


def test_an_unknown_banner_body_keeps_its_written_name() -> None:
    assert _name("旗政府督查室", "阿拉善左旗") == "旗政府督查室"
    assert not resolve_department("旗政府督查室", "阿拉善左旗").known


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [("鄂托克旗人民政府", "鄂托克旗"), ("科尔沁右翼中旗人民政府办公室", "科尔沁右翼中旗"),
     ("鄂尔多斯市鄂托克旗人民政府办公室", "鄂托克旗"), ("锡林郭勒盟行政公署办公室", "锡林郭勒盟"),
     ("柳州市人民政府办公室", "柳州市")],
)
def test_jurisdiction_of_banner_league_and_city_issuers(issuer: str, expected: str) -> None:
    assert detect_jurisdiction(issuer, None, None, "") == expected

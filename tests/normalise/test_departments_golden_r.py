"""Department names found with the r_ golden documents (浙江 / 四川 counties, a 山东 district)."""

from __future__ import annotations

import pytest

from etl.normalise.departments import resolve_department, resolve_document_departments


@pytest.mark.parametrize(
    ("raw", "jurisdiction", "expected"),
    [
        # 浙江's county culture bureaus: 文化和广电旅游体育局 (文广旅体局)
        ("县文广旅体局", "嘉善县", "县文化和广电旅游体育局"),
        ("嘉善县文化和广电旅游体育局", "嘉善县", "县文化和广电旅游体育局"),
        # both education-and-sports names are official: the one written in full is kept
        ("县教育和体育局", "仁寿县", "县教育和体育局"),
        ("县教育体育局", "仁寿县", "县教育体育局"),
        ("县经信局", "仁寿县", "县经济和信息化局"),
        ("国网仁寿县供电公司", "仁寿县", "县供电公司"),
        ("国家税务总局济南市历下区税务局", "济南市历下区", "区税务局"),
        ("区投促局", "济南市历下区", "区投资促进局"),
        ("县政府办（县金融办）", "仁寿县", "县政府办公室"),
    ],
)
def test_resolve_county_and_district_forms(raw: str, jurisdiction: str, expected: str) -> None:
    assert resolve_department(raw, jurisdiction).name == expected


def test_abbreviation_follows_the_education_bureau_the_document_writes_in_full() -> None:
    resolved = resolve_document_departments(["县教体局", "县教育和体育局"], "仁寿县")
    assert {raw: r.name for raw, r in resolved.items()} == {
        "县教体局": "县教育和体育局",
        "县教育和体育局": "县教育和体育局",
    }
    assert resolve_department("县教体局", "仁寿县").name == "县教育体育局"


def test_units_without_registry_entry_keep_their_written_name() -> None:
    assert resolve_department("县融媒体中心", "嘉善县").name == "县融媒体中心"
    assert resolve_department("眉山银保监分局仁寿监管组", "仁寿县").name == "眉山银保监分局仁寿监管组"
    assert resolve_department("市生态环境局嘉善分局", "嘉善县").name == "市生态环境局嘉善分局"

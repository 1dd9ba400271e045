"""Department names found with the n_ golden documents (a 湖北 prefecture city, a 河北 county)."""

from __future__ import annotations

import pytest

from etl.normalise.departments import resolve_department


@pytest.mark.parametrize(
    ("raw", "jurisdiction", "expected"),
    [
        # cities whose urban management body is a 城市管理执法委员会 (城管执法委)
        ("市城管执法委", "襄阳市", "市城市管理执法委员会"),
        ("襄阳市城市管理执法委员会", "襄阳市", "市城市管理执法委员会"),
        ("市城管委", "襄阳市", "市城市管理委员会"),
        ("市经信局", "襄阳市", "市经济和信息化局"),  # 湖北 kept 经济和信息化
        ("国网襄阳供电公司", "襄阳市", "市供电公司"),
        ("市自然资源规划局", "襄阳市", "市自然资源和规划局"),
        ("县工信局", "正定县", "县工业和信息化局"),
        ("县文广旅局", "正定县", "县文化广电和旅游局"),
        ("人行正定县支行", "正定县", "中国人民银行正定县支行"),
        # collectives and other governments keep their written name
        ("各县（市、区）人民政府", "襄阳市", "各县（市、区）人民政府"),
        ("县直各部门", "正定县", "县直各部门"),
        ("谷城县人民政府", "襄阳市", "谷城县人民政府"),
    ],
)
def test_resolve_city_and_county_forms(raw: str, jurisdiction: str, expected: str) -> None:
    assert resolve_department(raw, jurisdiction).name == expected

"""Department names of municipality districts (上海市浦东新区, 北京市海淀区, 天津市滨海新区)."""

from __future__ import annotations

import pytest

from etl.normalise.departments import resolve_department


@pytest.mark.parametrize(
    ("raw", "jurisdiction", "expected"),
    [
        # 浦东新区's own commissions
        ("区科经委", "上海市浦东新区", "区科技和经济委员会"),
        ("浦东新区科技和经济委员会", "上海市浦东新区", "区科技和经济委员会"),
        ("区建交委", "上海市浦东新区", "区建设和交通委员会"),
        ("区商务委", "上海市浦东新区", "区商务委员会"),
        ("区发展改革委", "上海市浦东新区", "区发展和改革委员会"),
        ("区人力资源社会保障局", "上海市浦东新区", "区人力资源和社会保障局"),
        ("区市场监管局", "上海市浦东新区", "区市场监督管理局"),
        # the customary short form of a 国资委 is kept
        ("区国资委", "上海市浦东新区", "区国资委"),
        # other Shanghai districts: an 经委 of their own, not the city's 经信委
        ("区经委", "上海市闵行区", "区经济委员会"),
        # 北京 districts' 科学技术和信息化局
        ("区科信局", "北京市海淀区", "区科学技术和信息化局"),
        ("区发展改革委", "北京市海淀区", "区发展和改革委员会"),
        ("区国资委", "天津市滨海新区", "区国资委"),
        ("区科技局", "天津市滨海新区", "区科学技术局"),
    ],
)
def test_municipality_district_departments(raw: str, jurisdiction: str, expected: str) -> None:
    assert resolve_department(raw, jurisdiction).name == expected

"""Province-level department names and bodies written with 政府 before their name."""

from __future__ import annotations

import pytest

from etl.normalise.departments import resolve_department, split_department_list


@pytest.mark.parametrize(
    ("raw", "jurisdiction", "expected"),
    [
        ("省发展改革委", "江西省", "省发展和改革委员会"),
        ("省科技厅", "江西省", "省科学技术厅"),
        ("省工信厅", "江西省", "省工业和信息化厅"),
        ("省人力资源社会保障厅", "江西省", "省人力资源和社会保障厅"),
        ("省市场监管局", "江西省", "省市场监督管理局"),
        ("省地方金融监管局", "江西省", "省地方金融监督管理局"),
        ("省委网信办", "江西省", "省委网信办"),
        ("团省委", "湖南省", "团省委"),
        ("国家税务总局江西省税务局", "江西省", "省税务局"),
        # the province's own name is removed and its level word kept, for unknown bodies too
        ("湖南省能源局", "湖南省", "省能源局"),
        ("江西省工业和信息化厅", "江西省", "省工业和信息化厅"),
        # State Grid's provincial company
        ("国网湖南省电力有限公司", "湖南省", "省电力有限公司"),
        ("省电力公司", "湖南省", "省电力有限公司"),
        ("国网嘉善县供电公司", "嘉善县", "县供电公司"),
        # 政府 between the level word and a directly run body's name
        ("省政府国资委", "湖南省", "省国资委"),
        ("湖南省人民政府国资委", "湖南省", "省国资委"),
        ("市政府国资委", "佛山市", "市国资委"),
        # … but not the government's own office, nor a body the registry does not know
        ("省政府办公厅", "湖南省", "省政府办公厅"),
        ("市政府研究室", "佛山市", "市政府研究室"),
        ("市政府", "佛山市", "市人民政府"),
    ],
)
def test_province_and_government_run_bodies(raw, jurisdiction, expected):
    assert resolve_department(raw, jurisdiction).name == expected


def test_government_run_body_is_not_split_in_a_list():
    assert split_department_list("省政府国资委、省财政厅") == ["省政府国资委", "省财政厅"]
    assert split_department_list("市政府办公室市工信局") == ["市政府办公室", "市工信局"]

"""Round-2 unseen documents (tests/data/unseen/round2/): task outlines and prose targets.

Every expected row was written by reading the fixture, not from program output. Target rows
are (task path, year, metric, value, unit, qualifier); metrics match as the scorer matches them
(containment or similarity >= 0.5), every other field exactly, and nothing else may be found.

Readings chosen where the genre is ambiguous:
- a 专栏 box heading is text of the section it stands in; its 1．2． projects are that section's items.
- a numbered goal list written as one sentence ("1.到2025年…；2.…；3.…。") shares its deadline:
  an item continuing the previous item's sentence (that one ends in ；or ，) inherits its year.
- "N.2024年5月底前…" is item N. followed by a year, not the decimal 2.2024.
- "1.…2.…" written inside a （一） paragraph after its heading sentence are that item's children.
- a month deadline without a year (4月底前, 年底前) names the document's own year.
- a 工作报告's 2023年工作回顾 reports results; in "2023年…突破500亿元，今年力争达到560亿元" only
  this year's number is a target, even though the sentence says 力争.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from etl.extract.targets import extract_targets
from etl.extract.tasks import extract_tasks
from etl.read import read_document
from tests.extract.test_targets_unseen import Row, _same
from tests.extract.test_tasks import doc_of

ROUND2 = Path(__file__).resolve().parent.parent / "data" / "unseen" / "round2"

OUTLINES: dict[str, list[tuple[str, str, str]]] = {
    "logistics_fyp_boxes.txt": [
        ("1", "第一章", "发展基础"),
        ("2", "第二章", "发展目标"),
        ("2.1", "第一节", "总体目标"),
        ("3", "第三章", "重点任务"),
        ("3.1", "第一节", "完善物流枢纽网络"),
        ("3.1.1", "1．", "枢纽建设工程"),
        ("3.1.2", "2．", "多式联运工程"),
        ("3.2", "第二节", "发展冷链物流"),
        ("3.2.1", "1．", "冷链设施工程"),
        ("3.2.2", "2．", "冷链配送工程"),
        ("4", "第四章", "保障措施"),
        ("4.1", "第一节", "加强组织领导"),
    ],
    "three_year_numbered_goals.txt": [
        ("1", "一、", "主要目标"),
        ("1.1", "1.", "到2025年，全区规模以上工业企业智能化改造和数字化转型覆盖率达到90%以上"),
        ("1.2", "2.", "累计实施智能化改造项目600个，建成省级智能制造示范工厂8家、市级智能车间50个"),
        ("1.3", "3.", "培育工业互联网平台3个，重点工业企业关键工序数控化率达到65%"),
        ("2", "二、", "重点任务"),
        ("2.1", "1．", "实施智能化改造提升行动"),
        ("2.1.1", "（1）", "推进设备更新换代"),
        ("2.1.2", "（2）", "打造示范标杆"),
        ("2.2", "2．", "推进数字化转型赋能行动"),
        ("2.2.1", "（1）", "开展免费诊断服务"),
        ("2.2.2", "（2）", "推动企业上云用平台"),
        ("2.3", "3．", "夯实数字基础设施"),
        ("3", "三、", "保障措施"),
        ("3.1", "1．", "强化组织推进"),
        ("3.2", "2．", "加大资金支持"),
    ],
    "notice_inline_tasks.txt": [
        ("1", "一、", "工作目标"),
        ("2", "二、", "工作任务"),
        ("2.1", "（一）", "整治农村人居环境"),
        ("2.1.1", "1.", "清理农村生活垃圾和积存垃圾，2024年6月底前完成所有行政村“三清一改”"),
        ("2.1.2", "2.", "完成农村户厕改造2000户，卫生厕所普及率达到92%"),
        ("2.2", "（二）", "整治城区市容秩序"),
        ("2.2.1", "1.", "规范占道经营和流动摊点，4月底前设置便民疏导点20处"),
        ("2.2.2", "2.", "2024年5月底前完成主次干道破损路面修复3万平方米"),
        ("2.3", "（三）", "整治河道水环境"),
        ("2.3.1", "1.", "开展河道清淤疏浚，年底前完成清淤河道50公里"),
        ("2.3.2", "2.", "取缔非法排污口，确保全县15个国省考断面水质达标率100%"),
        ("3", "三、", "工作要求"),
        ("3.1", "（一）", "加强组织领导"),
        ("3.2", "（二）", "强化督查考核"),
    ],
    "government_work_report.txt": [
        ("1", "一、", "2023年工作回顾"),
        ("1.1", "（一）", "产业转型步伐加快"),
        ("1.2", "（二）", "民生福祉持续增进"),
        ("2", "二、", "2024年主要目标任务"),
        ("2.1", "（一）", "坚定不移抓项目扩投资"),
        ("2.2", "（二）", "聚力攻坚强产业"),
        ("2.3", "（三）", "用心用情惠民生"),
    ],
}

TARGETS: dict[str, list[Row]] = {
    "logistics_fyp_boxes.txt": [
        # 第一章 发展基础 narrates the 十三五 results: nothing there is a target
        ("2.1", 2025, "物流业增加值", 600, "亿元", None),
        ("2.1", 2025, "物流业增加值年均增长", 7, "%", "approx"),
        ("2.1", 2025, "社会物流总费用占地区生产总值比率", 13.5, "%", "max"),
        ("2.1", 2025, "A级物流企业", 100, "家", "min"),
        ("2.1", 2025, "5A级物流企业", 10, "家", "min"),
        # the first box's section names no year
        ("3.1.1", None, "国家级物流枢纽", 2, "个", None),
        ("3.1.1", None, "省级示范物流园区", 8, "个", None),
        ("3.1.2", 2025, "集装箱铁水联运量", 50, "万标箱", None),
        ("3.1.2", 2025, "集装箱铁水联运量年均增长", 20, "%", "min"),
        ("3.2", 2025, "冷库总容量", 120, "万吨", None),
        ("3.2", 2025, "果蔬冷链流通率", 35, "%", "approx"),
        # the second box stands in a section whose text says 到2025年: its projects carry it
        ("3.2.1", 2025, "冷链物流中心", 5, "个", None),
        ("3.2.1", 2025, "冷库容量", 30, "万吨", None),
        ("3.2.2", 2025, "冷藏车", 500, "辆", "min"),
    ],
    "three_year_numbered_goals.txt": [
        ("1.1", 2025, "规模以上工业企业智能化改造和数字化转型覆盖率", 90, "%", "min"),
        ("1.2", 2025, "智能化改造项目", 600, "个", None),
        ("1.2", 2025, "省级智能制造示范工厂", 8, "家", None),
        ("1.2", 2025, "市级智能车间", 50, "个", None),
        ("1.3", 2025, "工业互联网平台", 3, "个", None),
        ("1.3", 2025, "重点工业企业关键工序数控化率", 65, "%", None),
        ("2.1.1", None, "设备更新项目", 150, "个", "min"),
        ("2.1.1", 2023, "工业技改投资", 80, "亿元", None),
        ("2.1.2", 2024, "省级智能制造示范车间", 15, "个", None),
        ("2.2.1", None, "规上工业企业", 300, "家", None),
        ("2.2.2", None, "上云企业", 500, "家", None),
        ("2.3", None, "5G基站", 1200, "个", None),
        ("3.2", None, "专项资金", 5000, "万元", "min"),
    ],
    "notice_inline_tasks.txt": [
        ("1", 2024, "农村生活垃圾无害化处理率", 95, "%", "min"),
        ("1", 2024, "美丽庭院示范户", 1000, "户", None),
        ("2.1.2", None, "农村户厕改造", 2000, "户", None),
        ("2.1.2", None, "卫生厕所普及率", 92, "%", None),
        ("2.2.1", 2024, "便民疏导点", 20, "处", None),
        ("2.2.2", 2024, "主次干道破损路面修复", 3, "万平方米", None),
        ("2.3.1", 2024, "清淤河道", 50, "公里", None),
        ("2.3.2", None, "国省考断面水质达标率", 100, "%", None),
    ],
    "government_work_report.txt": [
        ("2", 2024, "地区生产总值增长", 6, "%", "approx"),
        ("2", 2024, "一般公共预算收入增长", 5, "%", None),
        ("2", 2024, "城镇新增就业", 8000, "人", "min"),
        ("2", 2024, "单位地区生产总值能耗", 3, "%", "delta"),
        ("2.1", 2024, "省市县重点项目", 150, "个", None),
        ("2.1", 2024, "投资", 300, "亿元", "min"),
        ("2.1", 2024, "亿元以上项目", 60, "个", None),
        ("2.2", 2024, "规上工业产值", 560, "亿元", None),
        ("2.2", 2024, "规上工业企业", 50, "家", None),
        ("2.2", 2024, "国家级专精特新“小巨人”企业", 2, "家", None),
        ("2.3", 2024, "幼儿园", 5, "所", None),
        ("2.3", 2024, "城镇学位", 3000, "个", None),
        ("2.3", 2024, "老旧小区改造", 40, "个", None),
    ],
}


def _found(name: str) -> list[Row]:
    doc = read_document(ROUND2 / name)
    tasks = extract_tasks(doc)
    paths = {task.id: task.path for task in tasks}
    return [
        (paths.get(t.task_id or ""), t.year, t.metric, t.value, t.unit, t.qualifier.value if t.qualifier else None)
        for t in extract_targets(doc, tasks)
    ]


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_round2_task_outline(name: str) -> None:
    tasks = extract_tasks(read_document(ROUND2 / name))
    assert [(t.path, t.label, t.title) for t in tasks] == OUTLINES[name]


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_round2_targets(name: str) -> None:
    missing = list(TARGETS[name])
    spurious: list[Row] = []
    for row in _found(name):
        match = next((e for e in missing if _same(e, row)), None)
        if match is None:
            spurious.append(row)
        else:
            missing.remove(match)
    assert (missing, spurious) == ([], [])


def _paths(*texts: str) -> list[tuple[str, str, str]]:
    return [(t.path, t.label, t.title) for t in extract_tasks(doc_of(*texts))]


def _rows(*texts: str, issue_year: int | None = None) -> list[tuple[str | None, int | None, str, float]]:
    doc = doc_of(*texts)
    tasks = extract_tasks(doc)
    paths = {task.id: task.path for task in tasks}
    return [(paths.get(t.task_id or ""), t.year, t.metric, t.value) for t in extract_targets(doc, tasks, issue_year)]


def test_inline_numbered_items_need_a_run_from_one() -> None:
    # a lone "。2." or a quantity "。1.5万…" inside a paragraph starts no item
    assert _paths("一、强化保障。完成80%。2.加强督查。", "二、强化宣传。1.5万户完成改造。") == [
        ("1", "一、", "强化保障"),
        ("2", "二、", "强化宣传"),
    ]
    # the paragraph's own scheme is not split inline: "1．…。2．…" in a 1． paragraph are siblings of prose
    assert _paths("1．推进改造。（1）新建厂房；（2）更新设备。") == [
        ("1", "1．", "推进改造"),
        ("1.1", "（1）", "新建厂房"),
        ("1.2", "（2）", "更新设备"),
    ]


def test_item_number_followed_by_a_year_is_a_label() -> None:
    assert _paths("1.完善制度。", "2.2024年底前建成平台。") == [
        ("1", "1.", "完善制度"),
        ("2", "2.", "2024年底前建成平台"),
    ]


def test_month_deadline_without_a_year_names_the_document_year() -> None:
    # 每年年底前 is a recurring deadline: no year
    rows = _rows("一、工作任务", "6月底前新建充电桩200个，每年年底前完成检修50次。", issue_year=2024)
    assert rows == [("1", 2024, "充电桩", 200), ("1", None, "检修", 50)]
    # unknown document year: no year is guessed
    assert _rows("一、工作任务", "6月底前新建充电桩200个。") == [("1", None, "充电桩", 200)]


def test_year_runs_on_only_into_an_item_continuing_the_sentence() -> None:
    rows = _rows("一、目标", "1.到2025年，新建基站500个。", "2.新增企业30家。")
    assert rows == [("1.1", 2025, "基站", 500), ("1.2", None, "企业", 30)]


def test_past_base_in_a_forward_sentence_is_not_a_target() -> None:
    rows = _rows("一、重点工作", "2023年工业产值突破500亿元，今年力争达到560亿元。", issue_year=2024)
    assert rows == [("1", 2024, "工业产值", 560)]


def test_an_undated_report_takes_its_year_from_its_title() -> None:
    rows = _rows("2024年某县政府工作报告", "一、主要目标", "今年新增就业8000人。")
    assert rows == [("1", 2024, "就业", 8000)]


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_round2_docx_gives_the_same_outline(name: str, tmp_path: Path) -> None:
    document = docx.Document()
    for line in (ROUND2 / name).read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "same.docx"
    document.save(path)
    assert [(t.path, t.label, t.title) for t in extract_tasks(read_document(path))] == OUTLINES[name]

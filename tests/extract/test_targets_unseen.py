"""Prose targets on hand-written documents of the genre (tests/data/unseen/targets/).

Every expected row was written by reading the fixture, not from program output. A row is
(task path, year, metric, value, unit, qualifier). Metrics match as the scorer matches them
(similarity >= 0.5 or containment), every other field exactly, and nothing else may be found.

Readings chosen where the genre is ambiguous:
- subsidy amounts and eligibility thresholds of 若干措施 (给予最高100万元奖励, 对…突破5亿元的企业)
  are rules of an incentive, not commitments: no target. A budget the government commits to
  spend (每年安排专项资金不低于3000万元) is a commitment: a target.
- "十四五"期间 / 每年 make the year NULL, like 三年内; 今年 in a speech names no year.
- past results (a 工作回顾 section, 一年来 / 当前 paragraphs) are not targets.
- "A、B各2家" commits to 2 of each named kind: one row per kind.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from etl.extract.targets import extract_targets
from etl.extract.tasks import extract_tasks
from etl.read import read_document

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "unseen" / "targets"

Row = tuple[str | None, int | None, str, float, str | None, str | None]

EXPECTED: dict[str, list[Row]] = {
    "county_digital_plan.txt": [
        ("1", 2025, "数字经济核心产业增加值", 120, "亿元", "min"),
        ("1", 2025, "数字经济核心产业增加值占地区生产总值比重", 12, "%", "approx"),
        ("1", 2025, "规模以上数字经济核心产业企业", 150, "家", "min"),
        ("1", 2025, "5G基站", 2000, "个", "min"),
        ("1", 2025, "亿元以上数字经济企业", 10, "家", "min"),
        ("1", 2025, "省级专精特新“小巨人”企业", 3, "家", "min"),
        ("1", 2025, "千兆光网覆盖率", 95, "%", "min"),
        ("1", 2025, "数据中心机架规模", 5000, "架", "max"),
        ("2.1.1", 2024, "亿元以上项目", 20, "个", None),
        ("2.1.1", 2024, "电子信息制造业产值年均增长", 15, "%", None),
        ("2.1.2", None, "软件企业", 30, "家", "min"),
        ("2.1.2", 2025, "软件业务收入", 50, "亿元", None),
        ("2.2.3", None, "智能化改造项目", 300, "个", "min"),
        ("2.2.3", None, "省级智能工厂", 10, "个", "min"),
        ("2.2.3", None, "市级数字化车间", 200, "个", None),
        ("2.2.4", 2025, "工业互联网平台连接设备", 15000, "台", None),
        ("2.2.4", 2025, "上云企业数量", 2000, "家", None),
        ("3.2", None, "数字经济发展专项资金", 3000, "万元", "min"),
    ],
    "district_work_points.txt": [
        ("1.1", 2024, "政务服务事项全程网办率", 90, "%", None),
        ("1.1", 2024, "“一件事”集成服务", 20, "项", None),
        ("1.2", None, "企业开办时间", 1, "个工作日", "max"),
        ("1.2", None, "工程建设项目审批时间", 60, "个工作日", "max"),
        ("2.3", None, "市场主体", 12000, "户", None),
        ("2.3", None, "省级专精特新企业", 30, "家", None),
        ("2.3", None, "市级专精特新企业", 50, "家", None),
        ("2.3", None, "国家级重点实验室", 2, "家", None),
        ("2.3", None, "省级重点实验室", 2, "家", None),
        ("2.4", None, "亿元以上产业项目", 40, "个", None),
        ("2.4", None, "10亿元以上项目", 5, "个", "min"),
        ("2.4", None, "实际使用外资", 2.5, "亿美元", None),
        ("2.5", None, "上市企业", 2, "家", None),
        ("2.5", None, "新三板挂牌企业", 3, "家", None),
        ("3.6", None, "工业用地", 1500, "亩", "min"),
        ("3.6", None, "存量低效用地", 500, "亩", None),
        ("3.7", None, "高层次人才", 200, "名", None),
        ("3.7", None, "人才公寓", 3000, "套", None),
    ],
    "mayor_speech.txt": [
        # 今年 is the speech's year (2024); the section's year carries into its （一）（二）（三） items
        ("3", 2024, "规模以上工业增加值增长", 7, "%", "approx"),
        ("3", 2024, "工业投资增长", 10, "%", "min"),
        ("3", 2024, "规上工业企业", 300, "家", None),
        ("3.1", 2024, "亿元以上产业项目", 150, "个", None),
        ("3.2", 2024, "省级专精特新中小企业", 100, "家", "min"),
        ("3.2", 2025, "国家级专精特新“小巨人”企业", 60, "家", None),
        ("3.3", 2024, "研发经费投入强度", 3.2, "%", None),
        ("3.3", 2024, "省级以上企业技术中心", 20, "家", None),
    ],
    "biomedicine_measures.txt": [
        ("1", 2027, "生物医药产业规模", 1000, "亿元", "min"),
        ("1", 2027, "生物医药产业规模年均增长", 15, "%", "min"),
        ("1", 2027, "生物医药企业", 500, "家", None),
        ("1", 2027, "营业收入超10亿元的企业", 10, "家", None),
        ("1", 2027, "公共服务平台", 8, "个", "min"),
    ],
    "ecology_plan.txt": [
        ("1", 2025, "PM2.5平均浓度", 30, "微克/立方米", "max"),
        ("1", 2025, "空气质量优良天数比率", 85, "%", None),
        ("1", 2025, "单位地区生产总值能耗", 14, "%", "delta"),
        ("1", 2025, "单位地区生产总值二氧化碳排放", 18, "%", "delta"),
        ("1", 2025, "地表水国考断面水质优良比例", 90, "%", "min"),
        ("1", None, "造林绿化面积", 2.5, "万亩", None),
        ("1", None, "城市绿道", 300, "公里", None),
        ("1", None, "城市生活垃圾回收利用率", 35, "%", "min"),
        ("2.1.1", 2024, "重点企业超低排放改造", 20, "家", None),
        ("2.1.1", None, "国三及以下排放标准营运柴油货车", 500, "辆", None),
        ("2.1.2", None, "建成区道路机械化清扫率", 90, "%", None),
        ("2.2.3", None, "污水管网", 120, "公里", None),
        ("2.2.3", None, "污水处理能力", 5, "万吨/日", None),
        ("2.2.3", None, "城市生活污水集中收集率", 5, "个百分点", "delta"),
        ("2.3.4", 2025, "光伏装机容量", 30, "万千瓦", None),
        ("2.3.4", 2025, "新能源汽车保有量", 30000, "辆", "min"),
        ("2.3.4", 2025, "充电桩", 2000, "个", None),
        ("2.3.5", None, "绿色建筑面积", 300, "万平方米", None),
        ("2.3.5", None, "城镇新建建筑中绿色建筑占比", 100, "%", None),
    ],
}


def _found(name: str) -> list[Row]:
    doc = read_document(FIXTURES / name)
    tasks = extract_tasks(doc)
    paths = {task.id: task.path for task in tasks}
    return [
        (
            paths.get(t.task_id or ""),
            t.year,
            t.metric,
            t.value,
            t.unit,
            t.qualifier.value if t.qualifier else None,
        )
        for t in extract_targets(doc, tasks)
    ]


def _metric_agrees(expected: str, found: str) -> bool:
    shorter, longer = sorted((expected, found), key=len)
    if len(shorter) >= 2 and shorter in longer:
        return True
    return difflib.SequenceMatcher(None, expected, found).ratio() >= 0.5


def _same(expected: Row, found: Row) -> bool:
    return (
        expected[0] == found[0]
        and expected[1] == found[1]
        and abs(expected[3] - found[3]) < 1e-6
        and expected[4:] == found[4:]
        and _metric_agrees(expected[2], found[2])
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_unseen_document_targets(name: str) -> None:
    found = _found(name)
    missing = list(EXPECTED[name])
    spurious: list[Row] = []
    for row in found:
        match = next((e for e in missing if _same(e, row)), None)
        if match is None:
            spurious.append(row)
        else:
            missing.remove(match)
    assert (missing, spurious) == ([], [])


def test_shortest_metric_names_on_unseen_documents() -> None:
    """Metrics keep the name as written, without scope words, verbs or a broken-off prefix."""
    metrics = {row[2] for name in EXPECTED for row in _found(name)}
    for expected in (
        "建成区道路机械化清扫率",
        "污水处理能力",
        "省级专精特新企业",
        "生物医药企业",
        "PM2.5平均浓度",
    ):
        assert expected in metrics
    assert not any(metric.endswith(("各", "新增")) or "给予" in metric for metric in metrics)

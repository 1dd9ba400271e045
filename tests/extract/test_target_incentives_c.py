"""Incentive rates and per-recipient caps of 若干措施, and quarter deadlines of 工作要点 (round 4, `c`)."""

from __future__ import annotations

from etl.extract.target_incentives import is_incentive_amount
from etl.extract.targets import extract_targets
from etl.extract.tasks import extract_tasks
from tests.extract.test_tasks import doc_of


def _rows(*texts: str, issue_year: int | None = None) -> list[tuple[str | None, int | None, str, float]]:
    doc = doc_of(*texts)
    tasks = extract_tasks(doc)
    paths = {task.id: task.path for task in tasks}
    return [(paths.get(t.task_id or ""), t.year, t.metric, t.value) for t in extract_targets(doc, tasks, issue_year)]


def test_rate_and_per_recipient_cap_of_a_grant_are_no_targets() -> None:
    rows = _rows(
        "一、建设平台",
        "2025年底前建成共性技术服务平台5个，对平台建设投入按30%给予资助，每个平台不超过2000万元。",
    )
    assert rows == [("1", 2025, "共性技术服务平台", 5)]


def test_rate_rule_needs_a_grant_in_the_clause() -> None:
    # a rate with 按 but no grant word, and a rate in a grant-free clause of a granting sentence, are targets
    assert not is_incentive_amount("研发投入按年均增长10%安排", "%")
    assert is_incentive_amount("按设备投资额的10%给予补助", "%")
    assert is_incentive_amount("给予50%的贴息", "%")
    rows = _rows("一、支持研发", "规上企业研发投入占比达到3%，对新建研发中心给予最高100万元奖励。")
    assert rows == [("1", None, "规上企业研发投入占比", 3)]


def test_recipient_cap_needs_a_grant_in_the_sentence() -> None:
    assert is_incentive_amount("单个企业每年不超过1000万元", "万元", "按新增投入的30%给予补贴,单个企业每年不超过1000万元")
    # the same words without any grant in the sentence: a budget limit the issuer commits to
    assert not is_incentive_amount("每个项目不超过500万元", "万元", "每个项目不超过500万元")


def test_quarter_deadline_names_the_document_year() -> None:
    rows = _rows("一、重点任务", "三季度完成重点项目投资80亿元，每季度发布报告2期。", issue_year=2025)
    assert rows == [("1", 2025, "重点项目投资", 80), ("1", None, "发布报告", 2)]
    assert _rows("一、重点任务", "上半年新建充电桩300个。", issue_year=2025) == [("1", 2025, "充电桩", 300)]

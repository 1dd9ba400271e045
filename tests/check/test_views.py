"""read_warehouse: the research views of a real (tiny) ingest as records in golden-file shape."""

from __future__ import annotations

import sqlite3

import pytest

from etl.check.golden import load_golden_dir
from etl.check.report import run_check
from etl.check.sections import DOCUMENT_FIELDS, RECORD_FIELDS, RECORD_SECTIONS
from etl.check.update import update_golden
from etl.check.views import WarehouseReadError, path_sort_key, read_warehouse

PLAN = """某市促进工业经济高质量发展三年行动计划（2022—2024年）

为加快推进制造业高质量发展，制定本行动计划。

一、总体目标
到2024年，全市规模以上工业企业达到2500家，高新技术企业数量达到1200家。

二、重点任务
1．加强龙头企业培育。支持龙头企业做大做强。（责任单位：市工信局）
2．推进产业集群发展。培育先进制造业集群。（责任单位：市发展改革委）
3．加快数字化转型。实施智能化改造。（责任单位：市工信局）
4．强化科技创新。建设企业技术中心。（责任单位：市科技局）
5．优化营商环境。深化放管服改革。（责任单位：市政务办）
6．加大金融支持。扩大信贷投放。（责任单位：市财政局）
7．强化人才支撑。引进高层次人才。（责任单位：市人社局）
8．推进绿色发展。实施节能降碳改造。（责任单位：市生态环境局）
9．扩大有效投资。推进重大项目建设。（责任单位：市发展改革委）
10．深化开放合作。到2024年，新增外资企业达到100家。（责任单位：市商务局）

三、保障措施
加强组织领导，建立工作推进机制。
"""


@pytest.fixture(scope="module")
def tiny_warehouse(tmp_path_factory):
    from etl.pipeline import ingest

    tmp = tmp_path_factory.mktemp("tiny")
    source = tmp / "plan.txt"
    source.write_text(PLAN, encoding="utf-8")
    report = ingest([source], db=tmp / "w.sqlite", parsed_dir=tmp / "p")
    assert not report.failed, [(o.source_name, o.errors) for o in report.failed]
    return tmp / "w.sqlite"


@pytest.fixture(scope="module")
def plan_records(tiny_warehouse):
    warehouse = read_warehouse(tiny_warehouse)
    assert list(warehouse) == ["plan.txt"]
    fmt, records = warehouse["plan.txt"]
    assert fmt == "txt"
    return records


def test_path_sort_key_is_natural_order():
    paths = ["2.10", "1", "2.9", "2", "10", "2.1.1", "2.1"]
    assert sorted(paths, key=path_sort_key) == ["1", "2", "2.1", "2.1.1", "2.9", "2.10", "10"]


def test_document_has_the_metadata_fields(plan_records):
    assert set(plan_records.document) == set(DOCUMENT_FIELDS)
    assert "三年行动计划" in plan_records.document["title"]
    assert (plan_records.document["period_start"], plan_records.document["period_end"]) == (2022, 2024)


def test_records_have_the_golden_fields_and_provenance(plan_records):
    for section in RECORD_SECTIONS:
        for record in plan_records.section(section):
            assert set(record) - {"provenance"} == set(RECORD_FIELDS[section]), section
    tasks = plan_records.section("tasks")
    assert tasks
    assert all(t.get("provenance") for t in tasks)


def test_tasks_are_in_natural_path_order(plan_records):
    paths = [t["path"] for t in plan_records.section("tasks")]
    assert "2.9" in paths
    assert "2.10" in paths
    assert paths.index("2.9") < paths.index("2.10")
    assert paths == sorted(paths, key=path_sort_key)


def test_targets_carry_the_path_of_their_task(plan_records):
    targets = plan_records.section("targets")
    paths = {t["path"] for t in plan_records.section("tasks")}
    assert targets
    assert all("task_path" in t and "task_id" not in t for t in targets)
    assert all(t["task_path"] is None or t["task_path"] in paths for t in targets)
    by_value = {t["value"]: t for t in targets}
    assert by_value[100]["task_path"] == "2.10"


def test_responsibilities_carry_raw_and_normalised_departments(plan_records):
    rows = plan_records.section("responsibilities")
    assert any(r["department_raw"] == "市工信局" and r["department"] == "市工业和信息化局" for r in rows)


def test_golden_written_from_the_warehouse_checks_identical(tiny_warehouse, tmp_path):
    warehouse = read_warehouse(tiny_warehouse)
    updates = update_golden(tmp_path, {}, warehouse, "txt")
    assert [u.path.name for u in updates] == ["plan.json"]
    golden, problems = load_golden_dir(tmp_path)
    assert problems == []
    report = run_check(golden, warehouse)
    assert [d.source_name for d in report.documents] == ["plan.txt"]
    assert report.documents[0].identical, report.documents[0].differences()
    assert report.f1("overall", "txt") == 1.0
    assert update_golden(tmp_path, golden, warehouse, "txt") == []


def test_missing_file_is_a_warehouse_read_error(tmp_path):
    with pytest.raises(WarehouseReadError, match="does not exist"):
        read_warehouse(tmp_path / "nowhere.sqlite")


def test_sqlite_file_without_the_views_is_a_warehouse_read_error(tmp_path):
    db = tmp_path / "other.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)")
    with pytest.raises(WarehouseReadError, match="documents_v"):
        read_warehouse(db)


def test_file_that_is_not_sqlite_is_a_warehouse_read_error(tmp_path):
    db = tmp_path / "notes.sqlite"
    db.write_text("这不是数据库文件" * 100, encoding="utf-8")
    with pytest.raises(WarehouseReadError):
        read_warehouse(db)

"""Updating golden files: merge keeps reviewed order and wording; only changed files are written."""

from __future__ import annotations

import json

from etl.check.golden import dump_golden, load_golden_dir
from etl.check.sections import SECTIONS
from etl.check.update import merge_section, merged_records, update_golden
from tests.check.records_factory import DOCUMENT, record_set, target, task, value

PREVIOUS_TASKS = [task("1", "总体目标", label="一、"), task("2", "重点任务", label="二、"),
                  task("2.1", "加强龙头企业培育"), task("2.2", "推进产业集群发展")]


def test_merge_keeps_previous_order():
    current = [PREVIOUS_TASKS[2], PREVIOUS_TASKS[0], PREVIOUS_TASKS[3], PREVIOUS_TASKS[1]]
    assert merge_section("tasks", PREVIOUS_TASKS, current) == PREVIOUS_TASKS


def test_merge_keeps_previous_wording_for_reworded_only_records():
    previous = [target("累计上市企业", 20, task_path="3.1.1"), target("规模以上工业企业", 2500)]
    current = [target("上市企业", 20, task_path="3.1.1"), target("规模以上工业企业", 2500)]
    assert merge_section("targets", previous, current) == previous


def test_merge_keeps_previous_wording_when_equal_after_normalisation():
    previous = [task("2.1", "加强龙头企业培育", label="1．")]
    current = [task("2.1", "加强龙头企业培育。", label="1.")]
    assert merge_section("tasks", previous, current) == previous


def test_merge_replaces_changed_records_in_place():
    previous = [target("规模以上工业企业", 2500), target("累计上市企业", 20, year=2024), target("外资企业", 100)]
    current = [target("外资企业", 100), target("规模以上工业企业", 2500), target("上市企业", 20, year=2023)]
    merged = merge_section("targets", previous, current)
    assert merged == [previous[0], current[2], previous[2]]


def test_merge_places_new_records_after_their_predecessor():
    current = [PREVIOUS_TASKS[0], PREVIOUS_TASKS[1], PREVIOUS_TASKS[2], task("2.1.1", "支持龙头企业做大做强"),
               PREVIOUS_TASKS[3]]
    merged = merge_section("tasks", PREVIOUS_TASKS, current)
    assert [t["path"] for t in merged] == ["1", "2", "2.1", "2.1.1", "2.2"]


def test_merge_puts_new_leading_records_first():
    current = [task("0", "前言", label=""), *PREVIOUS_TASKS]
    assert [t["path"] for t in merge_section("tasks", PREVIOUS_TASKS, current)] == ["0", "1", "2", "2.1", "2.2"]


def test_merge_drops_vanished_records():
    current = [PREVIOUS_TASKS[0], PREVIOUS_TASKS[2], PREVIOUS_TASKS[3]]
    assert merge_section("tasks", PREVIOUS_TASKS, current) == current


def test_merge_drops_ignored_value_cells_and_extra_fields():
    kept = value("规模以上工业增加值增速", 2024, 8.0)
    current = [{**kept, "provenance": "table 0 row 2 col 3"},
               value("研发投入占比", 2024, None, value_text="不分解", qualifier="not_decomposed"),
               value("新增上市企业", 2024, None, value_text="-")]
    assert merge_section("values", [], current) == [kept]


def test_merged_records_leaves_unannotated_sections_as_they_were():
    previous = record_set(tasks=PREVIOUS_TASKS, targets=[target("外资企业", 100)])
    current = record_set(document={**DOCUMENT, "title": "新标题"}, tasks=PREVIOUS_TASKS[:1],
                         targets=[target("外资企业", 200)])
    merged = merged_records(current, ["tasks"], previous)
    assert merged.section("tasks") == PREVIOUS_TASKS[:1]
    assert merged.section("targets") == [target("外资企业", 100)]
    assert merged.document == DOCUMENT


def write_golden(folder, stem, records, annotated=None):
    path = folder / f"{stem}.json"
    path.write_text(dump_golden(stem, annotated or list(SECTIONS), records), encoding="utf-8")
    return path


def test_update_golden_writes_only_changed_files_and_returns_a_diff(tmp_path):
    same = record_set(tasks=PREVIOUS_TASKS)
    write_golden(tmp_path, "plan_a", same)
    path_b = write_golden(tmp_path, "plan_b", record_set(tasks=PREVIOUS_TASKS))
    before_a = (tmp_path / "plan_a.json").read_text(encoding="utf-8")
    golden, _ = load_golden_dir(tmp_path)
    changed = record_set(tasks=[*PREVIOUS_TASKS[:3], task("2.2", "优化营商环境")])
    warehouse = {"plan_a.txt": ("txt", record_set(tasks=list(reversed(PREVIOUS_TASKS)))),
                 "plan_b.txt": ("txt", changed)}
    updates = update_golden(tmp_path, golden, warehouse, "txt")
    assert [u.path for u in updates] == [path_b]
    assert not updates[0].created
    assert (tmp_path / "plan_a.json").read_text(encoding="utf-8") == before_a
    removed = [line for line in updates[0].diff if line.startswith("-") and not line.startswith("---")]
    added = [line for line in updates[0].diff if line.startswith("+") and not line.startswith("+++")]
    assert len(removed) == 1
    assert "推进产业集群发展" in removed[0]
    assert len(added) == 1
    assert "优化营商环境" in added[0]
    assert json.loads(path_b.read_text(encoding="utf-8"))["tasks"][3]["title"] == "优化营商环境"
    assert update_golden(tmp_path, load_golden_dir(tmp_path)[0], warehouse, "txt") == []  # idempotent


def test_update_golden_keeps_the_annotated_list(tmp_path):
    write_golden(tmp_path, "plan", record_set(tasks=PREVIOUS_TASKS), annotated=["document", "tasks"])
    golden, _ = load_golden_dir(tmp_path)
    update_golden(tmp_path, golden, {"plan.txt": ("txt", record_set(tasks=PREVIOUS_TASKS[:2]))}, "txt")
    assert json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))["annotated"] == ["document", "tasks"]


def test_update_golden_creates_files_for_documents_without_one(tmp_path):
    records = record_set(tasks=PREVIOUS_TASKS, targets=[target("规模以上工业企业", 2500.0)])
    updates = update_golden(tmp_path / "golden", {}, {"new_plan.txt": ("txt", records)}, "txt")
    assert len(updates) == 1
    assert updates[0].created
    data = json.loads((tmp_path / "golden" / "new_plan.json").read_text(encoding="utf-8"))
    assert data["source_stem"] == "new_plan"
    assert data["annotated"] == list(SECTIONS)
    assert data["tasks"] == PREVIOUS_TASKS
    assert data["targets"][0]["value"] == 2500
    assert all(line.startswith("+") for line in updates[0].diff[2:] if not line.startswith("@@"))


def test_update_golden_skips_other_formats_and_variant_renderings(tmp_path):
    path = write_golden(tmp_path, "plan", record_set(tasks=PREVIOUS_TASKS))
    before = path.read_text(encoding="utf-8")
    golden, _ = load_golden_dir(tmp_path)
    other = record_set(tasks=[task("1", "完全不同的任务")])
    warehouse = {"plan.docx": ("docx", other), "plan.autonum.docx": ("docx", other), "plan.pdf": ("pdf", other),
                 "plan.txt": ("txt", record_set(tasks=PREVIOUS_TASKS))}
    assert update_golden(tmp_path, golden, warehouse, "txt") == []
    updates = update_golden(tmp_path, golden, warehouse, "docx")
    assert [u.path.name for u in updates] == ["plan.json"]  # plan.docx only, not the .autonum variant
    assert path.read_text(encoding="utf-8") != before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_update_golden_does_not_create_a_golden_file_for_a_variant_rendering(tmp_path):
    """A first update from docx: plan.autonum.docx is a variant of plan.docx, not a document of its own."""
    records = record_set(tasks=PREVIOUS_TASKS)
    warehouse = {"plan.docx": ("docx", records), "plan.autonum.docx": ("docx", records)}
    updates = update_golden(tmp_path, {}, warehouse, "docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]
    assert [u.path.name for u in updates] == ["plan.json"]

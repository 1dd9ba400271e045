"""Golden files: dump_golden writes one record per line and reads back; loading reports bad files."""

from __future__ import annotations

import json

import pytest

from etl.check.golden import GoldenFileError, dump_golden, load_golden_dir, load_golden_file
from etl.check.sections import DOCUMENT_FIELDS, RECORD_SECTIONS, SECTIONS
from tests.check.records_factory import DOCUMENT, indicator, record_set, resp, symbol, target, task, value

RECORDS = record_set(
    tasks=[task("3.1.1", "加强龙头企业培育壮大"), task("3.1.2", "推进“专精特新”企业发展")],
    indicators=[indicator("规模以上工业增加值增速", symbols="☆")],
    values=[value("规模以上工业增加值增速", 2021, 8.1, kind="baseline"), value("规模以上工业增加值增速", 2024, 8.0)],
    targets=[target("规模以上工业企业", 2500, task_path="3.1.1", qualifier="min")],
    responsibilities=[resp("市工业和信息化局", "市工信局")],
    symbols=[symbol("☆", "江苏省制造业高质量发展示范区建设指标")],
)


def test_dump_golden_parses_back_to_the_same_data():
    text = dump_golden("000_9655f32b988e5d04", list(SECTIONS), RECORDS)
    data = json.loads(text)
    assert data["source_stem"] == "000_9655f32b988e5d04"
    assert data["annotated"] == list(SECTIONS)
    assert data["document"] == DOCUMENT
    for section in RECORD_SECTIONS:
        assert data[section] == RECORDS.section(section), section
    assert "市工业和信息化局" in text  # Chinese kept readable, not \u-escaped


def test_dump_golden_writes_one_record_and_one_metadata_field_per_line():
    lines = dump_golden("x", list(SECTIONS), RECORDS).splitlines()
    record_lines = [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("    {")]
    assert record_lines == [r for s in RECORD_SECTIONS for r in RECORDS.section(s)]
    for name in DOCUMENT_FIELDS:
        assert sum(1 for line in lines if line.strip().startswith(f'"{name}":')) == 1
    assert '  "symbols": [' in lines
    assert lines[-1] == "}"


def test_dump_golden_writes_integral_floats_as_integers():
    records = record_set(targets=[target("规模以上工业企业", 2500.0)])
    assert '"value": 2500,' in dump_golden("x", ["targets"], records)


def test_dump_golden_writes_fields_in_gold_order_and_drops_extra_fields():
    records = record_set(tasks=[{"title": "总体目标", "path": "1", "provenance": "line 5", "level": 1, "label": "一、"}])
    data = json.loads(dump_golden("x", ["tasks"], records))
    assert list(data["tasks"][0]) == ["path", "label", "level", "title"]


def test_dump_golden_empty_sections_are_empty_lists():
    data = json.loads(dump_golden("x", ["document"], record_set(document={})))
    assert all(data[s] == [] for s in RECORD_SECTIONS)
    assert data["document"] == dict.fromkeys(DOCUMENT_FIELDS)


def test_load_golden_file_round_trip(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(dump_golden("plan", ["document", "tasks"], RECORDS), encoding="utf-8")
    gf = load_golden_file(path)
    assert gf.stem == "plan"
    assert gf.annotated == ["document", "tasks"]
    assert gf.expected.section("tasks") == RECORDS.section("tasks")
    assert gf.expected.document == DOCUMENT


def test_load_golden_file_without_annotated_scores_the_sections_present(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"tasks": [task("1", "总体目标")], "document": {"title": "某计划"}}), encoding="utf-8")
    gf = load_golden_file(path)
    assert gf.stem == "plan"  # from the file name
    assert gf.annotated == ["document", "tasks"]


@pytest.mark.parametrize(("content", "phrase"), [
    ("{not json", "unreadable"),
    ("[1, 2]", "not a JSON object"),
    ('{"source_stem": 5}', "source_stem"),
    ('{"annotated": ["tasks", "deadlines"]}', "annotated"),
    ('{"annotated": "tasks"}', "annotated"),
    ('{"document": ["标题"]}', "document"),
    ('{"tasks": {"path": "1"}}', "tasks"),
    ('{"targets": ["到2024年达到2500家"]}', "targets"),
])
def test_load_golden_file_names_the_file_and_the_problem(tmp_path, content, phrase):
    path = tmp_path / "bad_plan.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldenFileError) as caught:
        load_golden_file(path)
    assert "bad_plan.json" in str(caught.value)
    assert phrase in str(caught.value)


def test_load_golden_dir_reports_duplicates_and_bad_files(tmp_path):
    (tmp_path / "a.json").write_text(dump_golden("plan", ["tasks"], RECORDS), encoding="utf-8")
    (tmp_path / "b.json").write_text(dump_golden("plan", ["tasks"], RECORDS), encoding="utf-8")
    (tmp_path / "c.json").write_text("{", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a golden file", encoding="utf-8")
    golden, problems = load_golden_dir(tmp_path)
    assert list(golden) == ["plan"]
    assert golden["plan"].path.name == "a.json"
    assert len(problems) == 2
    assert any("b.json" in p and "a.json" in p and "plan" in p for p in problems)
    assert any("c.json" in p for p in problems)


def test_load_golden_dir_accepts_a_single_file(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(dump_golden("plan", ["tasks"], RECORDS), encoding="utf-8")
    golden, problems = load_golden_dir(path)
    assert list(golden) == ["plan"]
    assert problems == []

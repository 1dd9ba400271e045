"""Within one jurisdiction every written form of a department maps to one name, across documents."""

from __future__ import annotations

import sqlite3

import pytest

from etl.pipeline import ingest
from tests.conftest import sample_path

JIANGYIN_SAMPLES = ("000_9655f32b988e5d04", "001_5c98e3f220e824c9", "003_940edf13a6d46b16")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("departments")
    files = [sample_path(fmt, stem) for stem in JIANGYIN_SAMPLES for fmt in ("txt", "docx", "pdf")]
    report = ingest(files, db=tmp / "w.sqlite", parsed_dir=tmp / "parsed")
    assert not report.failed
    return sqlite3.connect(tmp / "w.sqlite")


def test_each_alias_has_one_name_per_jurisdiction(warehouse):
    clashes = warehouse.execute(
        "SELECT jurisdiction, alias, GROUP_CONCAT(DISTINCT department) FROM departments_v "
        "GROUP BY jurisdiction, alias HAVING COUNT(DISTINCT department) > 1"
    ).fetchall()
    assert clashes == []


def test_short_and_full_forms_meet_in_one_name_across_documents(warehouse):
    rows = warehouse.execute(
        "SELECT DISTINCT department_raw, department FROM responsibilities_v WHERE jurisdiction = '江阴市'"
    ).fetchall()
    names = dict(rows)
    # 000 writes 工信局 / 科技局 in its tables, 003 writes 市工信局 / 市科技局 in its notes
    assert names["工信局"] == names["市工信局"] == "市工业和信息化局"
    assert names["科技局"] == names["市科技局"] == "市科学技术局"
    assert names["自然资源规划局"] == "市自然资源和规划局"


def test_the_same_document_gives_the_same_departments_in_every_format(warehouse):
    for stem in JIANGYIN_SAMPLES:
        per_format = [
            set(warehouse.execute(
                "SELECT subject_type, department, role FROM responsibilities_v WHERE source_name = ?",
                (f"{stem}.{fmt}",),
            ).fetchall())
            for fmt in ("txt", "docx", "pdf")
        ]
        assert per_format[0] == per_format[1] == per_format[2], stem

"""The loader: contract views and their columns, idempotent replace-on-reingest."""

from __future__ import annotations

import sqlite3

import pytest

from etl.load.warehouse import load_document, open_warehouse
from schemas.document import Provenance, SourceFormat
from schemas.indicators import Indicator, IndicatorValue, SymbolLegend
from schemas.parsed import DocumentMeta, ParsedDocument
from schemas.responsibilities import Department, Responsibility
from schemas.targets import Target
from schemas.tasks import Task
from schemas.vocab import Qualifier, Role, SubjectType, ValueKind

# The leading columns of every research view, as ../shared/spec/warehouse-views.md defines them.
CONTRACT = {
    "documents_v": ["doc_id", "source_name", "format", "title", "issuer", "doc_number", "issue_date",
                    "jurisdiction", "period_start", "period_end"],
    "tasks_v": ["task_id", "parent_id", "source_name", "level", "label", "ordinal", "path", "title", "text"],
    "indicators_v": ["indicator_id", "source_name", "category", "indicator", "parent_indicator", "unit",
                     "unit_raw", "symbols", "stat_source"],
    "indicator_values_v": ["indicator_id", "source_name", "indicator", "unit", "region", "component", "year",
                           "kind", "value", "value_text", "qualifier"],
    "targets_v": ["target_id", "source_name", "task_id", "year", "metric", "value", "unit", "qualifier", "text"],
    "responsibilities_v": ["source_name", "subject_type", "subject_id", "subject_label", "subject_text",
                           "department", "department_raw", "role", "jurisdiction"],
    "symbols_v": ["source_name", "symbol", "meaning"],
    "departments_v": ["jurisdiction", "department", "alias"],
}


def make_parsed(sha: str = "ab" * 32, task_title: str = "加强龙头企业培育壮大") -> ParsedDocument:
    cell = Provenance(table=0, row=2, col=3)
    return ParsedDocument(
        doc_id=sha[:16],
        source_name="plan.txt",
        format=SourceFormat.txt,
        sha256=sha,
        meta=DocumentMeta(title="某市三年行动计划", jurisdiction="江阴市", period_start=2022, period_end=2024),
        tasks=[
            Task(id="t1", level=1, label="一、", ordinal=1, path="1", title="总体目标", text="总体目标"),
            Task(id="t2", parent_id="t1", level=2, label="1．", ordinal=1, path="1.1", title=task_title,
                 text=task_title + "。", provenance=Provenance(line_start=7, line_end=7)),
        ],
        indicators=[Indicator(id="i1", name="研发人员数", unit="人", unit_raw="人", symbols="*", provenance=cell)],
        values=[IndicatorValue(indicator_id="i1", year=2022, kind=ValueKind.target, value=25300,
                               value_text="25300", provenance=cell)],
        targets=[Target(id="g1", task_id="t2", year=2024, metric="总部企业", value=20, unit="家",
                        qualifier=Qualifier.min, text="各类总部企业20家以上")],
        responsibilities=[
            Responsibility(subject_type=SubjectType.task, subject_id="t2", department_raw="市工信局",
                           department="市工业和信息化局", role=Role.lead, jurisdiction="江阴市"),
            Responsibility(subject_type=SubjectType.indicator, subject_id="i1", department_raw="科技局",
                           department="市科学技术局", role=Role.responsible, jurisdiction="江阴市"),
        ],
        symbols=[SymbolLegend(symbol="*", meaning="示范区建设指标")],
        departments=[Department(jurisdiction="江阴市", department="市工业和信息化局", alias="市工信局")],
    )


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "w.sqlite"


def view_columns(db_path, view: str) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({view})")]


def count(db_path, view: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {view}").fetchone()[0]


def test_every_contract_view_exists_with_its_columns_first(db_path):
    open_warehouse(db_path)
    for view, columns in CONTRACT.items():
        assert view_columns(db_path, view)[: len(columns)] == columns, view


def test_responsibilities_view_resolves_subject_label_and_text(db_path):
    engine = open_warehouse(db_path)
    load_document(engine, make_parsed())
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT subject_type, subject_label, subject_text, department FROM responsibilities_v ORDER BY 1"
        ).fetchall()
    assert rows == [
        ("indicator", "研发人员数", "研发人员数", "市科学技术局"),
        ("task", "1.1", "加强龙头企业培育壮大", "市工业和信息化局"),
    ]


def test_ids_are_prefixed_and_parents_resolve(db_path):
    engine = open_warehouse(db_path)
    load_document(engine, make_parsed())
    with sqlite3.connect(db_path) as conn:
        child_parent = conn.execute(
            "SELECT c.path, p.path FROM tasks_v c JOIN tasks_v p ON p.task_id = c.parent_id"
        ).fetchall()
        target_task = conn.execute(
            "SELECT t.path FROM targets_v g JOIN tasks_v t ON t.task_id = g.task_id"
        ).fetchall()
    assert child_parent == [("1.1", "1")]
    assert target_task == [("1.1",)]


def test_reloading_replaces_instead_of_duplicating(db_path):
    engine = open_warehouse(db_path)
    load_document(engine, make_parsed())
    load_document(engine, make_parsed())
    assert count(db_path, "tasks_v") == 2
    assert count(db_path, "documents_v") == 1
    # the same file with new content: old records are gone, new ones in
    load_document(engine, make_parsed(sha="cd" * 32, task_title="加快中小企业创新发展"))
    assert count(db_path, "documents_v") == 1
    with sqlite3.connect(db_path) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM tasks_v ORDER BY path")]
    assert titles == ["总体目标", "加快中小企业创新发展"]


def test_a_failing_document_leaves_nothing_behind(db_path):
    engine = open_warehouse(db_path)
    broken = make_parsed()
    broken.tasks.append(broken.tasks[0])  # duplicate primary key: the insert fails mid-document
    with pytest.raises(Exception, match="IntegrityError"):
        load_document(engine, broken)
    assert count(db_path, "documents_v") == 0
    assert count(db_path, "tasks_v") == 0

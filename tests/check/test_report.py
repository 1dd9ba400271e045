"""run_check: pairing documents with golden files, counts per format, overall F1, thresholds."""

from __future__ import annotations

import pytest

from etl.check.render import render_differences, render_scores
from etl.check.report import ALL, golden_stem_for, prf, run_check
from etl.check.thresholds import Threshold
from tests.check.records_factory import golden_file, record_set, target, task

TASKS = [task("1", "总体目标", label="一、"), task("2", "重点任务", label="二、"), task("2.1", "加强龙头企业培育"),
         task("2.2", "推进产业集群发展")]
TARGETS = [target("规模以上工业企业", 2500), target("高新技术企业", 1200)]
ANNOTATED = ["document", "tasks", "targets"]


def golden():
    return {"plan": golden_file("plan", record_set(tasks=TASKS, targets=TARGETS), ANNOTATED),
            "notice": golden_file("notice", record_set(tasks=TASKS[:2], targets=[]), ANNOTATED)}


def perfect(stem="plan"):
    return record_set(tasks=list(golden()[stem].expected.section("tasks")),
                      targets=list(golden()[stem].expected.section("targets")))


def test_prf_edge_cases():
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)  # nothing found of what was expected
    assert prf(0, 2, 0) == (0.0, 0.0, 0.0)  # only spurious records
    p, r, f1 = prf(3, 1, 2)
    assert (p, r) == (0.75, 0.6)
    assert f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_golden_stem_for_variants():
    g = golden()
    assert golden_stem_for("plan", g) == "plan"
    assert golden_stem_for("plan.autonum", g) == "plan"
    assert golden_stem_for("plan_v2", g) is None
    assert golden_stem_for("other.autonum", g) is None


def test_run_check_pairs_variant_renderings_and_lists_documents_without_golden():
    warehouse = {"plan.txt": ("txt", perfect()), "plan.autonum.docx": ("docx", perfect()),
                 "speech.txt": ("txt", record_set(tasks=TASKS))}
    report = run_check(golden(), warehouse)
    assert sorted((d.source_name, d.golden.stem) for d in report.documents) == [
        ("plan.autonum.docx", "plan"), ("plan.txt", "plan")]
    assert report.unpaired_warehouse == ["speech.txt"]
    assert report.columns == ["txt", "docx", ALL]
    assert report.unpaired_golden["txt"] == ["notice"]
    assert report.unpaired_golden["docx"] == ["notice", "plan"]  # the variant is not plan.docx itself
    assert all(d.identical for d in report.documents)


def test_run_check_counts_per_format_and_pooled():
    half = record_set(tasks=TASKS[:2], targets=TARGETS)
    warehouse = {"plan.txt": ("txt", perfect()), "plan.pdf": ("pdf", half)}
    report = run_check(golden(), warehouse)
    assert report.columns == ["txt", "pdf", ALL]
    txt, pdf, pooled = (report.counts[c]["tasks"] for c in ("txt", "pdf", ALL))
    assert (txt.tp, txt.fp, txt.fn, txt.documents) == (4, 0, 0, 1)
    assert (pdf.tp, pdf.fp, pdf.fn, pdf.documents) == (2, 0, 2, 1)
    assert (pooled.tp, pooled.fp, pooled.fn, pooled.documents) == (6, 0, 2, 2)
    assert report.f1("tasks", "pdf") == pytest.approx(2 / 3)
    assert report.f1("indicators", "txt") is None  # not annotated
    assert report.counts["txt"]["indicators"].documents == 0


def test_overall_is_the_mean_of_the_scored_section_f1s():
    actual = record_set(tasks=TASKS[:2], targets=TARGETS)
    report = run_check(golden(), {"plan.txt": ("txt", actual)})
    assert report.columns == ["txt"]
    assert report.pooled_column == "txt"
    assert report.f1("document", "txt") == 1.0
    assert report.f1("targets", "txt") == 1.0
    assert report.f1("overall", "txt") == pytest.approx((1.0 + 2 / 3 + 1.0) / 3)
    assert report.f1("overall", "pdf") is None


def test_missing_as_fn_adds_absent_renderings_as_fully_missed():
    warehouse = {"plan.txt": ("txt", perfect())}
    assert [d.source_name for d in run_check(golden(), warehouse).documents] == ["plan.txt"]
    report = run_check(golden(), warehouse, missing_as_fn=True)
    absent = [d for d in report.documents if not d.in_warehouse]
    assert [d.source_name for d in absent] == ["notice.txt"]
    assert not absent[0].identical
    tasks = report.counts["txt"]["tasks"]
    assert (tasks.tp, tasks.fn, tasks.documents) == (4, 2, 2)
    assert report.counts["txt"]["document"].fn == 7


def test_only_format_filters_and_keeps_the_column_when_nothing_pairs():
    warehouse = {"plan.txt": ("txt", perfect()), "plan.pdf": ("pdf", record_set(tasks=[], targets=[]))}
    report = run_check(golden(), warehouse, only_format="pdf")
    assert [d.source_name for d in report.documents] == ["plan.pdf"]
    assert report.columns == ["pdf"]
    empty = run_check(golden(), {"plan.txt": ("txt", perfect())}, only_format="docx")
    assert empty.documents == []
    assert empty.columns == ["docx"]
    assert empty.f1("overall", "docx") is None
    assert "nothing to check" in render_scores(empty)[0]


def test_source_without_extension_uses_the_declared_format():
    report = run_check(golden(), {"plan": ("txt", perfect())})
    assert [(d.source_name, d.format) for d in report.documents] == [("plan", "txt")]


def test_differences_and_rendering_name_missing_spurious_and_changed():
    actual = record_set(tasks=[*TASKS[:3], task("3", "保障措施", label="三、")],
                        targets=[target("规模以上工业企业", 2500, year=2023), TARGETS[1]])
    report = run_check(golden(), {"plan.txt": ("txt", actual)})
    lines = report.documents[0].differences()
    assert any(line.startswith("tasks: - ") and "推进产业集群发展" in line for line in lines)
    assert any(line.startswith("tasks: + ") and "保障措施" in line for line in lines)
    assert any(line.startswith("targets: ~ ") and "year 2024 → 2023" in line for line in lines)
    text = "\n".join(render_differences(report))
    assert "== plan.txt  (golden plan.json)" in text
    assert "- missing" in text
    assert "+ spurious" in text
    assert "~ changed" in text
    scores = render_scores(report)
    assert scores[-1].startswith("overall F1")


@pytest.mark.parametrize(("text", "expected"), [
    ("tasks=0.95", Threshold("tasks", None, 0.95)),
    ("overall@pdf=0.9", Threshold("overall", "pdf", 0.9)),
    (" Targets @ docx = .8 ".replace(" @ ", "@"), Threshold("targets", "docx", 0.8)),
    ("responsibilities=1", Threshold("responsibilities", None, 1.0)),
])
def test_threshold_parse(text, expected):
    assert Threshold.parse(text) == expected


@pytest.mark.parametrize("text", ["tasks", "tasks=", "tasks=1.5", "deadlines=0.9", "tasks@=0.9", "=0.9",
                                  "tasks=-0.1", "tasks=0.9x"])
def test_threshold_parse_rejects_bad_input(text):
    with pytest.raises(ValueError):  # noqa: PT011 - the message is checked below for one case
        Threshold.parse(text)


def test_threshold_parse_message_names_the_input():
    with pytest.raises(ValueError, match="deadlines"):
        Threshold.parse("deadlines=0.9")


def test_threshold_evaluate():
    half = record_set(tasks=TASKS[:2], targets=TARGETS)
    report = run_check(golden(), {"plan.txt": ("txt", perfect()), "plan.pdf": ("pdf", half)})
    assert Threshold.parse("tasks@txt=1").evaluate(report) == ("txt", 1.0, True)
    column, actual, passed = Threshold.parse("tasks@pdf=0.7").evaluate(report)
    assert (column, passed) == ("pdf", False)
    assert actual == pytest.approx(2 / 3)
    column, actual, passed = Threshold.parse("tasks=0.8").evaluate(report)  # pooled: 6 TP, 2 FN
    assert column == ALL
    assert actual == pytest.approx(12 / 14)
    assert passed
    assert Threshold.parse("indicators=0.1").evaluate(report) == (ALL, None, False)  # not scored
    assert Threshold.parse("tasks@docx=0.1").evaluate(report) == ("docx", None, False)
    assert Threshold.parse("overall=0.5").evaluate(report)[2]

"""`cli.py check`: the scorer's figures, thresholds as exit status, readable differences, the
golden update flow, and clear errors for what cannot be read."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from tests.conftest import GOLD_DIR

runner = CliRunner()
SCORER = Path(__file__).parent / "fidelity" / "score.py"
ROW = re.compile(r"^(document|tasks|indicators|values|targets|responsibilities|symbols|overall F1)\s+([\d.\s]+)$")


def figures(output: str) -> dict[str, list[str]]:
    """The P / R / F1 figures of each row of the (first) score table."""
    rows: dict[str, list[str]] = {}
    for line in output.splitlines():
        if (m := ROW.match(line.rstrip())) and m.group(1) not in rows:
            rows[m.group(1)] = m.group(2).split()
    return rows


def check(db: Path, *extra: str, golden: Path = GOLD_DIR):
    return runner.invoke(app, ["check", "--db", str(db), "--golden", str(golden), *extra])


def test_check_prints_the_figures_of_the_fidelity_scorer(sample_warehouse):
    for extra in ([], ["--missing-as-fn"]):
        ours = check(sample_warehouse, *extra)
        assert ours.exit_code == 0, ours.output
        scorer = subprocess.run(
            [sys.executable, str(SCORER), "--db", str(sample_warehouse), "--gold", str(GOLD_DIR), *extra],
            capture_output=True, text=True, check=True,
        )
        expected = figures(scorer.stdout)
        assert len(expected) == 8
        assert all(len(v) == 12 or k == "overall F1" for k, v in expected.items())
        assert figures(ours.output) == expected


def test_check_lists_each_difference_with_its_document(sample_warehouse):
    result = check(sample_warehouse)
    assert "== 001_5c98e3f220e824c9.pdf" in result.output
    assert "- missing  doc_number: 澄高管〔2018〕72号" in result.output
    assert "== 000_9655f32b988e5d04.txt" not in result.output  # identical to its golden file
    assert "≈ reworded" not in result.output
    assert "≈ reworded" in check(sample_warehouse, "--verbose").output


def test_thresholds_set_the_exit_status(sample_warehouse):
    passed = check(sample_warehouse, "--min-f1", "responsibilities=0.95", "--min-f1", "overall@txt=0.99")
    assert passed.exit_code == 0, passed.output
    assert "threshold responsibilities@all F1 >= 0.950" in passed.output
    assert "overall@txt" in passed.output
    assert "FAILED" not in passed.output
    failed = check(sample_warehouse, "--min-f1", "document@pdf=0.99")
    assert failed.exit_code == 1
    assert "threshold document@pdf F1 >= 0.990: 0.986 FAILED" in failed.output


@pytest.mark.parametrize("threshold", ["tasks", "tasks=1.5", "nonsense=0.9"])
def test_a_bad_threshold_is_a_usage_error(sample_warehouse, threshold):
    result = check(sample_warehouse, "--min-f1", threshold)
    assert result.exit_code == 2
    assert "--min-f1" in result.output


def test_unreadable_warehouse_and_missing_golden_files_exit_2(tmp_path, sample_warehouse):
    missing = check(tmp_path / "nowhere.sqlite")
    assert missing.exit_code == 2
    assert "does not exist" in missing.output
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    not_ours = check(other)
    assert not_ours.exit_code == 2
    assert "not a policy-etl warehouse" in not_ours.output
    no_golden = check(sample_warehouse, golden=tmp_path / "empty")
    assert no_golden.exit_code == 2
    assert "no usable golden files" in no_golden.output


def test_update_rewrites_changed_golden_files_and_shows_the_diff(tmp_path, sample_warehouse):
    folder = tmp_path / "golden"
    shutil.copytree(GOLD_DIR, folder)
    target = folder / "000_9655f32b988e5d04.json"
    original = target.read_text(encoding="utf-8")
    line = next(x for x in original.splitlines() if '"kind": "target", "value": 2300,' in x)
    target.write_text(original.replace(line, line.replace("2300", "2400")), encoding="utf-8")
    result = check(sample_warehouse, "--update", golden=folder)
    assert result.exit_code == 0, result.output
    assert f"-{line.replace('2300', '2400')}" in result.output
    assert f"+{line}" in result.output
    assert "1 golden file(s) written" in result.output
    assert target.read_text(encoding="utf-8") == original  # back to what the .txt gives, nothing else moved
    again = check(sample_warehouse, "--update", golden=folder)
    assert "0 golden file(s) written" in again.output


def test_check_help_names_its_options():
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    for option in ("--golden", "--db", "--format", "--min-f1", "--missing-as-fn", "--limit", "--update",
                   "--update-from", "--verbose", "--json"):
        assert option in result.output


def test_json_report_holds_the_figures_and_the_differences(tmp_path, sample_warehouse):
    out = tmp_path / "report" / "check.json"
    result = check(sample_warehouse, "--missing-as-fn", "--json", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    table = figures(result.output)
    assert f"{data['sections']['document']['pdf']['f1']:.3f}" == table["document"][8]
    assert f"{data['overall']['all']:.3f}" == table["overall F1"][3]
    pdf = next(d for d in data["documents"] if d["source_name"] == "001_5c98e3f220e824c9.pdf")
    assert pdf["sections"]["document"]["missing"][0]["record"] == "doc_number: 澄高管〔2018〕72号"

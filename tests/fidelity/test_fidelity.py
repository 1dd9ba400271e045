"""End to end: ingest the bundled samples, score the warehouse against the hand-verified gold.

The thresholds are the acceptance bars of the project's issues, per source format.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from etl.pipeline import ingest
from tests.conftest import GOLD_DIR, RAW_DIR

SCORER = Path(__file__).with_name("score.py")
FORMATS = ("txt", "docx", "pdf")
THRESHOLDS = {
    "document": 0.9,
    "indicators": 0.97,
    "values": 0.97,
    "symbols": 0.97,
    "tasks": 0.95,
    "targets": 0.95,
    "responsibilities": 0.95,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("fidelity")
    report = ingest([RAW_DIR], db=tmp / "w.sqlite", parsed_dir=tmp / "parsed")
    assert not report.failed, [(o.source_name, o.errors) for o in report.failed]
    out = tmp / "scores.json"
    subprocess.run(
        [sys.executable, str(SCORER), "--db", str(tmp / "w.sqlite"), "--gold", str(GOLD_DIR),
         "--missing-as-fn", "--json", str(out)],
        check=True, capture_output=True,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def f1_of(scores: dict, section: str, fmt: str) -> float:
    """F1 of one section in one format from the scorer's JSON report."""
    return scores["sections"][section][fmt]["f1"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("section", "minimum"), sorted(THRESHOLDS.items()))
def test_section_f1_meets_its_bar(scores, section, minimum, fmt):
    assert f1_of(scores, section, fmt) >= minimum

"""End to end: the bundled samples scored by the fidelity scorer (a vendored copy of
../shared/eval/score.py) against the golden files.

The thresholds are the acceptance bars of the project's issues, per source format.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLD_DIR

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


def run_scorer(db: Path, out: Path) -> str:
    """Run the vendored scorer on a warehouse; its JSON report goes to `out`, its table is returned."""
    done = subprocess.run(
        [sys.executable, str(SCORER), "--db", str(db), "--gold", str(GOLD_DIR), "--missing-as-fn", "--json", str(out)],
        check=True, capture_output=True, text=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def scores(sample_warehouse, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("fidelity") / "scores.json"
    run_scorer(sample_warehouse, out)
    return json.loads(out.read_text(encoding="utf-8"))


def f1_of(scores: dict, section: str, fmt: str) -> float:
    """F1 of one section in one format from the scorer's JSON report."""
    return scores["sections"][section][fmt]["f1"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("section", "minimum"), sorted(THRESHOLDS.items()))
def test_section_f1_meets_its_bar(scores, section, minimum, fmt):
    assert f1_of(scores, section, fmt) >= minimum

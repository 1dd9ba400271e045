"""A golden comparison that can fail: change one value, one department or one task title in a
temporary copy of a golden file and the comparison fails with a difference naming it.

In-process for many seeded picks per document; once through pytest itself, to show that the suite
(tests/fidelity/test_golden.py) fails and prints the difference.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys

import pytest

from etl.check.golden import dump_golden, load_golden_dir, load_golden_file
from etl.check.render import render_differences
from etl.check.report import run_check
from etl.check.textnorm import as_text
from etl.check.views import read_warehouse
from tests.conftest import GOLD_DIR, PROJECT_ROOT

STEMS = sorted(p.stem for p in GOLD_DIR.glob("*.json"))
PICKS = 4  # mutations per document and kind


def mutate(record: dict, kind: str) -> str:
    """Change one field of a golden record in place; return the new text that a diff must show."""
    if kind == "value":
        record["value"] = round(record["value"] * 1.5 + 1, 4)
        record["value_text"] = str(record["value"])
        return f"= {as_text(record['value'])}"
    if kind == "department":
        record["department"] = record["department"][:-1] + "管理处"
        return record["department"]
    record["title"] = record["title"][:-1] + "改"
    return record["title"]


SECTION_OF = {"value": "values", "department": "responsibilities", "task title": "tasks"}


def picks() -> list[tuple[str, str, int]]:
    out = []
    for stem in STEMS:
        data = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
        for kind, section in SECTION_OF.items():
            rows = [i for i, r in enumerate(data[section]) if kind != "value" or isinstance(r["value"], int | float)]
            for index in random.Random(f"{stem}/{kind}").sample(rows, min(PICKS, len(rows))):
                out.append((stem, kind, index))
    return out


@pytest.fixture(scope="module")
def warehouse(sample_warehouse):
    return read_warehouse(sample_warehouse)


def test_every_kind_is_exercised():
    kinds = {kind for _, kind, _ in picks()}
    assert kinds == set(SECTION_OF)
    assert {stem for stem, _, _ in picks()} == set(STEMS)


@pytest.mark.parametrize(("stem", "kind", "index"), picks())
def test_a_changed_golden_record_fails_with_a_diff_naming_it(tmp_path, warehouse, stem, kind, index):
    golden_file = load_golden_file(GOLD_DIR / f"{stem}.json")
    record = golden_file.expected.records[SECTION_OF[kind]][index]
    shown = mutate(record, kind)
    (tmp_path / f"{stem}.json").write_text(dump_golden(stem, golden_file.annotated, golden_file.expected), "utf-8")
    golden, _ = load_golden_dir(tmp_path)
    report = run_check(golden, {f"{stem}.txt": warehouse[f"{stem}.txt"]})
    (document,) = report.documents
    assert document.differences(), f"changing {kind} {shown!r} went unnoticed"
    assert any(shown in line for line in document.differences())
    assert any(shown in line for line in render_differences(report, limit=1000))


def test_the_suite_fails_on_a_changed_golden_file(tmp_path, sample_warehouse):
    """Run tests/fidelity/test_golden.py on a copy of the golden files with one value, one
    department and one task title changed (in three documents): it fails for exactly the
    renderings of those documents and its output names each change."""
    folder = tmp_path / "golden"
    shutil.copytree(GOLD_DIR, folder)
    changes = {}
    for (stem, kind, index), _ in zip(
        [(STEMS[0], "value", 0), (STEMS[-1], "department", 0), (STEMS[1], "task title", 2)], range(3), strict=True
    ):
        golden_file = load_golden_file(folder / f"{stem}.json")
        rows = golden_file.expected.records[SECTION_OF[kind]]
        if kind == "value":
            index = next(i for i, r in enumerate(rows) if isinstance(r["value"], int | float))
        changes[stem] = mutate(rows[index], kind)
        (folder / f"{stem}.json").write_text(dump_golden(stem, golden_file.annotated, golden_file.expected), "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/fidelity/test_golden.py", "-k", "test_records_match_golden_file",
         "-p", "no:cacheprovider", "-q", "--golden-dir", str(folder), "--warehouse", str(sample_warehouse)],
        cwd=PROJECT_ROOT, capture_output=True, text=True,
    )
    assert done.returncode == 1, done.stdout[-2000:]
    renderings = sorted(p.name for p in (PROJECT_ROOT / "raw").rglob("*") if p.name.split(".")[0] in changes)
    failed = sorted(line.split("[", 1)[1].rstrip("]").split("]")[0] for line in done.stdout.splitlines()
                    if line.startswith("FAILED"))
    assert failed == renderings
    for shown in changes.values():
        assert shown in done.stdout

"""Every sample rendering in raw/ gives the records of its golden file (tests/golden/), record by
record: nothing missing, nothing spurious, no field changed. A failure prints the difference.

Pairing follows the fidelity scorer (so `check` and ../shared/eval/score.py count alike); once
paired, every field must be equal after text normalisation (NFKC, whitespace, quotes), except the
wording of a target's metric, which the gold format only asks to be alike (reported as reworded).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from etl.check.golden import load_golden_dir
from etl.check.report import run_check
from etl.check.update import update_golden
from etl.check.views import read_warehouse
from tests.conftest import GOLDEN_UPDATES, PROJECT_ROOT, RAW_DIR

RENDERINGS = sorted(p.name for p in RAW_DIR.rglob("*") if p.suffix in {".txt", ".docx", ".pdf"})
NO_DOC_NUMBER = (
    "the .docx and .pdf renderings carry no 文号: the .txt has it only in the web page's metadata box "
    "(文件编号 澄高管〔2018〕72号), which the renderings leave out"
)
# Differences we know of and accept: (rendering, difference line prefix) -> reason.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {
    ("001_5c98e3f220e824c9.docx", "document: - doc_number: 澄高管〔2018〕72号"): NO_DOC_NUMBER,
    ("001_5c98e3f220e824c9.pdf", "document: - doc_number: 澄高管〔2018〕72号"): NO_DOC_NUMBER,
}


@pytest.fixture(scope="module")
def warehouse(sample_warehouse):
    return read_warehouse(sample_warehouse)


@pytest.fixture(scope="module")
def golden(request, warehouse):
    """The golden files; with --update-golden they are first rewritten from the .txt records."""
    folder = Path(request.config.getoption("--golden-dir"))
    if request.config.getoption("--update-golden"):
        files, _ = load_golden_dir(folder)
        updates = update_golden(folder, files, warehouse, "txt")
        request.config.stash[GOLDEN_UPDATES] = [
            line
            for update in updates
            for line in (f"{'created' if update.created else 'updated'} {update.path}", *update.diff)
        ] or ["no golden file changed"]
    files, problems = load_golden_dir(folder)
    assert not problems, problems
    return files


def test_every_rendering_has_a_golden_file(golden):
    stems = {name.split(".")[0] for name in RENDERINGS}
    assert stems == set(golden), "raw/ and the golden files cover different documents"
    assert len(RENDERINGS) >= 3 * len(golden)


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_records_match_golden_file(rendering, golden, warehouse):
    report = run_check(golden, {rendering: warehouse[rendering]})
    (document,) = report.documents
    known = {prefix: why for (name, prefix), why in KNOWN_DIFFERENCES.items() if name == rendering}
    unexpected = [line for line in document.differences() if not any(line.startswith(k) for k in known)]
    legend = "- missing, + spurious, ~ changed: golden → ingested"
    assert not unexpected, f"{rendering} differs from {document.golden.path.name} ({legend}):\n" + "\n".join(unexpected)
    still_there = [k for k in known if any(line.startswith(k) for line in document.differences())]
    assert still_there == list(known), f"known difference gone, remove it from KNOWN_DIFFERENCES: {known}"


def test_update_switch_is_off_in_ci(request):
    """CI must compare with the golden files, never rewrite them."""
    in_ci = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
    assert not (in_ci and request.config.getoption("--update-golden")), "--update-golden is on in CI"


def test_ci_declares_itself_and_does_not_update():
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "CI=true" in ci
    assert "--update-golden" not in ci

"""Compare one document with its golden file, allowing only differences listed with a reason."""

from __future__ import annotations

from pathlib import Path

from etl.check.golden import load_golden_file
from etl.check.report import run_check
from etl.check.views import read_warehouse
from etl.pipeline import ingest

LEGEND = "- missing, + spurious, ~ changed: golden → ingested"


def differences_from_golden(source: Path, golden_path: Path, workdir: Path) -> list[str]:
    """Ingest `source` alone into a fresh warehouse and list its differences from `golden_path`."""
    report = ingest([source], db=workdir / "w.sqlite", parsed_dir=workdir / "parsed")
    assert not report.failed, [(o.source_name, o.errors) for o in report.failed]
    golden = load_golden_file(golden_path)
    check = run_check({golden.stem: golden}, read_warehouse(workdir / "w.sqlite"))
    (document,) = check.documents
    return document.differences()


def assert_matches_golden(source: Path, golden_path: Path, workdir: Path, known: dict[str, str]) -> None:
    """Fail with the differences unless each is a known one (difference-line prefix -> reason);
    fail too when a known difference has gone, so that the list stays true."""
    differences = differences_from_golden(source, golden_path, workdir)
    unexpected = [line for line in differences if not any(line.startswith(k) for k in known)]
    assert not unexpected, f"{source.name} differs from {golden_path.name} ({LEGEND}):\n" + "\n".join(unexpected)
    gone = [k for k in known if not any(line.startswith(k) for line in differences)]
    assert not gone, f"known difference no longer there, remove it: {gone}"

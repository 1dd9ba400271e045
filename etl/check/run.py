"""The two things `cli.py check` does, as library calls: check a warehouse against a folder of
golden files, or rewrite those files from the warehouse."""

from __future__ import annotations

from pathlib import Path

from etl.check.golden import GoldenFile, GoldenFileError, load_golden_dir
from etl.check.report import CheckReport, run_check
from etl.check.update import GoldenUpdate, update_golden
from etl.check.views import read_warehouse


def _golden_files(folder: Path) -> tuple[dict[str, GoldenFile], list[str]]:
    if not folder.exists():
        return {}, [f"golden folder {folder} does not exist"]
    return load_golden_dir(folder)


def check_warehouse(
    db: str | Path, golden_dir: Path, missing_as_fn: bool = False, only_format: str | None = None
) -> CheckReport:
    """Compare the warehouse `db` with the golden files of `golden_dir`.

    Raises WarehouseReadError for an unreadable warehouse and GoldenFileError when no golden
    file is usable; unusable single files are reported in the report's warnings."""
    warehouse = read_warehouse(db)
    golden, problems = _golden_files(golden_dir)
    if not golden:
        raise GoldenFileError("; ".join([f"no usable golden files in {golden_dir}", *problems]))
    report = run_check(golden, warehouse, missing_as_fn=missing_as_fn, only_format=only_format)
    report.warnings.extend(problems)
    return report


def update_golden_files(db: str | Path, golden_dir: Path, from_format: str = "txt") -> list[GoldenUpdate]:
    """Rewrite (or create) the golden files of `golden_dir` from the `from_format` records of `db`."""
    golden, _ = _golden_files(golden_dir)
    return update_golden(golden_dir, golden, read_warehouse(db), from_format)

"""check_warehouse / update_golden_files: the library calls behind `cli.py check`."""

from __future__ import annotations

import pytest

from etl.check.golden import GoldenFileError
from etl.check.run import check_warehouse, update_golden_files
from etl.load.errors import WarehouseReadError
from tests.conftest import GOLD_DIR


def test_check_warehouse_reports_bad_golden_files_as_warnings(tmp_path, sample_warehouse):
    folder = tmp_path / "golden"
    folder.mkdir()
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "000_9655f32b988e5d04.json").write_text(
        (GOLD_DIR / "000_9655f32b988e5d04.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    report = check_warehouse(sample_warehouse, folder, only_format="txt")
    assert [d.source_name for d in report.documents] == ["000_9655f32b988e5d04.txt"]
    assert any("broken.json" in w for w in report.warnings)
    assert report.f1("overall", "txt") == 1.0


def test_check_warehouse_refuses_an_empty_golden_folder_and_a_missing_warehouse(tmp_path, sample_warehouse):
    with pytest.raises(GoldenFileError, match="no usable golden files"):
        check_warehouse(sample_warehouse, tmp_path)
    with pytest.raises(WarehouseReadError, match="does not exist"):
        check_warehouse(tmp_path / "none.sqlite", GOLD_DIR)


def test_update_golden_files_bootstraps_a_new_folder(tmp_path, sample_warehouse):
    updates = update_golden_files(sample_warehouse, tmp_path / "new", "txt")
    assert sorted(u.path.name for u in updates) == sorted(p.name for p in GOLD_DIR.glob("*.json"))
    assert all(u.created for u in updates)
    report = check_warehouse(sample_warehouse, tmp_path / "new", only_format="txt")
    assert all(d.identical for d in report.documents)

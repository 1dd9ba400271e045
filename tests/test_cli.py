"""The CLI in-process: one command ingests a folder, bad files fail alone, re-runs are idempotent."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from cli import app
from tests.conftest import sample_path

runner = CliRunner()
GOOD_STEM = "002_bee87eaabc4616cb"


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(sample_path("txt", GOOD_STEM), folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    (folder / "english.txt").write_text("Minutes of the meeting. Nothing to see here.\n" * 5, encoding="utf-8")
    return folder


def run_ingest(inbox, tmp_path, *extra):
    return runner.invoke(
        app,
        ["ingest", str(inbox), "--db", str(tmp_path / "w.sqlite"), "--parsed-dir", str(tmp_path / "parsed"),
         *extra],
    )


def statuses(tmp_path) -> dict[str, tuple[str, str]]:
    """Latest ingest_log status and message per file."""
    with sqlite3.connect(tmp_path / "w.sqlite") as conn:
        rows = conn.execute("SELECT source_name, status, message FROM ingest_log ORDER BY log_id").fetchall()
    return {name: (status, message) for name, status, message in rows}


def test_help_lists_every_option():
    result = runner.invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--parsed-dir", "--force", "--workers"):
        assert option in result.output


def test_bad_files_fail_alone_with_specific_messages(inbox, tmp_path):
    result = run_ingest(inbox, tmp_path)
    assert result.exit_code == 1, result.output
    log = statuses(tmp_path)
    assert log[f"{GOOD_STEM}.txt"][0] == "loaded"
    for name, phrase in [("empty.txt", "empty"), ("junk.txt", "binary"), ("broken.docx", "docx"),
                         ("old.doc", ".doc"), ("english.txt", "not a")]:
        status, message = log[name]
        assert status == "failed", name
        assert phrase in message.lower(), (name, message)
    with sqlite3.connect(tmp_path / "w.sqlite") as conn:
        loaded = [r[0] for r in conn.execute("SELECT source_name FROM documents_v")]
    assert loaded == [f"{GOOD_STEM}.txt"]
    assert (tmp_path / "parsed" / f"{GOOD_STEM}.txt.json").is_file()
    assert "failed" in result.output
    assert GOOD_STEM in result.output


def test_rerun_skips_unchanged_and_force_reloads(inbox, tmp_path):
    run_ingest(inbox, tmp_path)
    with sqlite3.connect(tmp_path / "w.sqlite") as conn:
        before = conn.execute("SELECT COUNT(*) FROM tasks_v").fetchone()[0]
    run_ingest(inbox, tmp_path)
    assert statuses(tmp_path)[f"{GOOD_STEM}.txt"][0] == "skipped"
    run_ingest(inbox, tmp_path, "--force")
    assert statuses(tmp_path)[f"{GOOD_STEM}.txt"][0] == "loaded"
    with sqlite3.connect(tmp_path / "w.sqlite") as conn:
        after = conn.execute("SELECT COUNT(*) FROM tasks_v").fetchone()[0]
        documents = conn.execute("SELECT COUNT(*) FROM documents_v").fetchone()[0]
    assert after == before
    assert documents == 1


def test_same_name_twice_and_same_bytes_twice_are_reported_not_loaded_twice(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    good = sample_path("txt", GOOD_STEM)
    shutil.copy(good, first / "plan.txt")
    shutil.copy(good, second / "plan.txt")  # same name in another folder
    shutil.copy(good, second / "copy_of_plan.txt")  # same bytes under another name
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    result = runner.invoke(
        app,
        ["ingest", str(first), str(second), str(tmp_path / "dangling.txt"), "--db", str(tmp_path / "w.sqlite"),
         "--parsed-dir", str(tmp_path / "parsed")],
    )
    assert result.exit_code == 1
    with sqlite3.connect(tmp_path / "w.sqlite") as conn:
        loaded = [r[0] for r in conn.execute("SELECT source_name FROM documents_v")]
        log = conn.execute("SELECT source_name, status, message FROM ingest_log ORDER BY log_id").fetchall()
    assert loaded == ["plan.txt"]
    messages = {(name, status): message for name, status, message in log}
    assert "same file name" in messages[("plan.txt", "failed")]
    assert "same bytes as plan.txt" in messages[("copy_of_plan.txt", "skipped")]
    assert "cannot read" in messages[("dangling.txt", "failed")]

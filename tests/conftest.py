"""Shared fixtures: the bundled sample corpus, its golden files, and one ingest of it per test run.

Options: ``--update-golden`` rewrites tests/golden/ from the .txt records instead of comparing
(review the printed diff, then commit); ``--warehouse PATH`` checks an already-ingested warehouse
instead of ingesting raw/ afresh; ``--golden-dir DIR`` compares with another folder of golden files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = PROJECT_ROOT / "raw"
GOLD_DIR = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("policy-etl golden files")
    group.addoption("--update-golden", action="store_true", help="rewrite the golden files from the .txt records")
    group.addoption("--warehouse", default=None, help="an already-ingested warehouse to check (default: ingest raw/)")
    group.addoption("--golden-dir", default=str(GOLD_DIR), help="the golden files to compare with")


GOLDEN_UPDATES = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """After a run with --update-golden: the diff of every golden file rewritten, to review."""
    lines = config.stash.get(GOLDEN_UPDATES, None)
    if lines:
        terminalreporter.section("golden files rewritten from the .txt records (review with git diff)")
        for line in lines:
            terminalreporter.write_line(line)


def sample_path(fmt: str, stem: str, variant: str = "") -> Path:
    """Path of a bundled sample, e.g. sample_path('docx', '000_9655f32b988e5d04', '.autonum')."""
    return RAW_DIR / fmt / f"{stem}{variant}.{fmt}"


def load_gold(stem: str) -> dict:
    """The reviewed golden answers for one sample document."""
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture
def raw_dir() -> Path:
    return RAW_DIR


@pytest.fixture
def gold_dir() -> Path:
    return GOLD_DIR


@pytest.fixture(scope="session")
def sample_warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse holding every bundled sample in every format (ingested once per test run)."""
    given = request.config.getoption("--warehouse")
    if given:
        return Path(given)
    from etl.pipeline import ingest

    tmp = tmp_path_factory.mktemp("samples")
    report = ingest([RAW_DIR], db=tmp / "warehouse.sqlite", parsed_dir=tmp / "parsed")
    assert not report.failed, [(o.source_name, o.errors) for o in report.failed]
    return tmp / "warehouse.sqlite"

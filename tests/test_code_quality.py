"""The code stays ruff-clean and mypy-clean (the project's lint and type settings in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PROJECT_ROOT


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=PROJECT_ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = run_tool("ruff", "check", ".")
    assert result.returncode == 0, result.stdout


def test_mypy_finds_nothing_in_etl_and_schemas():
    result = run_tool("mypy")
    assert result.returncode == 0, result.stdout

"""Shared fixtures: where the bundled sample corpus and gold answers live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = PROJECT_ROOT / "raw"
GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"


def sample_path(fmt: str, stem: str, variant: str = "") -> Path:
    """Path of a bundled sample, e.g. sample_path('docx', '000_9655f32b988e5d04', '.autonum')."""
    return RAW_DIR / fmt / f"{stem}{variant}.{fmt}"


def load_gold(stem: str) -> dict:
    """The hand-verified gold answers for one sample document."""
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture
def raw_dir() -> Path:
    return RAW_DIR


@pytest.fixture
def gold_dir() -> Path:
    return GOLD_DIR

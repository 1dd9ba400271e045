"""A jieba user dictionary generated from the department registry."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from etl.normalise.registry import all_written_forms

_FREQUENCY = 200_000
_TAG = "nt"


@cache
def department_jieba_dict() -> Path:
    """Write (once per process) a jieba user dictionary of every registry form and return its path.

    Lines are "word freq nt" for 工信局, 市工信局, 市工业和信息化局, 市委组织部 … so that
    `jieba.load_userdict(path)` keeps department names whole.
    """
    lines = [f"{form} {_FREQUENCY} {_TAG}" for form in all_written_forms() if len(form) >= 2]
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", prefix="policy_etl_department_words_", suffix=".txt", delete=False
    ) as handle:
        handle.write("\n".join(lines) + "\n")
    return Path(handle.name)


def load_department_words(tokenizer=None) -> None:
    """Load the registry's department names into jieba (the default tokenizer unless one is given)."""
    if tokenizer is None:
        import jieba

        tokenizer = jieba
    tokenizer.load_userdict(str(department_jieba_dict()))

"""A jieba user dictionary generated from the department registry (kept in memory)."""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from etl.normalise.registry import all_written_forms

_FREQUENCY = 200_000
_TAG = "nt"


@cache
def department_jieba_dict() -> str:
    """The user dictionary as text: a line "word freq nt" per registry form (工信局, 市工业和信息化局 …)."""
    return "".join(f"{form} {_FREQUENCY} {_TAG}\n" for form in all_written_forms() if len(form) >= 2)


def load_department_words(tokenizer: Any) -> None:
    """Load the registry's department names into a jieba tokenizer so they stay whole words."""
    tokenizer.load_userdict(io.StringIO(department_jieba_dict()))

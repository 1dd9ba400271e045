"""Word boundaries of a metric phrase (jieba, with the department registry as a user dictionary).

Stripping a verb or scope word off the front of a metric must not break a word: 建成区道路清扫率
keeps 建成区 (the built-up area) although 建成 is an action word elsewhere.
"""

from __future__ import annotations

import logging
from functools import cache


@cache
def _tokenizer():
    import jieba

    from etl.normalise.department_words import load_department_words

    logging.getLogger("jieba").setLevel(logging.ERROR)
    tokenizer = jieba.Tokenizer()
    load_department_words(tokenizer)
    return tokenizer


@cache
def word_ends(text: str) -> frozenset[int]:
    """Positions in `text` where a jieba word ends."""
    ends: set[int] = set()
    at = 0
    for word in _tokenizer().cut(text, HMM=False):
        at += len(word)
        ends.add(at)
    return frozenset(ends)


def is_word_prefix(text: str, prefix: str) -> bool:
    """Whether `prefix` ends on a word boundary of `text` (so stripping it breaks no word)."""
    return text.startswith(prefix) and len(prefix) in word_ends(text)

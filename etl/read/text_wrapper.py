"""Web-page wrapper around a scraped document: page header, metadata box and site footer.

The patterns live in ``etl/data/web_junk.yaml``; this module only applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

_DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "web_junk.yaml"


@dataclass(frozen=True)
class _JunkRules:
    head: tuple[re.Pattern[str], ...]
    head_scan_lines: int
    footer: tuple[re.Pattern[str], ...]
    tail_scan_lines: int
    metadata_key: re.Pattern[str]
    metadata_line: re.Pattern[str]
    value_junk: tuple[str, ...]


@dataclass
class WrapperResult:
    """Which lines (0-based indexes) belong to the page wrapper, and the metadata it stated."""

    dropped: set[int] = field(default_factory=set)
    metadata: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _rules() -> _JunkRules:
    data = yaml.safe_load(_DATA_FILE.read_text(encoding="utf-8"))
    keys = sorted(data["metadata_keys"], key=len, reverse=True)
    alternation = "|".join(" *".join(re.escape(ch) for ch in k) for k in keys)  # 文　　号 is 文号
    return _JunkRules(
        head=tuple(re.compile(p) for p in data["head_line_patterns"]),
        head_scan_lines=int(data["head_scan_lines"]),
        footer=tuple(re.compile(p) for p in data["footer_line_patterns"]),
        tail_scan_lines=int(data["tail_scan_lines"]),
        metadata_key=re.compile(rf"(?:^|(?<=\s))({alternation})(?:\s*[:：]\s*|\s+|$)"),
        metadata_line=re.compile(rf"^({alternation})(\s*[:：]|\s)"),
        value_junk=tuple(data["metadata_value_junk"]),
    )


def _clean(line: str) -> str:
    return line.replace("\xa0", " ").replace("\u3000", " ").strip()


def parse_metadata_line(line: str) -> dict[str, str]:
    """Key/value pairs of one metadata-box line ('文件编号 澄高管〔2018〕72号 公开时限 长期公开')."""
    rules = _rules()
    text = _clean(line)
    matches = list(rules.metadata_key.finditer(text))
    facts: dict[str, str] = {}
    for here, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(text)
        value = text[here.end() : end].strip()
        for junk in rules.value_junk:
            value = value.removesuffix(junk).strip()
        if value:
            facts.setdefault(re.sub(r"\s+", "", here.group(1)), value)
    return facts


def is_metadata_line(line: str) -> bool:
    """Whether a line belongs to a site's metadata box (starts with a known key)."""
    return bool(_rules().metadata_line.match(_clean(line)))


_SENTENCE_END = re.compile(r"[。；！？]")
_PROSE_MIN_LEN = 30
_PROSE_ANY_LEN = 80


def _is_body_prose(text: str) -> bool:
    """A line of running document text: the page header cannot extend past it."""
    return len(text) >= _PROSE_ANY_LEN or (len(text) >= _PROSE_MIN_LEN and bool(_SENTENCE_END.search(text)))


def find_wrapper(lines: list[str]) -> WrapperResult:
    """Locate page-header, metadata-box and footer lines of a scraped page.

    The header is scanned from the top until the first line of body prose (so footer-like
    toolbars of a short page are never taken for its header); the footer is looked for only
    after the header and after at least one kept line.
    """
    rules = _rules()
    result = WrapperResult()
    non_empty = [i for i, line in enumerate(lines) if _clean(line)]

    last_head = -1
    for index in non_empty[: rules.head_scan_lines]:
        text = _clean(lines[index])
        if is_metadata_line(text):
            result.metadata.update(
                {k: v for k, v in parse_metadata_line(text).items() if k not in result.metadata}
            )
            last_head = index
        elif any(p.search(text) for p in rules.head):
            last_head = index
        elif _is_body_prose(text):
            break
    result.dropped.update(range(last_head + 1))

    kept = [i for i in non_empty if i > last_head]
    first_footer_candidate = kept[1] if len(kept) > 1 else len(lines)
    for index in non_empty[-rules.tail_scan_lines :]:
        if index >= first_footer_candidate and any(p.search(_clean(lines[index])) for p in rules.footer):
            result.dropped.update(range(index, len(lines)))
            break
    return result

"""Marker-symbol legends from notes such as '注：标*指标为…，标△指标为…' (per document, union)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.normalise.symbols import MARKER_SYMBOLS, is_marker_symbol, normalise_symbol
from schemas.document import Provenance
from schemas.indicators import SymbolLegend
from schemas.parsed import Unplaced

EXTRACTOR = "indicators"
_NOTE_START = re.compile(r"^\s*(?:注|说明|备注)\s*\d*\s*[:：]?\s*")
# a clause starts at 标 / 带 / 加 (+ optional 有 / 注) or at a bare marker symbol
# (a semicolon or full stop always ends a clause: '标★的为考核指标；约束性指标须确保完成' is two)
_CLAUSE_SPLIT = re.compile(r"[；;。]\s*|[，,]\s*(?=(?:标|带|加)|[^\w\s]|\d+\s*[.．、])")
_MARKED = re.compile(
    r"(?:标|带|加)(?:有|注)?\s*[“\"‘「『]?\s*\S?\s*[”\"’」』]?\s*(?:号|符号)?\s*(?:的|者)?\s*(?:指标|项目|目标)?\s*"
    r"(?:为|是|表示)"
)
_BARE_LEGEND_MAX = 80
_BARE_MEANING = re.compile(r"[”\"’」』]?\s*(?:号|符号)?\s*(?:的|者)?\s*(?:指标)?\s*(?:为|表示|代表)")
_QUOTES = "“”\"'‘’「」『』"
_CLAUSE_NUMBER = re.compile(r"^\s*(?:\d+\s*[.．、)）]|[（(]\d+[)）])\s*")
_CLAUSE = re.compile(
    r"^(?:(?:标|带|加)(?:有|注)?)?\s*(?P<symbols>\S*?)\s*(?:号|符号)?\s*(?:的|者)?\s*(?:指标|项目|目标)?\s*"
    r"(?:为|是|表示|系|代表)\s*(?P<meaning>.+)$"
)


@dataclass
class LegendResult:
    """Legends of a document and the note fragments that named no usable symbol."""

    symbols: list[SymbolLegend] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)

    def settled_unplaced(self) -> list[Unplaced]:
        """Unplaced clauses, minus those whose meaning another note gave with its symbol."""
        meanings = [s.meaning for s in self.symbols]
        return [u for u in self.unplaced if not any(u.text.endswith(m) for m in meanings)]


def looks_like_legend(text: str) -> bool:
    """True for a note that explains marker symbols (标*指标为… / 注：★为…)."""
    flat = text.strip()
    if _MARKED.search(flat):
        return (
            bool(_NOTE_START.match(flat))
            or flat.startswith(("标", "带"))
            or any(is_marker_symbol(c) for c in flat[:12])
        )
    body = _NOTE_START.sub("", flat)
    if bool(_NOTE_START.match(flat)) and bool(body) and is_marker_symbol(body[0]):
        return True
    return _is_bare_legend(flat)


def _is_bare_legend(flat: str) -> bool:
    """A short line starting with marker symbols that it explains: '★为省考核指标', '“▲”表示…'."""
    lead = flat.lstrip(_QUOTES)
    count = 0
    while count < len(lead) and is_marker_symbol(lead[count]):
        count += 1
    return count > 0 and len(flat) <= _BARE_LEGEND_MAX and _BARE_MEANING.match(lead[count:]) is not None


def _clauses(text: str) -> list[str]:
    body = _NOTE_START.sub("", text.strip())
    clauses = [_CLAUSE_NUMBER.sub("", c.strip()) for c in _CLAUSE_SPLIT.split(body)]
    return [c.strip().rstrip("，,；;。.") for c in clauses if c.strip()]


def parse_legend(text: str, provenance: Provenance, result: LegendResult) -> None:
    """Add the symbol meanings of one note to `result` (first meaning of a symbol wins)."""
    known = {s.symbol for s in result.symbols}
    for clause in _clauses(text):
        match = _CLAUSE.match(clause)
        written = match.group("symbols").strip(_QUOTES) if match else ""
        symbols = [normalise_symbol(c) for c in written if is_marker_symbol(c)]
        meaning = match.group("meaning").strip().rstrip("，,；;。.") if match else ""
        if not symbols or len(symbols) != len(written) or not meaning:
            result.unplaced.append(
                Unplaced(
                    extractor=EXTRACTOR,
                    reason="legend clause without a marker symbol",
                    text=clause,
                    provenance=provenance,
                )
            )
            continue
        for symbol in symbols:
            if symbol in MARKER_SYMBOLS and symbol not in known:
                known.add(symbol)
                result.symbols.append(SymbolLegend(symbol=symbol, meaning=meaning, provenance=provenance))

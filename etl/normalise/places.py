"""The place gazetteer: names, ranks, parents and 文号 prefixes of China's administrative divisions.

The national list of provinces, prefectures, counties and districts (with parents
derived from their administrative codes) comes from the adcodes table shipped with
the maintained `cpca` package; `etl/data/places.yaml` adds 文号 prefixes, park words
and corrections, and wins where both speak of a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_ADMIN_SUFFIX = re.compile(r"(?:自治州|自治县|新区|地区|省|市|区|县|州|盟|旗)$")


@dataclass(frozen=True)
class Place:
    """One administrative place."""

    name: str
    rank: str
    parent: str | None
    doc_prefixes: tuple[str, ...]


@cache
def _data() -> dict:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


@cache
def places() -> dict[str, Place]:
    """Known places by full name: the national divisions, overlaid with places.yaml."""
    found = _national_places()
    for p in _data()["places"]:
        found[p["name"]] = Place(p["name"], p["rank"], p.get("parent"), tuple(p.get("doc_prefixes", [])))
    for name, prefixes in _data().get("doc_prefixes", {}).items():
        place = found.get(name)
        if place is not None:
            merged = tuple(dict.fromkeys([*place.doc_prefixes, *prefixes]))
            found[name] = Place(place.name, place.rank, place.parent, merged)
    return found


def _national_places() -> dict[str, Place]:
    """Provinces, prefectures, counties and districts from cpca's adcodes table."""
    import pandas as pd

    table = resources.files("cpca").joinpath("resources/adcodes.csv")
    with table.open("rb") as handle:
        codes = pd.read_csv(handle, dtype={"adcode": str}, usecols=["adcode", "name"])
    by_code = {
        code: name for code, name in zip(codes["adcode"], codes["name"], strict=True) if name not in _PLACEHOLDERS
    }
    found: dict[str, Place] = {}
    # a county/district name can repeat across provinces (e.g. 鼓楼区): keep the first, parents only if unique
    seen: dict[str, int] = {}
    for name in by_code.values():
        seen[name] = seen.get(name, 0) + 1
    for code, name in sorted(by_code.items()):
        if code[2:] == "0" * 10:
            rank, parent = ("municipality" if name.endswith("市") else "province"), None
        elif code[4:] == "0" * 8:
            rank, parent = "prefecture", by_code.get(code[:2] + "0" * 10)
        else:
            rank = "district" if name.endswith("区") else "county"
            parent = by_code.get(code[:4] + "0" * 8) or by_code.get(code[:2] + "0" * 10)
        if name not in found:
            found[name] = Place(name, rank, parent if seen[name] == 1 else None, ())
    return found


def park_suffixes() -> tuple[str, ...]:
    """Words that end a park's name (高新区, 开发区, 园区 …), longest first."""
    return tuple(sorted(_data()["park_suffixes"], key=len, reverse=True))


def park_issuer_words() -> tuple[str, ...]:
    """Words that end a park administration's name (管理委员会, 管委会 …)."""
    return tuple(_data()["park_issuers"])


def stem(name: str) -> str:
    """A place name without its administrative suffix: 江阴市 → 江阴, 浦东新区 → 浦东 (kept if too short)."""
    short = _ADMIN_SUFFIX.sub("", name)
    return short if len(short) >= 2 else name


def is_park(jurisdiction: str | None) -> bool:
    """Whether the jurisdiction is a park (高新区, 开发区, 园区 …) rather than a city, district or county."""
    return jurisdiction is not None and jurisdiction.endswith(park_suffixes())


def place_names_in(jurisdiction: str | None) -> list[str]:
    """Written forms of a jurisdiction's place names, longest first, including its parents.

    "上海市普陀区" → ["上海市普陀区", "上海市", "普陀区", "上海", "普陀"];
    "江阴市" → ["江阴市", "无锡市", "江阴", "无锡"].
    """
    if not jurisdiction:
        return []
    parts = jurisdiction_parts(jurisdiction)
    names = {jurisdiction, *parts}
    for part in parts:
        place = places().get(part)
        while place and place.parent:
            names.add(place.parent)
            place = places().get(place.parent)
    names |= {stem(n) for n in list(names) if not is_park(n)}
    return sorted(names, key=len, reverse=True)


def jurisdiction_parts(jurisdiction: str) -> list[str]:
    """The places a jurisdiction's name is made of: 上海市普陀区 → [上海市, 普陀区]."""
    return re.findall(r".+?(?:自治州|自治县|新区|省|市|区|县|州(?![市区县])|盟|旗)", jurisdiction) or [jurisdiction]


def ancestors_of(jurisdiction: str | None) -> list[str]:
    """The jurisdiction's own outer parts and their parents, innermost first: 江阴市 → [无锡市, 江苏省]."""
    if not jurisdiction:
        return []
    parts = jurisdiction_parts(jurisdiction)
    found = list(reversed(parts[:-1]))
    place = places().get(parts[-1])
    while place and place.parent:
        if place.parent not in found:
            found.append(place.parent)
        place = places().get(place.parent)
    for outer in parts[:-1]:
        place = places().get(outer)
        while place and place.parent:
            if place.parent not in found:
                found.append(place.parent)
            place = places().get(place.parent)
    return found


def province_of(jurisdiction: str | None) -> str | None:
    """The province (or municipality) a jurisdiction lies in: 博罗县 → 广东省, 上海市闵行区 → 上海市."""
    if not jurisdiction:
        return None
    for name in [*reversed(jurisdiction_parts(jurisdiction)), *ancestors_of(jurisdiction)]:
        place = places().get(name)
        if place and place.rank in ("province", "municipality"):
            return place.name
    return None


def jurisdiction_by_doc_prefix(doc_number: str, text: str = "") -> str | None:
    """The place whose 文号 prefix begins `doc_number` (longest prefix wins): 澄政办发〔2022〕1号 → 江阴市.

    A prefix shared by several places (青政: 青岛市, 青海省) goes to the one `text` names most often,
    or to none when the text does not decide; a one-character prefix needs the text to name its place.
    """
    best_length = 0
    candidates: list[str] = []
    for place in places().values():
        for prefix in place.doc_prefixes:
            if not doc_number.startswith(prefix) or len(prefix) < best_length:
                continue
            if len(prefix) > best_length:
                best_length, candidates = len(prefix), []
            candidates.append(place.name)
    candidates = list(dict.fromkeys(candidates))
    if best_length == 1 and text:
        # a one-character abbreviation (通, 泰, 宿 …) also begins other provinces' numbers (通辽, 泰安,
        # 宿州): believe it only when the document names the place
        candidates = [name for name in candidates if name in text or stem(name) in text]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    counts = {name: text.count(name) + text.count(stem(name)) for name in candidates}
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] == 0 or ranked[0] == ranked[1]:
        return None
    return max(counts, key=lambda name: counts[name])


def known_place_for_stem(word: str) -> str | None:
    """The known place whose full name or stem `word` is (江阴 → 江阴市)."""
    if word in places():
        return word
    matches = [p.name for p in places().values() if stem(p.name) == word]
    return matches[0] if len(matches) == 1 else None


def level_word_table() -> dict[str, dict]:
    """Level words beyond 省 / 市 / 区 / 县 (自治区, 盟, 州, 旗) and how their bodies are named (places.yaml)."""
    return dict(_data().get("level_words", {}))

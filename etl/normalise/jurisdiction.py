"""A document's jurisdiction (the city / district / county / park whose departments it assigns)."""

from __future__ import annotations

import re
from collections import Counter

from etl.normalise.places import (
    is_park,
    known_place_for_stem,
    park_issuer_words,
    park_suffixes,
    places,
    stem,
)

_PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党)")
_CITY = r"[\u4e00-\u9fff]{2,6}?(?:自治州|市|州|盟)"
_PROVINCE = r"[\u4e00-\u9fff]{2,3}?(?:省|自治区)"
_COUNTY = r"[\u4e00-\u9fff]{1,5}?(?:新区|自治县|区|县|旗)"
_ORGAN = r"(?:人民政府|政府|委员会|委|人大|政协|办公室|办公厅|[\u4e00-\u9fff]{0,12}?(?:局|委员会|办公室|领导小组|部|厅|院|会|中心))"
_ISSUER_PLACE = re.compile(rf"^(?:{_PROVINCE})?(?P<city>{_CITY})(?P<county>{_COUNTY})?(?={_ORGAN})")
_ISSUER_COUNTY = re.compile(rf"^(?:{_PROVINCE})?(?P<county>[\u4e00-\u9fff]{{1,6}}?(?:自治县|县|旗))(?={_ORGAN})")
_ISSUER_PROVINCE = re.compile(rf"^({_PROVINCE})(?={_ORGAN})")
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")


def _park_of(text: str) -> str | None:
    """The park named at the start of an issuer that is a park administration: 江阴高新区管理委员会 → 江阴高新区."""
    body = _PARTY_PREFIX.sub("", text.strip())
    suffixes = "|".join(map(re.escape, park_suffixes()))
    issuers = "|".join(map(re.escape, park_issuer_words()))
    match = re.match(rf"^(?P<park>[\u4e00-\u9fff]{{0,12}}?(?:{suffixes}))(?:{issuers})", body)
    return match.group("park") if match else None


def _place_of(text: str) -> str | None:
    """The city (with district or county) at the start of an issuer: 江苏省南通市… → 南通市."""
    body = _PARTY_PREFIX.sub("", text.strip())
    match = _ISSUER_PLACE.match(body)
    if match:
        city, county = match.group("city"), match.group("county")
        if county and not is_park(county):
            known_county = places().get(county)
            if city in _MUNICIPALITIES or (known_county and known_county.rank == "district"):
                return city + county
            return county if known_county else city + county
        return _innermost_city(city)
    match = _ISSUER_COUNTY.match(body) or _ISSUER_PROVINCE.match(body)
    return match.group(1) if match else None


def _innermost_city(city: str) -> str:
    """无锡市江阴市 → 江阴市 (a county-level city written after its prefecture)."""
    parts = re.findall(r".+?市", city)
    if len(parts) > 1 and parts[-1] in places():
        return parts[-1]
    return city


def _from_issuer(issuer: str) -> str | None:
    for body in re.split(r"[\s、,，]+", issuer.strip()):
        if not body:
            continue
        found = _park_of(body) or _place_of(body)
        if found:
            return found
    return None


def _known_place_in(text: str, stems_need_full_name: bool = False) -> str | None:
    """The known place mentioned most often in `text` (full names, or stems such as 江阴).

    Stems are counted only for cities (江阴 for 江阴市): the stems of districts and counties
    (和平, 市中 …) are too often ordinary words. In a body text, where city stems can be ordinary
    words too (合作 of 合作市, 灯塔 of 灯塔市, 日照), with stems_need_full_name a stem counts only
    if the full name is written at least once.
    """
    counts: Counter[str] = Counter()
    for place in places().values():
        if place.rank == "province":
            continue
        full = text.count(place.name)
        short = 0
        if place.name.endswith("市") and stem(place.name) != place.name and (full or not stems_need_full_name):
            short = text.count(stem(place.name)) - full
        if full or short:
            counts[place.name] = 2 * full + short
    if not counts:
        return None
    return _raise_to_text_level(counts.most_common(1)[0][0], text)


_LEVEL_WORDS = {
    "市": ("全市", "市委", "市政府"),
    "区": ("全区", "区委", "区政府"),
    "县": ("全县", "县委", "县政府"),
    "旗": ("全旗", "旗委", "旗政府"),
}


def _raise_to_text_level(found: str, text: str) -> str:
    """A district or county named in a text that speaks city-wide (全市, 市委) stands for its city."""
    place = places().get(found)
    if place is None or place.rank not in ("district", "county") or not place.parent:
        return found
    own = "区" if found.endswith("区") else "县" if found.endswith("县") else "旗" if found.endswith("旗") else "市"
    mentions = {level: sum(text.count(w) for w in words) for level, words in _LEVEL_WORDS.items()}
    parent = places().get(place.parent)
    if own != "市" and mentions["市"] > mentions[own] and parent and parent.rank in ("prefecture", "municipality"):
        return parent.name
    return found


def _generic_place_in(text: str) -> str | None:
    """An unknown place named as the subject of a title: 某某市… / 某某县…."""
    match = re.match(rf"^[“\"《]?(?P<place>{_CITY}|[\u4e00-\u9fff]{{1,4}}?县)", text)
    if not match:
        return None
    place = match.group("place")
    if place.startswith(("在", "全", "各", "本", "我")):  # 在全市…, 全市…: no place is named
        return None
    return place if known_place_for_stem(stem(place)) or len(stem(place)) >= 2 else None


def detect_jurisdiction(
    issuer: str | None, doc_number: str | None, title: str | None, text: str
) -> str | None:
    """The jurisdiction whose departments a document assigns.

    Evidence in order: the issuer (江阴市人民政府办公室 → 江阴市; 江阴高新区管理委员会 → 江阴高新区;
    上海市普陀区人民政府 → 上海市普陀区), the 文号 prefix (澄 → 江阴市, 锡 → 无锡市, 通 → 南通市),
    place names in the title (“创新江阴” → 江阴市), then the place the text names most often.
    """
    if issuer:
        found = _from_issuer(issuer)
        if found:
            return found
    if doc_number:
        found = jurisdiction_from_doc_number(doc_number, text[:5000] if text else "")
        if found:
            return found
    if title:
        found = _known_place_in(title) or _generic_place_in(title)
        if found:
            return found
    return _known_place_in(text[:5000], stems_need_full_name=True) if text else None


def jurisdiction_from_doc_number(doc_number: str, text: str = "") -> str | None:
    """The place a 文号 prefix stands for (data file), e.g. 锡政发〔2022〕5号 → 无锡市; `text` decides
    a prefix several places share (宁政发: 南京市 or 宁夏回族自治区)."""
    from etl.normalise.places import jurisdiction_by_doc_prefix

    found = jurisdiction_by_doc_prefix(doc_number.strip(), text)
    place = places().get(found) if found else None
    if place and place.rank == "district" and place.parent in _MUNICIPALITIES:
        return place.parent + place.name
    return found


def level_word(jurisdiction: str | None) -> str:
    """The level word of a jurisdiction's departments: 市 / 区 / 县 / 省, and 自治区 / 盟 / 州 / 旗 for an
    autonomous region, a league, an autonomous prefecture and a banner; "" for parks or when unknown."""
    if not jurisdiction or is_park(jurisdiction):
        return ""
    if jurisdiction.endswith("自治区"):
        return "自治区"
    if jurisdiction.endswith(("区", "新区")):
        return "区"
    if jurisdiction.endswith(("县", "自治县")):
        return "县"
    for word in ("旗", "盟", "州"):
        if jurisdiction.endswith(word):
            return word
    if jurisdiction.endswith("市"):
        return "市"
    if jurisdiction.endswith("省"):
        return "省"
    return ""

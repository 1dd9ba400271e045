"""Department names: splitting written lists and resolving written forms per jurisdiction."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from etl.normalise.central_bank import bank_name, bank_parts, is_bank
from etl.normalise.departments_levels import (
    full_name,
    implied_province_word,
    is_province_like,
    level_prefix_of,
    like_level,
    lookup_any_level,
    registry_form,
)
from etl.normalise.jurisdiction import level_word
from etl.normalise.places import (
    ancestors_of,
    is_park,
    jurisdiction_parts,
    place_names_in,
    places,
    province_of,
    stem,
)
from etl.normalise.registry import (
    Entry,
    Match,
    all_written_forms,
    central_prefixes,
    collective_patterns,
    entry_named,
    family_default,
    kept_as_written,
    regional_member,
)
from etl.normalise.script import to_simplified

_SEPARATORS = "、，,；;／/\u3000 \t"
_CONJUNCTIONS = re.compile(r"以及|和|及|与")
_OPEN, _CLOSE = "（([【", "）)]】"
_LIST_LABEL = re.compile(r"^[（(]?\s*(?:[^：:，,。]{0,6}(?:单位|部门)|牵头|责任|配合|协办|主办)\s*[：:]")
_TRAILING_ETC = re.compile(r"等(?:有关|相关|其他)?(?:部门|单位|机构)?(?:按职责分工负责|负责)?$")
_NAME_END = re.compile(r"(?:局|委|办|部|会|院|行|司|队|所|站|社|府|室|厅|中心|公司|集团|区|镇街|街道|政府)$")
_PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党)")
# "各区、县（市）人民政府", "各镇、街道": 各 spreads over a run of level words, up to a common head.
_LEVEL_WORD = r"(?:设区市|区|县|市|镇|乡|乡镇|街道|镇街|园区|开发区|旗县|旗|盟市|盟|苏木镇|苏木)(?:[（(〔][^）)〕]*[）)〕])?"
_COLLECTIVE_OPENING = re.compile(rf"^(?:全市|全区|全县|全省|全旗|全盟|市|区|县|省|旗|盟|自治区)?各{_LEVEL_WORD}$")
_LEVEL_ONLY = re.compile(rf"^{_LEVEL_WORD}$")
_LEVEL_WITH_HEAD = re.compile(rf"^{_LEVEL_WORD}(?:人民政府|政府|管委会|管理委员会|街道办事处|办事处)$")
# "省政府国资委", "市人民政府金融办": a body the government runs directly, written with 政府 between the
# level word and its name; the same body as 省国资委 / 市金融办.
_GOVERNMENT_INFIX = re.compile(r"^(?P<level>自治区|省|市|区|县|旗|盟|州)(?:人民)?政府(?P<body>.{2,})$")
# "市政府办（市金融办）": one body with a second name (一个机构两块牌子) in brackets.
_SECOND_NAME = re.compile(r"^(?P<body>[^（(]+)[（(](?P<second>[^（）()]+)[）)]$")


@dataclass(frozen=True)
class ResolvedDepartment:
    """A department's normalised name, and whether the registry knew it."""

    name: str
    known: bool


def _clean(raw: str) -> str:
    text = to_simplified(raw).replace("\n", "").strip()
    text = re.sub(r"\s+", "", text)
    return text.strip("“”\"'‘’。.:：")


def _strip_wrapping_brackets(text: str) -> str:
    while len(text) >= 2 and text[0] in _OPEN and text[-1] in _CLOSE:
        inner = text[1:-1]
        if _bracket_balanced(inner):
            text = inner.strip()
        else:
            break
    return text


def _bracket_balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += char in _OPEN
        depth -= char in _CLOSE
        if depth < 0:
            return False
    return depth == 0


def _split_top_level(text: str) -> list[str]:
    """Split at list separators outside brackets (各县(市、区)人民政府 stays whole)."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        if char in _SEPARATORS and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _is_department_like(text: str) -> bool:
    return bool(text) and (_known_form(text) or _is_collective(text) or bool(_NAME_END.search(text)))


def _known_form(text: str) -> bool:
    return lookup_any_level(_without_government(_PARTY_PREFIX.sub("", text))) is not None or is_bank(text)


def _without_government(written: str) -> str:
    """省政府国资委 → 省国资委 when the rest names a known body (not the government's own office)."""
    match = _GOVERNMENT_INFIX.match(written)
    if match is None or lookup_any_level(written) is not None:
        return written
    bare = match.group("level") + match.group("body")
    found = lookup_any_level(bare)
    return bare if found is not None and found.entry.section == "government" and found.level else written


def _join_lines(text: str) -> str:
    """Join a cell's lines with "" except where a line ends a name and the next starts one."""
    lines = [line.strip() for line in text.split("\n")]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        if not line:
            continue
        left = _split_top_level(out)[-1]
        right = _split_top_level(line)[0]
        glued = left + right
        separate = (
            out[-1:] not in _SEPARATORS
            and _is_department_like(left)
            and _is_department_like(right)
            and not _known_form(glued)
            and len(right) >= 2
        )
        out = out + ("、" if separate else "") + line
    return out


def _segment_known(piece: str) -> list[str]:
    """Split a run of known names written without separators (市工信局市商务局); [piece] otherwise."""
    if _known_form(piece) or _is_collective(piece):
        return [piece]
    forms = [f for f in all_written_forms() if len(f) >= 3]
    best: dict[int, list[str]] = {0: []}
    for start in range(len(piece)):
        if start not in best:
            continue
        for form in forms:
            if piece.startswith(form, start):
                end = start + len(form)
                if end not in best or len(best[end]) > len(best[start]) + 1:
                    best[end] = [*best[start], form]
    return best.get(len(piece), [piece]) if len(best.get(len(piece), [])) > 1 else [piece]


def _split_conjunction(piece: str) -> list[str]:
    """ "市工信局和市商务局" → two names, when both sides are names and the whole is not one."""
    if _known_form(piece):
        return [piece]
    for match in _CONJUNCTIONS.finditer(piece):
        left, right = piece[: match.start()], piece[match.end() :]
        if _is_department_like(left) and _is_department_like(right) and len(left) >= 2 and len(right) >= 2:
            return [left, *_split_conjunction(right)]
    return [piece]


def _join_collectives(parts: list[str]) -> list[str]:
    """Rejoin a collective the list separators cut: [各区, 县（市）人民政府] → [各区、县（市）人民政府]."""
    joined: list[str] = []
    index = 0
    while index < len(parts):
        current = parts[index].strip()
        index += 1
        if _COLLECTIVE_OPENING.match(current):
            while index < len(parts) and _LEVEL_ONLY.match(parts[index].strip()):
                current += "、" + parts[index].strip()
                index += 1
            if index < len(parts) and _LEVEL_WITH_HEAD.match(parts[index].strip()):
                current += "、" + parts[index].strip()
                index += 1
        joined.append(current)
    return joined


def split_department_list(text: str) -> list[str]:
    """Split a written list of departments into names as written.

    "市工信局、市商务局、市工商联等" → ["市工信局", "市商务局", "市工商联"];
    "工信局、税务局、\\n统计局" → three names; "A、B，各镇街园区" → three names;
    brackets such as 各县(市、区)人民政府 are not split; a leading 责任单位： label and a trailing
    等 / 等部门 are dropped.
    """
    body = _strip_wrapping_brackets(to_simplified(text).strip())
    body = _LIST_LABEL.sub("", _join_lines(body)).strip()
    names: list[str] = []
    for part in _join_collectives(_split_top_level(body)):
        part = _TRAILING_ETC.sub("", _strip_wrapping_brackets(part.strip()))
        if not part:
            continue
        for piece in _split_conjunction(part):
            names.extend(p for p in _segment_known(piece) if p)
    return _as_written(names, text)


def _as_written(names: list[str], text: str) -> list[str]:
    """Each name found on the simplified text, cut from the original (traditional forms kept)."""
    written = text.replace("\n", "")
    shadow = to_simplified(written)
    cursor = 0
    result: list[str] = []
    for name in names:
        at = shadow.find(name, cursor)
        if at < 0:
            result.append(name)
            continue
        result.append(written[at : at + len(name)])
        cursor = at + len(name)
    return result


def _is_collective(text: str) -> bool:
    forms = {text, registry_form(text)}  # 旗有关部门 as 县有关部门
    return any(p.search(form) for p in collective_patterns() for form in forms)


@dataclass(frozen=True)
class _Local:
    """A written name with its place removed; `outer` is the enclosing place it was written with
    (江苏省科技厅 in a 江阴市 document: text 省科技厅, outer 江苏省), None for the jurisdiction's own."""

    text: str
    outer: str | None = None
    by_stem: bool = False


def _outer_level(place: str) -> str:
    """The level word of an enclosing place's bodies: 江苏省 → 省, 上海市 / 无锡市 → 市."""
    found = places().get(place)
    if found and found.rank == "province" and not place.endswith("自治区"):
        return "省"
    return level_prefix_of(place) if not place.endswith("省") else ""


def _without_central_prefix(text: str, jurisdiction: str | None) -> str:
    """国家税务总局杭州市税务局 → 杭州市税务局, when a place name follows the prefix."""
    names = place_names_in(jurisdiction)
    for prefix in central_prefixes():
        rest = text[len(prefix) :]
        if text.startswith(prefix) and any(rest.startswith(n) for n in names):
            return rest
    return text


def _strip_place(text: str, jurisdiction: str | None) -> _Local:
    """Remove place names from the front: 江阴市工信局 → 市工信局, 江阴生态环境局 → 生态环境局;
    an enclosing place keeps its level word and is reported (上海市科委 in 上海市闵行区 → 市科委)."""
    names = place_names_in(jurisdiction)
    body = _without_central_prefix(_PARTY_PREFIX.sub("", text), jurisdiction)
    last = None
    while (name := next((n for n in names if body.startswith(n) and len(body) > len(n)), None)) is not None:
        body, last = body[len(name) :], name
    if last is None:
        return _Local(text)
    own = jurisdiction or ""
    parts = jurisdiction_parts(own)
    outer = [p for p in ancestors_of(own) if p not in parts[-1:]]
    place = next((p for p in outer if last in (p, stem(p))), None)
    if place is not None and last not in (parts[-1], stem(parts[-1])):
        return _Local(_outer_level(place) + body, place, last != place)
    keep = level_prefix_of(last) if own.endswith(last) else ""
    return _Local(keep + body, None, last != own and not own.endswith(last))


def _family_choice(hints: Iterable[str], jurisdiction: str | None) -> dict[str, Entry]:
    """Family → the member a document writes by its full name (文体广电和旅游局 decides 文旅局)."""
    chosen: dict[str, Entry] = {}
    for hint in hints:
        match = lookup_any_level(_PARTY_PREFIX.sub("", _strip_place(_body_name(_clean(hint)), jurisdiction).text))
        if match and match.entry.family and match.by_full_name:
            chosen.setdefault(match.entry.family, match.entry)
    return chosen


def _entry_for(match: Match, jurisdiction: str | None, family: dict[str, Entry], level: str) -> Entry:
    """The member of the match's family the jurisdiction has (by province, else by the document's wording)."""
    entry = match.entry
    default = family_default(entry.family)
    if default:
        member = regional_member(entry.family, province_of(jurisdiction), like_level(level)) or default
        return entry_named(member) or entry
    if entry.family in family and not match.by_full_name:
        return family[entry.family]
    return entry


def _name_for(match: Match, jurisdiction: str | None, family: dict[str, Entry], local: _Local) -> str:
    level = implied_province_word(match.level or level_word(jurisdiction), local.text, province_of(jurisdiction))
    name = full_name(_entry_for(match, jurisdiction, family, level), level)
    if local.outer and level == level_word(jurisdiction):
        # an enclosing place of the same level (无锡市 for 江阴市): its name keeps them apart
        return local.outer + name[len(level) :]
    return name


def _body_name(text: str) -> str:
    """The body's own name when a second name follows in brackets: 市政府办（市金融办） → 市政府办."""
    match = _SECOND_NAME.match(text)
    if match and _is_department_like(match.group("body")) and _is_department_like(match.group("second")):
        return match.group("body")
    return text


# Level words that, written in a park's document, name the parent city's or province's bodies (not the park's).
_PARENT_LEVELS = ("市", "省")


def _resolve_in_park(text: str, jurisdiction: str | None, hints: list[str]) -> ResolvedDepartment:
    """A park's own bureaus keep their written name (科技创新局); a body written with 市 / 省
    (市发展改革委 in a 高新区 document) is the parent city's or province's and gets its full name."""
    local = _strip_place(text, jurisdiction)
    written = _without_government(_PARTY_PREFIX.sub("", local.text))
    match = lookup_any_level(written)
    if match is not None and like_level(match.level) in _PARENT_LEVELS and written.startswith(match.level):
        if kept_as_written(registry_form(written), like_level(match.level)):
            return ResolvedDepartment(written, True)
        return ResolvedDepartment(_name_for(match, jurisdiction, _family_choice(hints, jurisdiction), local), True)
    return ResolvedDepartment(text, match is not None or is_bank(local.text))


def resolve_department(
    raw: str, jurisdiction: str | None, hints: Iterable[str] | None = None
) -> ResolvedDepartment:
    """The normalised name of a written department within a jurisdiction.

    Level word of the jurisdiction + full official name, place name removed (江阴市工信局 → 市工业和信息化局,
    组织部 → 市委组织部); a park's own bureaus and collective subjects keep their written name; unknown
    names keep their written form without the place name (known=False). `hints` are department names the
    same document writes elsewhere (its full forms decide a bank branch or a culture bureau's name).
    """
    hints = list(hints or [])
    text = _clean(raw)
    if not text:
        return ResolvedDepartment(text, False)
    if _is_collective(text):
        return ResolvedDepartment(text, True)
    if is_park(jurisdiction):
        return _resolve_in_park(text, jurisdiction, hints)
    text = _body_name(text)
    bank = bank_parts(text)
    if bank:
        return ResolvedDepartment(bank_name(*bank, jurisdiction, hints), True)
    local = _strip_place(text, jurisdiction)
    written = _without_government(_PARTY_PREFIX.sub("", local.text))
    match = lookup_any_level(written)
    if match is None:
        # unknown: the jurisdiction's own full place name is dropped, other place words are kept
        keep_written = local.outer is not None or local.by_stem
        return ResolvedDepartment(text if keep_written else written, False)
    level = match.level or level_word(jurisdiction)
    if kept_as_written(registry_form(written), like_level(level)):
        return ResolvedDepartment(written if written.startswith(level) else level + written, True)
    family = _family_choice(hints, jurisdiction)
    return ResolvedDepartment(_name_for(match, jurisdiction, family, local), True)


def resolve_document_departments(
    raws: Iterable[str], jurisdiction: str | None, hints: Iterable[str] | None = None
) -> dict[str, ResolvedDepartment]:
    """Resolve every written form of one document, each seeing the others as hints."""
    written = list(dict.fromkeys(raws))
    context = [*written, *(hints or [])]
    return {raw: resolve_department(raw, jurisdiction, context) for raw in written}


def known_aliases(raw: str, jurisdiction: str | None) -> list[str]:
    """The registry's written forms of the department `raw` names (工信局, 市工信局, 工业和信息化局 …).

    Empty for collectives, banks, parks' own bureaus and unknown names.
    """
    text = _body_name(_clean(raw))
    if not text or _is_collective(text) or is_park(jurisdiction) or bank_parts(text):
        return []
    local = _strip_place(text, jurisdiction)
    match = lookup_any_level(_without_government(_PARTY_PREFIX.sub("", local.text)))
    if match is None or local.outer:
        return []
    level = match.level or level_word(jurisdiction)
    entry = _entry_for(match, jurisdiction, {}, level)
    forms: list[str] = []
    for form in entry.forms():
        if form in entry.province_aliases and not is_province_like(level):
            continue
        if "{L}" in form:
            forms.append(form.replace("{L}", level))
        else:
            forms.extend([form, level + form])
    return list(dict.fromkeys(f for f in forms if f))

"""Department names: splitting written lists and resolving written forms per jurisdiction."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from etl.normalise.jurisdiction import level_word
from etl.normalise.places import is_park, place_names_in, places
from etl.normalise.registry import (
    Entry,
    Match,
    all_written_forms,
    central_bank,
    collective_patterns,
    entries,
    lookup,
)
from etl.normalise.script import to_simplified

_SEPARATORS = "、，,；;／/\u3000 \t"
_CONJUNCTIONS = re.compile(r"以及|和|及|与")
_OPEN, _CLOSE = "（([【", "）)]】"
_LIST_LABEL = re.compile(r"^[（(]?\s*(?:[^：:，,。]{0,6}(?:单位|部门)|牵头|责任|配合|协办|主办)\s*[：:]")
_TRAILING_ETC = re.compile(r"等(?:有关|相关|其他)?(?:部门|单位|机构)?(?:按职责分工负责|负责)?$")
_NAME_END = re.compile(r"(?:局|委|办|部|会|院|行|司|队|所|站|社|府|室|厅|中心|公司|集团|区|镇街|街道|政府)$")
_PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党)")


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
    parts, current, depth = [], [], 0
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
    return lookup(_PARTY_PREFIX.sub("", text)) is not None or _is_bank(text)


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
    for part in _split_top_level(body):
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
    return any(p.search(text) for p in collective_patterns())


def _strip_place(text: str, jurisdiction: str | None) -> str:
    """Remove the jurisdiction's place names from the front: 江阴市工信局 → 市工信局, 江阴生态环境局 → 生态环境局."""
    names = place_names_in(jurisdiction)
    own = jurisdiction or ""
    changed = True
    while changed:
        changed = False
        body = _PARTY_PREFIX.sub("", text)
        for name in names:
            if body.startswith(name) and len(body) > len(name):
                keep = name[-1] if own.endswith(name) and name[-1] in "市区县" else ""
                text, changed = keep + body[len(name) :], True
                break
    return text


def _bank_parts(text: str) -> tuple[str, str] | None:
    """(bank form, rest) when `text` names the central bank: 人行江阴市支行 → ("人行", "江阴市支行")."""
    bank = central_bank()
    for form in sorted(bank["aliases"], key=len, reverse=True):
        if text.startswith(form):
            rest = text[len(form) :]
            if not rest or rest.endswith(tuple(bank["branch_suffixes"])):
                return form, rest
    return None


def _is_bank(text: str) -> bool:
    return _bank_parts(text) is not None


def _bank_name(rest: str, jurisdiction: str | None, hints: Iterable[str]) -> str:
    """The central bank branch's full name: as the document gives it, else built from the jurisdiction."""
    bank = central_bank()
    if rest:
        return bank["full_prefix"] + rest
    for hint in hints:
        parts = _bank_parts(_clean(hint))
        if parts and parts[1]:
            return bank["full_prefix"] + parts[1]
    if not jurisdiction or is_park(jurisdiction):
        return bank["full_prefix"]
    place = places().get(jurisdiction)
    county_level = (place and place.rank in ("county", "district")) or level_word(jurisdiction) in (
        "区",
        "县",
    )
    return bank["full_prefix"] + jurisdiction + ("支行" if county_level else "分行")


def _family_choice(hints: Iterable[str], jurisdiction: str | None) -> dict[str, Entry]:
    """Family → the member a document writes by its full name (文体广电和旅游局 decides 文旅局)."""
    chosen: dict[str, Entry] = {}
    for hint in hints:
        match = lookup(_PARTY_PREFIX.sub("", _strip_place(_clean(hint), jurisdiction)))
        if match and match.entry.family and match.by_full_name:
            chosen.setdefault(match.entry.family, match.entry)
    return chosen


def _name_for(match: Match, jurisdiction: str | None, family: dict[str, Entry]) -> str:
    entry = match.entry
    if entry.family in family and not match.by_full_name:
        entry = family[entry.family]
    level = match.level or level_word(jurisdiction)
    return entry.full_name(level)


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
        stripped = _strip_place(text, jurisdiction)
        return ResolvedDepartment(text, lookup(stripped) is not None or _is_bank(stripped))
    bank = _bank_parts(text)
    if bank:
        return ResolvedDepartment(_bank_name(bank[1], jurisdiction, hints), True)
    local = _PARTY_PREFIX.sub("", _strip_place(text, jurisdiction))
    match = lookup(local)
    if match is None:
        return ResolvedDepartment(local, False)
    return ResolvedDepartment(_name_for(match, jurisdiction, _family_choice(hints, jurisdiction)), True)


def resolve_document_departments(
    raws: Iterable[str], jurisdiction: str | None, hints: Iterable[str] | None = None
) -> dict[str, ResolvedDepartment]:
    """Resolve every written form of one document, each seeing the others as hints."""
    written = list(dict.fromkeys(raws))
    context = [*written, *(hints or [])]
    return {raw: resolve_department(raw, jurisdiction, context) for raw in written}


def registry_entries() -> tuple[Entry, ...]:
    """The registry's entries (for the departments_v alias registry)."""
    return entries()


def known_aliases(raw: str, jurisdiction: str | None) -> list[str]:
    """The registry's written forms of the department `raw` names (工信局, 市工信局, 工业和信息化局 …).

    Empty for collectives, banks, parks' own bureaus and unknown names.
    """
    text = _clean(raw)
    if not text or _is_collective(text) or is_park(jurisdiction) or _bank_parts(text):
        return []
    match = lookup(_PARTY_PREFIX.sub("", _strip_place(text, jurisdiction)))
    if match is None:
        return []
    level = match.level or level_word(jurisdiction)
    forms: list[str] = []
    for form in match.entry.forms():
        if "{L}" in form:
            forms.append(form.replace("{L}", level))
        else:
            forms.extend([form, level + form])
    return list(dict.fromkeys(f for f in forms if f))

"""Level words beyond the registry's 省 / 市 / 区 / 县: 自治区, 盟, 州 and 旗.

Their departments are named like those of another level (etl/data/places.yaml `level_words`):
自治区工信厅 is looked up as 省工信厅 and named 自治区工业和信息化厅; 旗发改委 as 县发改委 → 旗发展和改革委员会;
自治区党委组织部 as 省委组织部; 盟行署办公室 as 市政府办公室 → 盟行政公署办公室.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from etl.normalise.places import level_word_table
from etl.normalise.registry import PROVINCE_LEVEL, Entry, Match, lookup

_GOVERNMENT_WORDS = ("人民政府", "政府")


@dataclass(frozen=True)
class LevelWord:
    """One extra level word: the registry level it is named like, and its own party / government words."""

    word: str
    like: str
    party: str | None = None
    government: str | None = None
    government_forms: tuple[str, ...] = ()


@cache
def extra_levels() -> tuple[LevelWord, ...]:
    """The extra level words, longest first (自治区 before 区-like words)."""
    found = [
        LevelWord(word, spec["like"], spec.get("party"), spec.get("government"), tuple(spec.get("government_forms", [])))
        for word, spec in level_word_table().items()
    ]
    return tuple(sorted(found, key=lambda level: len(level.word), reverse=True))


def _extra(level: str) -> LevelWord | None:
    return next((x for x in extra_levels() if x.word == level), None)


def like_level(level: str) -> str:
    """The registry level a level word is named like: 旗 → 县, 自治区 → 省; the registry's own unchanged."""
    extra = _extra(level)
    return extra.like if extra else level


def is_province_like(level: str) -> bool:
    """True for 省 and 自治区: levels whose bodies are 厅 (科学技术厅, 工业和信息化厅)."""
    return like_level(level) == PROVINCE_LEVEL


def _as_registry_form(written: str) -> tuple[str, LevelWord] | None:
    """旗工信局 → (县工信局, 旗); 自治区党委组织部 → (省委组织部, 自治区); 盟行署办公室 → (市政府办公室, 盟)."""
    for extra in extra_levels():
        if extra.party and written.startswith(extra.party):
            return extra.like + "委" + written[len(extra.party) :], extra
        if not written.startswith(extra.word) or len(written) <= len(extra.word):
            continue
        rest = written[len(extra.word) :]
        for form in sorted(extra.government_forms, key=len, reverse=True):
            if rest.startswith(form):
                rest = "政府" + rest[len(form) :] if rest != form else "人民政府"
                break
        return extra.like + rest, extra
    return None


def lookup_any_level(written: str) -> Match | None:
    """The registry entry a written form denotes, also when written with 自治区 / 盟 / 州 / 旗 (its level then)."""
    found = lookup(written)
    if found is not None:
        return found
    converted = _as_registry_form(written)
    if converted is None:
        return None
    form, extra = converted
    match = lookup(form)
    if match is None or match.level != extra.like:
        return None
    return replace(match, level=extra.word)


def full_name(entry: Entry, level: str) -> str:
    """The entry's full name at a level: 旗 + 工业和信息化局, 自治区 + 科学技术厅, 自治区党委 + 组织部, 盟行政公署."""
    extra = _extra(level)
    if extra is None:
        return entry.full_name(level)
    name = entry.full_name(extra.like)
    if extra.party and name.startswith(extra.like + "委"):
        return extra.party + name[len(extra.like) + 1 :]
    if name.startswith(extra.like):
        rest = name[len(extra.like) :]
        if extra.government:
            word = next((w for w in _GOVERNMENT_WORDS if rest.startswith(w)), None)
            if word:
                rest = extra.government + rest[len(word) :]
        return extra.word + rest
    return name.replace(extra.like, extra.word, 1)


def level_prefix_of(place: str) -> str:
    """The level word a place's own bodies are written with: 柳州市 → 市, 阿拉善盟 → 盟, 广西壮族自治区 → 自治区."""
    for extra in extra_levels():
        if place.endswith(extra.word):
            return extra.word
    return place[-1] if place[-1:] in "市区县省" else ""


def registry_form(written: str) -> str:
    """A written form with an extra level word put as the level it is named like (旗金融办 → 县金融办)."""
    converted = _as_registry_form(written)
    return converted[0] if converted else written


def implied_province_word(level: str, written: str, province: str | None) -> str:
    """A 厅 form written without level word (科技厅) is the province's: 自治区 in an autonomous region."""
    if level == PROVINCE_LEVEL and not written.startswith(PROVINCE_LEVEL) and (province or "").endswith("自治区"):
        return "自治区"
    return level

"""The grammar of responsibility notes: "牵头部门：A，责任部门：B" / "A负责，B、C等协助推进".

:func:`parse_role_clause` turns the body of one note (or one running-text sentence) into
department/role entries; :func:`find_directives` finds the clauses that set conventions for the
whole document (列第一位者为牵头单位, 下同, 以下均需X落实不再列出). Role words live in
``etl/data/responsibility_grammar.yaml``; traditional characters are matched through OpenCC's
character-by-character conversion, so departments are always cut from the text as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from etl.normalise.departments import split_department_list
from etl.normalise.script import to_simplified
from schemas.vocab import Role

_OPEN = "（("
_CLOSE = "）)"
_CLAUSE_SEPARATORS = "，,；;。"
# Private-use stand-in for list separators inside nested brackets: 各县(市、区)人民政府 stays whole.
_SHIELD = "\ue000"
# "以上两项由A负责" / "上述任务均由A牵头" / "本任务由A牵头": the scope words and 由 open the note, not the name.
_LEADING_CONNECTIVES = re.compile(
    r"^(?:(?:以上|上述|本|该|此)[^，,。；;、由]{0,8}?)?(?:并|均|都|分别|统一)?由|^(?:请|和|及|与)"
)
_TRAILING_GROUP_WORD = re.compile(r"等(?:有关|相关)?(?:部门|单位)$")
# A second name in brackets after a department: 市委组织部（市委人才办）.
_SECOND_NAME = re.compile(r"(?<=[^（(])[（(][^（）()]+[）)]$")


@dataclass(frozen=True)
class RoleEntry:
    """One department with its role, as a note states it."""

    department_raw: str
    role: Role
    labelled: bool = field(default=False, compare=False)


@dataclass
class ClauseParse:
    """The entries of one note; `complete` is False when some text got no role."""

    entries: list[RoleEntry]
    complete: bool
    has_label: bool
    verbs: list[str] = field(default_factory=list)

    def has_sentence_verb(self) -> bool:
        """Whether a verb that makes a sentence a note on its own was used (按职责分工负责)."""
        return any(verb in _grammar().sentence_verbs for verb in self.verbs)


@dataclass
class Directives:
    """Document-wide conventions a note states, and the note text left once they are cut out."""

    remainder: str
    first_is_lead: bool = False
    applies_below: bool = False
    standing_departments: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Grammar:
    token: re.Pattern[str]
    label_roles: dict[str, Role]
    verb_roles: dict[str, Role]
    generic_verbs: frozenset[str]
    first_is_lead: tuple[re.Pattern[str], ...]
    applies_below: re.Pattern[str]
    standing: re.Pattern[str]
    suffixes: tuple[str, ...]
    prefixes: tuple[str, ...]
    continuation_heads: tuple[str, ...]
    sentence_verbs: frozenset[str]
    together: re.Pattern[str]
    inline_role: re.Pattern[str]
    inline_roles: dict[str, Role]
    together_verbs: frozenset[str]
    modal: re.Pattern[str]
    modal_roles: dict[str, Role]
    not_duties: tuple[str, ...]
    together_in_clause: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _role_words(table: dict[str, list[str]]) -> dict[str, Role]:
    return {word: Role(role) for role, words in table.items() for word in words}


def _label_roles(data: dict) -> dict[str, Role]:
    """Listed labels, plus every role stem joined to a unit noun (listed labels win)."""
    nouns = data.get("label_nouns", [])
    made = {stem + noun: Role(role) for role, stems in data.get("label_stems", {}).items()
            for stem in stems for noun in nouns}
    return made | _role_words(data["labels"])


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    text = resources.files("etl").joinpath("data/responsibility_grammar.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    label_roles = _label_roles(data)
    verb_roles = _role_words(data["verbs"])
    boundary = "(?=[\\s" + re.escape(_CLAUSE_SEPARATORS + "、:：" + _CLOSE) + "]|$)"
    token = re.compile(
        f"(?P<label>{_alternation(list(label_roles))})\\s*[:：]"
        f"|(?P<verb>{_alternation(list(verb_roles))}){boundary}"
        f"|(?P<together_verb>{_alternation(data['together_verbs'])}){boundary}"
        f"|(?P<sep>[{re.escape(_CLAUSE_SEPARATORS)}])"
    )
    return _Grammar(
        token=token,
        label_roles=label_roles,
        verb_roles=verb_roles,
        generic_verbs=frozenset(data["generic_verbs"]),
        first_is_lead=tuple(re.compile(p) for p in data["first_is_lead"]),
        applies_below=re.compile(data["applies_below"]),
        standing=re.compile(data["standing_departments"]),
        suffixes=tuple(data["department_suffixes"]),
        prefixes=tuple(data["department_prefixes"]),
        continuation_heads=tuple(data["continuation_heads"]),
        sentence_verbs=frozenset(data["sentence_verbs"]),
        together=re.compile(_alternation(data["together_words"])),
        inline_role=re.compile(
            f"^(?P<name>.+?)\\s*[{_OPEN}]\\s*(?P<role>{_alternation(list(_role_words(data['inline_roles'])))})"
            f"\\s*[{_CLOSE}]$"
        ),
        inline_roles=_role_words(data["inline_roles"]),
        together_verbs=frozenset(data["together_verbs"]),
        modal=re.compile(
            f"^(?P<list>[^{re.escape(_CLAUSE_SEPARATORS)}]{{2,60}}?)(?:{_alternation(data['modal_words'])})"
            f"(?:{_alternation(data['modal_adverbs'])})?(?P<verb>{_alternation(list(_role_words(data['modal_verbs'])))})"
        ),
        modal_roles=_role_words(data["modal_verbs"]),
        not_duties=tuple(data["not_duties"]),
        together_in_clause=re.compile(
            f"由(?P<lead>[^{re.escape(_CLAUSE_SEPARATORS)}由、]{{2,20}}?)(?:{_alternation(data['together_words'])})"
            f"(?P<rest>[^{re.escape(_CLAUSE_SEPARATORS)}]{{2,40}})"
        ),
    )


def simplified(text: str) -> str:
    """The text with traditional characters mapped to simplified ones (same length)."""
    return to_simplified(text)


def role_of_label(text: str) -> Role | None:
    """The role a label or table header names (牵头单位 -> lead), or None."""
    key = re.sub(r"[\s:：]", "", simplified(text))
    return _grammar().label_roles.get(key)


def role_of_header(text: str) -> Role | None:
    """The role a table header names: an exact label, else the longest label (4+ chars) it contains."""
    exact = role_of_label(text)
    if exact is not None:
        return exact
    plain = simplified(text)
    found = [(len(w), role) for w, role in _grammar().label_roles.items() if len(w) >= 4 and w in plain]
    return max(found, key=lambda item: item[0])[1] if found else None


def looks_like_department(name: str) -> bool:
    """Whether a word reads as a department (ends in 局/委/办/… or opens with 各/有关/相关)."""
    grammar = _grammar()
    plain = _SECOND_NAME.sub("", simplified(name))
    if len(plain) < 2 or len(plain) > 40:
        return False
    return plain.endswith(grammar.suffixes) or plain.startswith(grammar.prefixes)


def department_stem(name: str) -> str:
    """The name without its department ending: 临港开发区 -> 临港开发, 管委会 -> ''."""
    plain = simplified(name)
    for suffix in sorted(_grammar().suffixes, key=len, reverse=True):
        if plain.endswith(suffix):
            return name[: len(name) - len(suffix)]
    return name


def continues_name(text: str) -> bool:
    """Whether text opens with a word that continues an organisation's name (办公室, 管委会 …)."""
    return simplified(text).startswith(_grammar().continuation_heads)


def nesting_depths(text: str) -> list[int]:
    """Bracket depth at each character (brackets themselves count as the outer depth)."""
    depths: list[int] = []
    depth = 0
    for char in text:
        if char in _CLOSE:
            depth = max(depth - 1, 0)
        depths.append(depth)
        if char in _OPEN:
            depth += 1
    return depths


def split_departments(text: str) -> list[str]:
    """Departments of a written list, keeping separators inside nested brackets."""
    depths = nesting_depths(text)
    shielded = "".join(_SHIELD if depths[i] > 0 and c in "、，,；;" else c for i, c in enumerate(text))
    names: list[str] = []
    for piece in split_department_list(shielded.replace("\n", "")):
        name = piece.replace(_SHIELD, "、")
        name = _LEADING_CONNECTIVES.sub("", name.strip())
        name = _TRAILING_GROUP_WORD.sub("", name).rstrip("等").strip()
        if name:
            names.append(name)
    return names


def inline_role(name: str) -> tuple[str, Role | None]:
    """A department with a bracketed role mark, and that role: 市经信局（牵头） → (市经信局, lead)."""
    grammar = _grammar()
    match = grammar.inline_role.match(simplified(name))
    if not match:
        return name, None
    return name[: match.end("name")].strip(), grammar.inline_roles[match.group("role")]


def _together_parts(piece: str, role: Role) -> list[tuple[str, Role]]:
    """ "由A会同B": A leads and B assists (an assist verb keeps both assisting)."""
    shadow = simplified(piece)
    depths = nesting_depths(piece)
    match = next((m for m in _grammar().together.finditer(shadow) if depths[m.start()] == 0), None)
    if match is None:
        return [(piece, role)]
    first = role if role is Role.assist else Role.lead
    return [(piece[: match.start()], first), (piece[match.end() :], Role.assist)]


def _joined_by_together(piece: str) -> bool:
    """Whether a piece reads "A会同B" with a department on both sides (outside brackets)."""
    parts = _together_parts(piece, Role.lead)
    return len(parts) == 2 and all(looks_like_department(p.strip()) for p, _ in parts)


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + "。" * (end - start) + text[end:]


def find_directives(text: str) -> Directives:
    """Cut the document-wide conventions out of a note (or paragraph) and report them."""
    grammar = _grammar()
    found = Directives(remainder=text)
    for match in grammar.standing.finditer(simplified(found.remainder)):
        raw = text[match.start("list") : match.end("list")]
        found.standing_departments.extend(split_departments(raw))
        found.remainder = _mask(found.remainder, match.start(), match.end())
    for pattern in grammar.first_is_lead:
        for match in pattern.finditer(simplified(found.remainder)):
            found.first_is_lead = True
            found.remainder = _mask(found.remainder, match.start(), match.end())
    if found.first_is_lead:
        for match in grammar.applies_below.finditer(simplified(found.remainder)):
            found.applies_below = True
            found.remainder = _mask(found.remainder, match.start(), match.end())
    return found


def modal_role_entries(sentence: str) -> list[RoleEntry]:
    """Entries of a running-text sentence whose clauses open with "<departments>要牵头…" /
    "<departments>等部门要密切配合" (every department named must look like one), else []."""
    grammar = _grammar()
    entries: list[RoleEntry] = []
    for clause in re.split(f"[{re.escape(_CLAUSE_SEPARATORS)}]", simplified(sentence)):
        match = grammar.modal.match(clause.strip())
        if not match:
            continue
        names = split_departments(match.group("list"))
        if not names or not all(looks_like_department(name) for name in names):
            return []
        entries.extend(RoleEntry(name, grammar.modal_roles[match.group("verb")]) for name in names)
    return entries


def _leading_departments(text: str) -> list[str]:
    """The longest opening of `text` that is a list of departments (市统计局审核认定 → [市统计局])."""
    for end in range(min(len(text), 30), 1, -1):
        if end < len(text) and text[end] in "、和及与":
            continue
        names = split_departments(text[:end])
        if names and all(looks_like_department(n) for n in names) and looks_like_department(text[:end]):
            return names
    return []


def together_clause_entries(sentence: str) -> list[RoleEntry]:
    """"…的由A会同B审核认定": inside running text A leads and B assists, when both are departments."""
    entries: list[RoleEntry] = []
    if any(word in sentence for word in _grammar().not_duties):
        return []
    for match in _grammar().together_in_clause.finditer(simplified(sentence)):
        lead = split_departments(match.group("lead"))
        assist = _leading_departments(match.group("rest"))
        if lead and assist and all(looks_like_department(n) for n in lead):
            entries.extend(RoleEntry(n, Role.lead) for n in lead)
            entries.extend(RoleEntry(n, Role.assist) for n in assist)
    return entries


def parse_role_clause(text: str) -> ClauseParse:
    """Department/role entries of one note body, e.g. '科学技术局负责，财政局等协助推进'."""
    grammar = _grammar()
    shadow = simplified(text)
    depths = nesting_depths(text)
    entries: list[RoleEntry] = []
    pending: list[str] = []
    label_role: Role | None = None
    complete = True
    has_label = False
    verbs: list[str] = []

    def assign(role: Role, labelled: bool) -> None:
        nonlocal complete
        for piece in pending:
            for part, part_role in _together_parts(piece, role):
                for written in split_departments(part):
                    name, marked = inline_role(written)
                    if labelled or looks_like_department(name):
                        entries.append(RoleEntry(name, marked or part_role, labelled))
                    else:
                        complete = False
        pending.clear()

    def drop_pending() -> None:
        nonlocal complete
        if any(split_departments(p) for p in pending):
            complete = False
        pending.clear()

    position = 0
    for match in grammar.token.finditer(shadow):
        if depths[match.start()] > 0:
            continue
        if match.group("together_verb") and not _joined_by_together(text[position : match.start()]):
            continue
        if match.start() > position:
            pending.append(text[position : match.start()])
        position = match.end()
        if match.group("label"):
            if label_role is not None:
                assign(label_role, labelled=True)
            else:
                drop_pending()
            label_role = grammar.label_roles[match.group("label")]
            has_label = True
        elif match.group("verb") or match.group("together_verb"):
            verb = match.group("verb") or match.group("together_verb")
            verbs.append(verb)
            if label_role is not None and verb in grammar.generic_verbs:
                assign(label_role, labelled=True)
            elif label_role is not None:
                # Within a labelled list the verb speaks for its own clause only.
                clause = pending.pop() if pending else ""
                assign(label_role, labelled=True)
                pending.append(clause)
                assign(grammar.verb_roles.get(verb, Role.lead), labelled=True)
            else:
                assign(grammar.verb_roles.get(verb, Role.lead), labelled=False)
    if position < len(text):
        pending.append(text[position:])
    if label_role is not None:
        assign(label_role, labelled=True)
    else:
        drop_pending()
    return ClauseParse(entries=entries, complete=complete, has_label=has_label, verbs=verbs)


def first_listed_leads(entries: list[RoleEntry]) -> list[RoleEntry]:
    """Apply "列第一位者为牵头单位": in an unsplit list the first is lead, the others responsible."""
    if len(entries) < 2 or any(e.role is Role.assist for e in entries):
        return entries
    if any(e.role is Role.lead and e.labelled for e in entries):
        return entries
    first, *rest = entries
    return [RoleEntry(first.department_raw, Role.lead, first.labelled)] + [
        RoleEntry(e.department_raw, Role.responsible, e.labelled) for e in rest
    ]

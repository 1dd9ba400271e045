"""The normalise stage over a whole parsed document: departments resolved per jurisdiction."""

from __future__ import annotations

from etl.normalise.departments import resolve_department
from schemas.parsed import ParsedDocument
from schemas.responsibilities import Department


def normalise_document(parsed: ParsedDocument) -> ParsedDocument:
    """Fill normalised department names and the alias registry; warn about unknown names."""
    jurisdiction = parsed.meta.jurisdiction
    aliases: dict[tuple[str, str], bool] = {}
    unknown: list[str] = []
    for responsibility in parsed.responsibilities:
        resolved = resolve_department(responsibility.department_raw, jurisdiction)
        responsibility.department = resolved.name
        responsibility.jurisdiction = jurisdiction
        key = (resolved.name, responsibility.department_raw)
        if key not in aliases:
            aliases[key] = resolved.known
            if not resolved.known and resolved.name not in unknown:
                unknown.append(resolved.name)
    parsed.departments = [
        Department(jurisdiction=jurisdiction, department=name, alias=alias, known=known)
        for (name, alias), known in aliases.items()
    ]
    if unknown:
        parsed.warnings.append("unknown departments (kept as written): " + "、".join(unknown))
    return parsed

"""The normalise stage over a whole parsed document: departments resolved per jurisdiction."""

from __future__ import annotations

from etl.normalise.departments import known_aliases, resolve_document_departments
from schemas.parsed import ParsedDocument
from schemas.responsibilities import Department


def normalise_document(parsed: ParsedDocument) -> ParsedDocument:
    """Fill normalised department names and the alias registry; warn about unknown names.

    Every written form of the document is resolved with the others as context, so a full
    name written once (a bank branch, a culture bureau) decides the name of its short forms.
    """
    jurisdiction = parsed.meta.jurisdiction
    resolved = resolve_document_departments((r.department_raw for r in parsed.responsibilities), jurisdiction)
    aliases: dict[tuple[str, str], bool] = {}
    unknown: list[str] = []
    for responsibility in parsed.responsibilities:
        department = resolved[responsibility.department_raw]
        responsibility.department = department.name
        responsibility.jurisdiction = jurisdiction
        aliases.setdefault((department.name, responsibility.department_raw), department.known)
        if not department.known and department.name not in unknown:
            unknown.append(department.name)
    for raw, department in resolved.items():
        for alias in known_aliases(raw, jurisdiction):
            aliases.setdefault((department.name, alias), True)
    parsed.departments = [
        Department(jurisdiction=jurisdiction, department=name, alias=alias, known=known)
        for (name, alias), known in aliases.items()
    ]
    if unknown:
        parsed.warnings.append("unknown departments (kept as written): " + "、".join(unknown))
    return parsed

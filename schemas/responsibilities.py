"""Responsibility records and the department alias registry entries."""

from __future__ import annotations

from pydantic import BaseModel, Field

from schemas.document import Provenance
from schemas.vocab import Role, SubjectType


class Responsibility(BaseModel):
    """A department's role for a task, indicator or target."""

    subject_type: SubjectType
    subject_id: str = Field(description="local id of the task / indicator / target")
    department_raw: str = Field(description="the department as written")
    department: str | None = Field(None, description="normalised name (set by the normaliser)")
    role: Role
    jurisdiction: str | None = Field(None, description="jurisdiction of the department")
    provenance: Provenance = Field(default_factory=Provenance)


class Department(BaseModel):
    """One written form (alias) of a normalised department within a jurisdiction."""

    jurisdiction: str | None
    department: str
    alias: str
    known: bool = Field(True, description="False when the registry did not know the name")

"""Target records: quantitative commitments stated in prose or goal lists."""

from __future__ import annotations

from pydantic import BaseModel, Field

from schemas.document import Provenance
from schemas.vocab import Qualifier


class Target(BaseModel):
    """One number a sentence commits to."""

    id: str = Field(description="document-local id, e.g. g7")
    task_id: str | None = Field(None, description="local id of the task whose text holds it")
    year: int | None = Field(None, description="deadline or year the sentence names")
    metric: str = Field(description="what is counted, shortest phrase that names it")
    value: float
    unit: str | None = Field(None, description="normalised unit")
    qualifier: Qualifier | None = None
    text: str = Field(description="the clause it comes from")
    provenance: Provenance = Field(default_factory=Provenance)

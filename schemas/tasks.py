"""Task records: the numbered hierarchy of a plan's body."""

from __future__ import annotations

from pydantic import BaseModel, Field

from schemas.document import Provenance


class Task(BaseModel):
    """One numbered item (一、 / （一） / 1． / 任务一: / 一是 …) or goal-table row."""

    id: str = Field(description="document-local id, e.g. t12")
    parent_id: str | None = Field(None, description="local id of the parent task")
    level: int = Field(description="1 for the top level of the body's numbering")
    label: str = Field(description="the numbering as written, e.g. 1．")
    ordinal: int = Field(description="the number the label denotes")
    path: str = Field(description="ordinals from the top joined by '.'")
    title: str = Field(description="text after the label up to the first 。 or ：")
    text: str = Field(description="full text including title, without nested items")
    deadline: str | None = Field(None, description="a task-table row's 完成时限 / 时间节点 cell, as written")
    block_index: int | None = Field(None, description="index of the starting block in Document.blocks")
    provenance: Provenance = Field(default_factory=Provenance)

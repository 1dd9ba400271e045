"""Closed vocabularies shared by the record families (str enums)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a department does for a subject."""

    lead = "lead"  # 牵头 / X负责 / 主办
    responsible = "responsible"  # 责任单位 / 责任部门 / 落实 with no split
    assist = "assist"  # 协助 / 配合 / 参与 / 协同


class Qualifier(StrEnum):
    """How a stated number is meant; absence (None) means exact."""

    approx = "approx"  # 左右 / 约
    min = "min"  # 以上 / 不少于 / 超 / 超过 / 突破 / ≥
    max = "max"  # 以下 / 不超过 / 低于 / 控制在…以内
    delta = "delta"  # 提高N个百分点 / 比上年提高
    not_decomposed = "not_decomposed"  # 不分解
    none = "none"  # - — —— /
    text = "text"  # other non-numeric text, e.g. 低于全省平均


class ValueKind(StrEnum):
    """Whether a value states the situation (baseline) or a goal (target)."""

    baseline = "baseline"
    target = "target"


class SubjectType(StrEnum):
    """What a responsibility is attached to."""

    task = "task"
    indicator = "indicator"
    target = "target"

"""Word lists for prose targets, loaded once from etl/data/target_lexicon.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from etl.normalise.units import COUNTING_UNITS

_DATA = Path(__file__).resolve().parent.parent / "data" / "target_lexicon.yaml"


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class TargetLexicon:
    """The vocabularies the target rules consult (see the YAML file for each list's meaning)."""

    counting_units: frozenset[str]
    units: tuple[str, ...]  # every CJK / symbol unit, longest first
    latin_units: tuple[str, ...]
    magnitudes: dict[str, int]
    blocked_before: tuple[str, ...]
    blocked_after: tuple[str, ...]
    retrospective_openers: tuple[str, ...]
    past_markers: tuple[str, ...]
    span_markers: tuple[str, ...]
    forward_cues: tuple[str, ...]
    count_verbs: tuple[str, ...]
    reach_verbs: frozenset[str]
    inner_cut_verbs: tuple[str, ...]
    metric_lead_strip: tuple[str, ...]
    metric_tail_strip: tuple[str, ...]
    post_filler: frozenset[str]
    structure_nouns: frozenset[str]
    structure_heads: tuple[str, ...]
    ratio_heads: tuple[str, ...]
    per_units: tuple[str, ...]
    incentive_words: tuple[str, ...]
    incentive_cap_words: tuple[str, ...]
    incentive_recipients: tuple[str, ...]
    incentive_limits: tuple[str, ...]
    incentive_rate_cues: tuple[str, ...]
    retrospective_headings: tuple[str, ...]
    retrospective_section_openers: tuple[str, ...]
    change_words: tuple[str, ...]
    post_name_stops: tuple[str, ...]
    object_verbs: tuple[str, ...]
    beneficiary_leads: tuple[str, ...]
    size_words: tuple[str, ...]
    post_actions: tuple[str, ...]


@cache
def lexicon() -> TargetLexicon:
    """The target lexicon (cached)."""
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    counting = COUNTING_UNITS  # one vocabulary of counting units: etl/data/units.yaml
    return TargetLexicon(
        counting_units=counting,
        units=_longest_first([*counting, *data["measuring_units"]]),
        latin_units=_longest_first(data["latin_units"]),
        magnitudes=dict(data["magnitudes"]),
        blocked_before=_longest_first(data["blocked_before"]),
        blocked_after=_longest_first(data["blocked_after"]),
        retrospective_openers=_longest_first(data["retrospective_openers"]),
        past_markers=_longest_first(data["past_markers"]),
        span_markers=_longest_first(data["span_markers"]),
        forward_cues=_longest_first(data["forward_cues"]),
        count_verbs=_longest_first(data["count_verbs"]),
        reach_verbs=frozenset(data["reach_verbs"]),
        inner_cut_verbs=_longest_first(data["inner_cut_verbs"]),
        metric_lead_strip=_longest_first(data["metric_lead_strip"]),
        metric_tail_strip=_longest_first(data["metric_tail_strip"]),
        post_filler=frozenset(data["post_filler"]),
        structure_nouns=frozenset(data["structure_nouns"]),
        structure_heads=tuple(data["structure_heads"]),
        ratio_heads=_longest_first(data["ratio_heads"]),
        per_units=_longest_first(data["per_units"]),
        incentive_words=_longest_first(data["incentive_words"]),
        incentive_cap_words=_longest_first(data["incentive_cap_words"]),
        incentive_recipients=_longest_first(data["incentive_recipients"]),
        incentive_limits=_longest_first(data["incentive_limits"]),
        incentive_rate_cues=_longest_first(data["incentive_rate_cues"]),
        retrospective_headings=_longest_first(data["retrospective_headings"]),
        retrospective_section_openers=_longest_first(data["retrospective_section_openers"]),
        change_words=_longest_first(data["change_words"]),
        post_name_stops=_longest_first(data["post_name_stops"]),
        object_verbs=_longest_first(data["object_verbs"]),
        beneficiary_leads=_longest_first(data["beneficiary_leads"]),
        size_words=_longest_first(data["size_words"]),
        post_actions=_longest_first(data["post_actions"]),
    )

"""Collective subjects in a 保障措施 paragraph: a clause with a role word states a role
("县直有关部门要积极配合" → assist); a generic exhortation ("各乡镇（街道）、县直各部门要按照职责分工，…")
states none, as the hand-verified gold reads 各部门要抓好…的实施 (sample 000)."""

from __future__ import annotations

import pytest

from etl.extract.responsibility_grammar import modal_role_entries
from etl.extract.responsibility_notes import find_notes
from schemas.vocab import Role


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县财政局要牵头做好资金统筹，县直有关部门要积极配合",
         [("县财政局", Role.lead), ("县直有关部门", Role.assist)]),
        ("各乡镇（街道）要主动配合，做好项目用地保障", [("各乡镇（街道）", Role.assist)]),
        ("各县（市、区）人民政府要负责辖区内充电设施建设", [("各县（市、区）人民政府", Role.lead)]),
    ],
)
def test_modal_clauses_with_role_words_state_roles(sentence: str, expected: list[tuple[str, Role]]) -> None:
    assert [(e.department_raw, e.role) for e in modal_role_entries(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "各乡镇（街道）、县直各部门要按照职责分工，细化工作措施，确保各项任务落到实处",
        "市直有关部门要按照职责分工，抓好贯彻落实",
        "企业要积极配合，加强内部管理",
    ],
)
def test_exhortations_and_non_departments_state_no_role(sentence: str) -> None:
    assert modal_role_entries(sentence) == []


def test_safeguard_paragraph_gives_only_the_role_worded_clauses() -> None:
    text = ("（二）强化政策支持。县财政每年安排发展资金3000万元。各乡镇（街道）、县直各部门要按照职责分工，"
            "细化工作措施。县财政局要牵头做好资金统筹，县直有关部门要积极配合。")
    entries = [(e.department_raw, e.role) for note in find_notes(text) for e in note.entries]
    assert entries == [("县财政局", Role.lead), ("县直有关部门", Role.assist)]

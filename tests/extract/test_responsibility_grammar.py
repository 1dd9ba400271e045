"""The note grammar: labels, role verbs, conventions, traditional characters, department lists."""

from __future__ import annotations

import pytest

from etl.extract.responsibility_grammar import (
    find_directives,
    first_listed_leads,
    looks_like_department,
    parse_role_clause,
    role_of_header,
    split_departments,
)
from etl.extract.responsibility_notes import bracket_groups, find_notes
from etl.extract.responsibility_tables import department_list_text
from schemas.vocab import Role

L, R, A = Role.lead.value, Role.responsible.value, Role.assist.value


def roles(text: str) -> list[tuple[str, str]]:
    return [(e.department_raw, e.role.value) for e in parse_role_clause(text).entries]


def test_responsible_label_covers_list_over_comma() -> None:
    assert roles("责任单位：市工信局、市发改委，各镇街园区") == [
        ("市工信局", R),
        ("市发改委", R),
        ("各镇街园区", R),
    ]


def test_lead_then_assist_verbs() -> None:
    assert roles("科学技术局负责，经济发展局、财政局、创业园等协助推进") == [
        ("科学技术局", L),
        ("经济发展局", A),
        ("财政局", A),
        ("创业园", A),
    ]


def test_lead_and_responsible_labels_with_half_width_punctuation() -> None:
    assert roles("牵头部门:市发改委、市科技局,责任部门:市商务局,市财政局") == [
        ("市发改委", L),
        ("市科技局", L),
        ("市商务局", R),
        ("市财政局", R),
    ]


def test_verb_inside_labelled_segment_keeps_label_role() -> None:
    text = "牵头部门:市应急管理局,责任部门:市工信局、消防救援支队等,市有关部门按职责分工负责"
    assert roles(text) == [("市应急管理局", L), ("市工信局", R), ("消防救援支队", R), ("市有关部门", R)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("由市发改委负责，有关部门配合", [("市发改委", L), ("有关部门", A)]),
        ("市发改委牵头，市工信局配合", [("市发改委", L), ("市工信局", A)]),
        ("市发改委牵头负责", [("市发改委", L)]),
        ("市财政局主办，市税务局协同", [("市财政局", L), ("市税务局", A)]),
        ("落实单位：市住建局", [("市住建局", R)]),
        ("市商务局负责落实", [("市商务局", R)]),
        ("责任单位：市发改委牵头，市工信局配合", [("市发改委", L), ("市工信局", A)]),
        ("责任部门：市发改委、市工信局负责", [("市发改委", R), ("市工信局", R)]),
    ],
)
def test_verb_grammars(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_traditional_characters() -> None:
    assert roles("牽頭單位：市發改委，配合單位：市工信局") == [("市發改委", L), ("市工信局", A)]
    assert roles("責任單位：市科技局") == [("市科技局", R)]
    assert roles("市科技局負責，市財政局協助") == [("市科技局", L), ("市財政局", A)]


def test_nested_brackets_stay_in_one_department() -> None:
    assert roles("责任部门:各县(市、区)人民政府、市属园区管委会") == [
        ("各县(市、区)人民政府", R),
        ("市属园区管委会", R),
    ]
    assert split_departments("市工信局、各县（市、区）政府等") == ["市工信局", "各县（市、区）政府"]


def test_text_without_role_is_not_a_note() -> None:
    assert roles("2022年底前完成") == []
    assert not parse_role_clause("2022年底前完成").complete
    assert roles("含参与") == []


def test_first_listed_is_lead_directive_with_below() -> None:
    found = find_directives("市发改委、市工信局、市财政局等负责，列第一位者为牵头单位，下同")
    assert found.first_is_lead
    assert found.applies_below
    entries = first_listed_leads(parse_role_clause(found.remainder).entries)
    assert [(e.department_raw, e.role.value) for e in entries] == [
        ("市发改委", L),
        ("市工信局", R),
        ("市财政局", R),
    ]


def test_first_listed_rule_leaves_explicit_splits_alone() -> None:
    entries = parse_role_clause("牵头单位：市发改委、市工信局").entries
    assert first_listed_leads(entries) == entries
    split = parse_role_clause("市发改委负责，市工信局配合").entries
    assert first_listed_leads(split) == split


def test_standing_departments_directive() -> None:
    found = find_directives("市科技局负责。以下均需各镇街、市属园区管委会落实，不再列出")
    assert found.standing_departments == ["各镇街", "市属园区管委会"]
    assert roles(found.remainder) == [("市科技局", L)]


def test_department_shape_and_headers() -> None:
    assert looks_like_department("市科学技术局")
    assert looks_like_department("有关金融保险机构")
    assert not looks_like_department("企业")
    assert role_of_header("牵头单位") is Role.lead
    assert role_of_header("參與部門") is Role.assist
    assert role_of_header("责任单位\n（部门）".replace("\n", "")) is Role.responsible
    assert role_of_header("主要目标") is None


def test_bracket_groups_nest_and_unclosed_runs_to_end() -> None:
    text = "甲（乙(丙)丁）戊（己"
    assert bracket_groups(text) == [(1, 8), (9, 11)]


def test_find_notes_in_paragraph_and_running_sentence() -> None:
    text = "1．加强统筹。建立机制（2022年完成）。由市发改委牵头，有关部门配合。"
    notes = find_notes(text)
    assert len(notes) == 1
    assert [(e.department_raw, e.role.value) for e in notes[0].entries] == [("市发改委", L), ("有关部门", A)]


def test_running_text_with_verb_is_not_a_note() -> None:
    assert find_notes("2．市科技局牵头编制规划，推动企业参与。") == []
    assert find_notes("3．各地要加强统筹，由企业负责。") == []


def test_standalone_note_detection() -> None:
    notes = find_notes("8．未来产业。发展未来产业。\n（牵头部门：市发改委）")
    assert notes[0].standalone
    assert not find_notes("8．未来产业。发展未来产业。（牵头部门：市发改委）")[0].standalone


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("高新区\n临港开发\n区", "高新区、临港开发区"),
        ("市科技局、市工信局、\n市市场监管局", "市科技局、市工信局、市市场监管局"),
        ("市属园区\n管委会", "市属园区管委会"),
        ("市人力资源和社\n会保障局", "市人力资源和社会保障局"),
    ],
)
def test_role_cell_lines(cell: str, expected: str) -> None:
    assert department_list_text(cell) == expected


def _note_roles(text: str) -> list[tuple[str, str]]:
    return [(e.department_raw, e.role.value) for note in find_notes(text) for e in note.entries]


def test_inline_role_mark_inside_a_labelled_list() -> None:
    assert roles("责任单位：市经信局（牵头）、市通信管理局") == [("市经信局", L), ("市通信管理局", R)]
    assert roles("责任部门：区科委（牵头），区经委、区财政局") == [("区科委", L), ("区经委", R), ("区财政局", R)]
    assert roles("责任单位：市财政局、市税务局（配合）") == [("市财政局", R), ("市税务局", A)]


def test_together_with_makes_the_first_lead_and_the_second_assist() -> None:
    assert roles("由市科技局会同市经信局负责，市税务局配合") == [
        ("市科技局", L),
        ("市经信局", A),
        ("市税务局", A),
    ]
    assert _note_roles("4．建设平台。由区商务委会同区经委负责。") == [("区商务委", L), ("区经委", A)]


def test_first_responsible_unit_designation() -> None:
    assert _note_roles("6．强化数据安全。市委网信办为第一责任单位，市公安局、市经信局按职责分工负责。") == [
        ("市委网信办", L),
        ("市公安局", R),
        ("市经信局", R),
    ]


def test_sentence_with_a_division_of_duties_verb_is_a_note() -> None:
    assert _note_roles("（五）加强人才引育。省人力社保厅、省教育厅按职责分工负责。") == [
        ("省人力社保厅", R),
        ("省教育厅", R),
    ]
    # plain 落实 in running text is no note, nor a general exhortation
    assert _note_roles("（二）加强督查。推动政策落实。") == []
    assert _note_roles("（二）加强督查。各区、县（市）人民政府和市级各有关部门要按职责分工抓好落实。") == []


def test_plain_brackets_stay_inside_a_sentence_note() -> None:
    assert _note_roles("8．加强宣传。县委宣传部牵头，各乡镇（街道）、县直各有关单位参与。") == [
        ("县委宣传部", L),
        ("各乡镇（街道）", A),
        ("县直各有关单位", A),
    ]
    assert _note_roles("1．推进网办。\n责任单位：县政数局，各镇人民政府（街道办事处）") == [
        ("县政数局", R),
        ("各镇人民政府（街道办事处）", R),
    ]


def test_department_with_a_second_name_in_brackets_reads_as_department() -> None:
    assert looks_like_department("市委组织部（市委人才办）")
    assert roles("市委组织部（市委人才办）牵头，市人社局参与") == [("市委组织部（市委人才办）", L), ("市人社局", A)]


def test_collective_over_level_words_is_one_department() -> None:
    assert split_departments("各区、县（市）人民政府，市财政局") == ["各区、县（市）人民政府", "市财政局"]
    assert split_departments("各市、县（市、区）人民政府") == ["各市、县（市、区）人民政府"]
    assert split_departments("各镇、街道、莘庄工业区") == ["各镇、街道", "莘庄工业区"]


def test_running_text_clauses_opening_with_a_department_and_a_modal_role_verb() -> None:
    from etl.extract.responsibility_grammar import modal_role_entries

    text = "市工信局要牵头建立工业经济运行调度机制，市发改委、市统计局等部门要密切配合，及时研判解决困难和问题。"
    assert [(e.department_raw, e.role) for e in modal_role_entries(text)] == [
        ("市工信局", Role.lead), ("市发改委", Role.assist), ("市统计局", Role.assist),
    ]
    assert [(e.department_raw, e.role) for n in find_notes(text) for e in n.entries][0] == ("市工信局", Role.lead)
    assert modal_role_entries("企业要积极参与标准制定，各类园区要主动配合。") == []  # not departments
    assert modal_role_entries("要加强组织领导，强化督查考核。") == []


def test_a_this_task_is_led_by_note_names_only_the_department() -> None:
    notes = find_notes("本任务由区政务服务数据管理局牵头，区工信局配合。")
    assert [(e.department_raw, e.role) for n in notes for e in n.entries] == [
        ("区政务服务数据管理局", Role.lead), ("区工信局", Role.assist),
    ]


def test_together_inside_running_text_gives_a_lead_and_its_assistants() -> None:
    from etl.extract.responsibility_grammar import together_clause_entries

    text = "统计部门未统计的由市经信局会同市统计局审核认定。"
    assert [(e.department_raw, e.role) for e in together_clause_entries(text)] == [
        ("市经信局", Role.lead), ("市统计局", Role.assist),
    ]
    assert together_clause_entries("由企业会同高校开展联合攻关。") == []
    assert together_clause_entries("本措施由区科经委会同区财政局负责解释。") == []

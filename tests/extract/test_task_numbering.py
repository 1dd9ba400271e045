"""Numbering labels: every scheme of the genre, ordinals, lead-sentence runs, titles."""

from __future__ import annotations

import pytest

from etl.extract.task_numbering import cn_numeral_value, lead_run, match_label, title_of


@pytest.mark.parametrize(
    ("text", "scheme", "label", "ordinal"),
    [
        ("一、指导思想", "cn_dun", "一、", 1),
        ("十二、保障措施", "cn_dun", "十二、", 12),
        ("（三）企业培优做强专项行动", "cn_paren", "（三）", 3),
        ("(二)招强引优行动", "cn_paren", "(二)", 2),
        ("1．加强龙头企业培育壮大。建立", "arabic_dot", "1．", 1),
        ("10.优化项目招引路径。", "arabic_dot", "10.", 10),
        ("３．全角数字。", "arabic_dot", "３．", 3),
        ("5、组建一批新型研发机构。", "arabic_dun", "5、", 5),
        ("（4）推进试点。", "arabic_paren", "（4）", 4),
        ("(12)推进试点。", "arabic_paren", "(12)", 12),
        ("⑤加快建设。", "circled", "⑤", 5),
        ("任务二:产业平台组织创新", "task_cn", "任务二:", 2),
        ("任务十一：提升金融服务水平", "task_cn", "任务十一：", 11),
        ("第三章 发展目标", "chapter", "第三章", 3),
        ("第二，要压实责任。", "ordinal_comma", "第二，", 2),
        ("三.强化保障措施", "cn_dun", "三.", 3),
        ("2.1 做强数字产业", "decimal_2", "2.1", 1),
        ("2.1.3 培育软件产业。", "decimal_3", "2.1.3", 3),
        ("3 保障措施", "arabic_bare", "3", 3),
    ],
)
def test_each_scheme_is_recognised(text: str, scheme: str, label: str, ordinal: int) -> None:
    found = match_label(text)
    assert found is not None
    assert (found.scheme, found.label, found.ordinal) == (scheme, label, ordinal)


@pytest.mark.parametrize(
    "text",
    [
        "1.5亿元的项目投资",  # a decimal, not a label
        "2.5 万亩高标准农田建成。",  # a decimal and a unit, not a 2.5 item
        "3 家企业入选。",  # a count, not a bare outline number
        "2024年，全市规上工业产值",  # a year
        "——产业规模持续壮大。",
        "一是",  # a label with nothing after it
        "为深入贯彻习近平总书记关于制造强国战略",
    ],
)
def test_prose_is_not_a_label(text: str) -> None:
    assert match_label(text) is None


@pytest.mark.parametrize(("text", "value"), [("三", 3), ("十", 10), ("十五", 15), ("二十", 20), ("二十三", 23),
                                             ("一百零五", 105), ("两", 2), ("大", None)])
def test_chinese_numerals(text: str, value: int | None) -> None:
    assert cn_numeral_value(text) == value


def test_lead_run_inside_a_paragraph() -> None:
    text = "加强组织领导。一是建立工作专班；二是完善考核机制；三是强化督查。"
    run = lead_run(text)
    assert [lead.ordinal for lead in run] == [1, 2, 3]
    assert text[run[1].start :].startswith("二是完善")


def test_lead_run_needs_sentence_punctuation_before_it_and_an_unbroken_sequence() -> None:
    assert lead_run("这不是一个统一是非的标准。") == []
    assert [lead.ordinal for lead in lead_run("一是甲。三是丙。二是乙。")] == [1, 2]


def test_decimal_labels_carry_the_number_they_belong_under() -> None:
    assert match_label("2.1 做强数字产业").prefix == "2"
    assert match_label("２．１．３培育软件产业").prefix == "2.1"
    assert match_label("1．加强培育").prefix is None


def test_lead_run_strung_with_commas_needs_two_items() -> None:
    text = "在工作作风上，一是要敢于担当，二是要狠抓落实，三是要廉洁自律。"
    assert [lead.label for lead in lead_run(text)] == ["一是", "二是", "三是"]
    assert lead_run("我们要统筹推进，一是关键。") == []
    assert [lead.label for lead in lead_run("一要抓项目。二要抓企业。")] == ["一要", "二要"]


def test_lead_run_continues_the_previous_paragraph_only_at_its_start() -> None:
    assert [lead.ordinal for lead in lead_run("二是实施改造攻坚行动。", continues_from=1)] == [2]
    assert lead_run("二是实施改造攻坚行动。", continues_from=0) == []


@pytest.mark.parametrize(
    ("rest", "title"),
    [
        ("加强龙头企业培育壮大。建立龙头企业培育库。", "加强龙头企业培育壮大"),
        ("企业培优做强专项行动", "企业培优做强专项行动"),
        ("主要目标：到2025年", "主要目标"),
        ("实施“三大攻坚”，筑牢制造业高质量发展基础", "实施“三大攻坚”，筑牢制造业高质量发展基础"),
        ("加强组织领导（市工信局牵头，各县区政府负责）", "加强组织领导"),
        ("推进重大项目建设（责任单位：市发改委）", "推进重大项目建设"),
        ("实施三年行动（2024—2026年）", "实施三年行动（2024—2026年）"),
    ],
)
def test_title_is_text_up_to_the_first_full_stop_or_colon(rest: str, title: str) -> None:
    assert title_of(rest) == title

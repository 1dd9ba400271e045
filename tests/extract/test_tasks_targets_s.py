"""Round-2 rules for tasks and targets met in a city leader's speech and a district 实施方案:
去年 results, a count named before the action it takes, lead runs across a paragraph broken
off mid-sentence, 任务一： with a note line and （1） under 1．, and a division table restating items."""

from __future__ import annotations

from etl.extract.target_sentences import paragraph_targets
from etl.extract.target_text import halfwidth, protected_mask
from etl.extract.target_years import YearContext, deadline_years
from etl.extract.task_numbering import lead_run
from etl.extract.tasks import breaks_off, extract_tasks
from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table


def _doc(*blocks: str | Table) -> Document:
    made = [
        block if isinstance(block, Table) else Paragraph(text=block, provenance=Provenance(line_start=i))
        for i, block in enumerate(blocks, 1)
    ]
    return Document(source_name="x.txt", format=SourceFormat.txt, sha256="0", blocks=made)


def _table(rows: list[list[str]]) -> Table:
    cells = [Cell(row=r, col=c, text=text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(n_rows=len(rows), n_cols=len(rows[0]), header_rows=1, cells=cells)


def _years(text: str, present: int | None) -> list[int]:
    norm = halfwidth(text)
    return [year for _, year in deadline_years(norm, protected_mask(norm), present)]


def _targets(text: str, present: int | None = 2024, year: int | None = None) -> list[tuple]:
    drafts = paragraph_targets(text, YearContext(year, present))
    return [(d.metric, d.value, d.unit, d.year) for d in drafts]


def test_last_year_is_the_year_before_the_documents_own_but_not_a_comparison_base() -> None:
    assert _years("去年全市实施项目286个", 2024) == [2023]
    assert _years("增速比去年提高1个百分点", 2024) == []
    assert _years("去年以来，累计完成", 2024) == []
    assert _years("去年全市实施项目286个", None) == []


def test_a_result_of_last_year_is_no_target_but_this_years_number_is() -> None:
    found = _targets("去年全市实施亿元以上工业项目286个，今年要实施亿元以上工业项目300个以上。")
    assert found == [("亿元以上工业项目", 300, "个", 2024)]


def test_a_count_named_before_the_action_it_takes_keeps_that_name() -> None:
    assert _targets("带动上下游配套企业300家以上同步改造。", year=None) == [("上下游配套企业", 300, "家", None)]
    # the name after the count stays the metric when no action follows the count
    assert _targets("新增8家上市公司。", year=None) == [("上市公司", 8, "家", None)]
    assert _targets("推动200家企业上云。", year=None)[0][0] == "企业上云"


def test_a_lead_run_goes_on_in_the_rest_of_a_sentence_broken_off_by_a_paragraph_break() -> None:
    rest = "8.1%，企业达到2156家。二是产业结构持续优化。结构更优。三是创新动能加速积聚。"
    assert [label.ordinal for label in lead_run(rest, continues_from=1, mid_sentence=True)] == [2, 3]
    assert lead_run(rest, continues_from=1) == []  # a paragraph of its own: 二是 without 一是 is prose
    assert breaks_off("过去一年，态势良好。一是总量规模稳步扩大。全市规模以上工业增加值增长")
    assert not breaks_off("一、正视成绩与不足，坚定信心决心")  # a heading has no 。
    assert not breaks_off("过去一年，态势良好。")


def test_a_broken_off_paragraph_continues_its_item_and_its_lead_run() -> None:
    doc = _doc(
        "一、正视成绩与不足",
        "过去一年，态势良好。一是总量规模稳步扩大。全市规模以上工业增加值增长",
        "8.1%，规上工业企业达到2156家。二是产业结构持续优化。比重提高。三是创新动能加速积聚。",
        "二、聚焦重点抓落实",
        "一是做强产业。",
    )
    tasks = extract_tasks(doc)
    assert [(t.path, t.label, t.title) for t in tasks] == [
        ("1", "一、", "正视成绩与不足"),
        ("1.1", "一是", "总量规模稳步扩大"),
        ("1.2", "二是", "产业结构持续优化"),
        ("1.3", "三是", "创新动能加速积聚"),
        ("2", "二、", "聚焦重点抓落实"),
        ("2.1", "一是", "做强产业"),
    ]
    assert "工业增加值增长8.1%，规上工业企业" in tasks[1].text


def test_parts_task_headings_with_a_note_line_and_parenthesised_items_under_numbered_ones() -> None:
    doc = _doc(
        "第一部分　总体要求",
        "一、工作目标",
        "到2026年，建成智能工厂20家。",
        "第二部分　重点任务",
        "任务一：实施龙头企业引领工程",
        "（牵头单位：区经济促进局；配合单位：区科技局）",
        "1．打造标杆工厂。到2025年底建成灯塔工厂2家。",
        "2．推动产业链协同转型。",
        "（1）支持链主企业搭建协同平台。",
        "（2）每年遴选10个示范项目。",
        "任务二：实施中小企业普及工程",
        "1．开展免费诊断。每年为400家中小企业提供诊断服务。",
        "第三部分",
        "保障措施",
        "一、加强组织领导。成立工作专班。",
        "附件",
        _table([
            ["序号", "重点任务", "责任单位", "完成时限"],
            ["1", "打造标杆工厂", "区经济促进局", "2025年12月"],
            ["2", "推动产业链协同转型", "区经济促进局", "2026年12月"],
            ["3", "开展免费诊断", "区经济促进局", "每年12月"],
        ]),
    )
    assert [(t.path, t.level, t.label, t.title) for t in extract_tasks(doc)] == [
        ("1", 1, "第一部分", "总体要求"),
        ("1.1", 2, "一、", "工作目标"),
        ("2", 1, "第二部分", "重点任务"),
        ("2.1", 2, "任务一：", "实施龙头企业引领工程"),
        ("2.1.1", 3, "1．", "打造标杆工厂"),
        ("2.1.2", 3, "2．", "推动产业链协同转型"),
        ("2.1.2.1", 4, "（1）", "支持链主企业搭建协同平台"),
        ("2.1.2.2", 4, "（2）", "每年遴选10个示范项目"),
        ("2.2", 2, "任务二：", "实施中小企业普及工程"),
        ("2.2.1", 3, "1．", "开展免费诊断"),
        ("3", 1, "第三部分", "保障措施"),
        ("3.1", 2, "一、", "加强组织领导"),
    ]  # the division table only restates items: no tasks of its own

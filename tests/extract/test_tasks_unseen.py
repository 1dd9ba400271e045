"""Task hierarchy on hand-written documents of the genre that the code was not tuned on.

Each fixture under tests/data/unseen/tasks/ was read by hand; the expected outlines below
were written from the text, not from program output.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from etl.extract.tasks import extract_tasks
from etl.read import read_document
from schemas.tasks import Task

UNSEEN = Path(__file__).resolve().parent.parent / "data" / "unseen" / "tasks"


def tasks_of(name: str) -> list[Task]:
    return extract_tasks(read_document(UNSEEN / name))


def outline(tasks: list[Task]) -> list[tuple[str, int, str, str]]:
    return [(t.path, t.level, t.label, t.title) for t in tasks]


def by_path(tasks: list[Task]) -> dict[str, Task]:
    return {t.path: t for t in tasks}


def test_decimal_outline_numbering() -> None:
    tasks = tasks_of("decimal_outline_plan.txt")
    assert outline(tasks) == [
        ("1", 1, "1.", "总体要求"),
        ("1.1", 2, "1.1", "指导思想"),
        ("1.2", 2, "1.2", "发展目标"),
        ("2", 1, "2.", "重点任务"),
        ("2.1", 2, "2.1", "做强数字产业"),
        ("2.1.1", 3, "2.1.1", "培育软件和信息服务业"),
        ("2.1.2", 3, "2.1.2", "发展集成电路产业"),
        ("2.2", 2, "2.2", "推进产业数字化"),
        ("2.2.1", 3, "2.2.1", "实施智能化改造"),
        ("2.2.2", 3, "2.2.2", "推动服务业数字化转型"),
        ("3", 1, "3.", "保障措施"),
        ("3.1", 2, "3.1", "加强组织领导"),
        ("3.2", 2, "3.2", "强化要素保障"),
    ]
    found = by_path(tasks)
    # —— goal lines and ● bullets are text of the item they stand under, not items
    assert "——创新能力显著增强" in found["1.2"].text
    assert found["2.2.1"].text.endswith("● 建设一批智能工厂和数字化车间。")
    # a number such as 1.5万家 opening a paragraph is prose, not a 1.5 item
    assert found["3.2"].text.endswith("1.5万家中小企业完成数字化诊断，相关经费纳入年度预算。")


def test_chapters_sections_and_articles() -> None:
    tasks = tasks_of("chapter_article_measures.txt")
    assert outline(tasks) == [
        ("1", 1, "第一章", "总则"),
        ("1.1", 2, "第一条", "为加快推进制造强市建设，结合本市实际，制定本措施"),
        ("1.2", 2, "第二条", "本措施适用于在本市依法登记注册、具有独立法人资格的工业企业"),
        ("2", 1, "第二章", "支持企业做大做强"),
        ("2.1", 2, "第一节", "支持企业规模提升"),
        ("2.1.3", 3, "第三条", "对年主营业务收入首次突破10亿元的企业，给予一次性奖励50万元"),
        ("2.1.4", 3, "第四条", "鼓励企业兼并重组"),
        ("2.1.4.1", 4, "（一）", "对实施兼并重组的企业，按交易额的1%给予补助，最高不超过200万元"),
        ("2.1.4.2", 4, "（二）", "对被认定为市级总部企业的，给予一次性奖励100万元"),
        ("2.2", 2, "第二节", "支持企业技术改造"),
        ("2.2.5", 3, "第五条", "对设备投资额1000万元以上的技术改造项目，按设备投资额的10%给予补助"),
        ("3", 1, "第三章", "附则"),
        ("3.6", 2, "第六条", "本措施由市工业和信息化局负责解释"),
        ("3.7", 2, "第七条", "本措施自2024年1月1日起施行，有效期至2026年12月31日"),
    ]
    # a label alone on its line takes the next line as its title, and both are its text
    assert by_path(tasks)["1"].text == "第一章\n总则"


def test_notice_whose_body_is_the_plan() -> None:
    tasks = tasks_of("own_items_notice.txt")
    assert outline(tasks) == [
        ("1", 1, "一、", "压紧压实安全生产责任"),
        ("1.1", 2, "1．", "落实属地管理责任"),
        ("1.2", 2, "2．", "落实部门监管责任"),
        ("1.2.1", 3, "（1）", "应急管理部门负责综合监管和危险化学品安全监管"),
        ("1.2.2", 3, "（2）", "住房城乡建设部门负责建筑施工安全监管"),
        ("2", 1, "二、", "深化重点行业领域专项整治"),
        ("2.3", 2, "3．", "危险化学品领域"),
        ("2.3.1", 3, "①", "开展重大危险源专项排查"),
        ("2.3.2", 3, "②", "推进化工园区安全整治提升"),
        ("2.4", 2, "4．", "建筑施工领域"),
        ("3", 1, "三、", "强化保障措施"),
    ]
    found = by_path(tasks)
    assert found["2.4"].text == (
        "4．建筑施工领域。严格落实危大工程管理制度。\n"
        "■ 重点检查深基坑、高支模等危大工程。\n■ 严厉打击违法分包、转包行为。"
    )
    # the signature under the last item is not its text
    assert found["3"].text == "三、强化保障措施\n各乡镇、各部门要高度重视，切实加强组织领导，确保各项工作落到实处。"


def test_speech_with_ordinal_headings_and_lead_sentences() -> None:
    tasks = tasks_of("speech_points.txt")
    assert outline(tasks) == [
        ("1", 1, "第一、", "充分肯定去年工作成绩"),
        ("1.1", 2, "一是", "规模持续壮大，规上工业总产值突破3000亿元"),
        ("1.2", 2, "二是", "结构不断优化，高新技术产业产值占比提高2个百分点"),
        ("1.3", 2, "三是", "动能加快转换"),
        ("2", 1, "第二、", "准确把握当前面临的形势"),
        ("3", 1, "第三、", "全力抓好今年重点工作"),
        ("3.1", 2, "一要", "抓项目建设"),
        ("3.2", 2, "二要", "抓企业培育"),
        # a second run restarting at 一 is a new enumeration: its ordinals restart too
        ("3.1", 2, "一是", "要敢于担当"),
        ("3.2", 2, "二是", "要狠抓落实"),
        ("3.3", 2, "三是", "要廉洁自律"),
    ]
    found = by_path(tasks)
    # the paragraph repeated verbatim under 第二、 is kept once (under 第一、, where it first stands)
    assert "这些成绩来之不易" in found["1.3"].text
    assert "这些成绩来之不易" not in found["2"].text
    assert found["3"].text == "第三、全力抓好今年重点工作"


def test_plan_with_a_task_decomposition_annex() -> None:
    tasks = tasks_of("plan_with_task_table.txt")
    assert outline(tasks) == [
        ("1", 1, "一、", "总体目标"),
        ("2", 1, "二、", "重点任务"),
        ("2.1", 2, "（一）", "推进企业“智改数转”"),
        ("2.2", 2, "（二）", "建设工业互联网平台"),
        ("2.3", 2, "（三）", "培育数字化服务商"),
        ("3", 1, "三、", "保障措施"),
        ("3.1", 2, "（一）", "加强组织领导"),
        ("3.2", 2, "（二）", "强化资金支持"),
        ("2.1.1", 3, "1", "每年实施智能化改造项目300项以上"),
        ("2.1.2", 3, "2", "建成省级智能制造示范工厂10家"),
        ("2.2.3", 3, "3", "培育省级工业互联网平台5个"),
        ("2.3.4", 3, "4", "引进数字化服务商20家"),
    ]
    found = by_path(tasks)
    assert found["3.1"].text == "（一）加强组织领导（市工信局牵头，各县区政府负责）"
    assert found["2.1.1"].parent_id == found["2.1"].id


def _merged_row(table: docx.table.Table, text: str) -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = text


@pytest.fixture
def workplan_docx(tmp_path: Path) -> Path:
    """A 工作要点 with labels alone on their lines, 1． above （一）, and a task list whose
    section headings are merged rows of the table."""
    document = docx.Document()
    for text in [
        "沭阳县2024年乡村振兴工作要点",
        "一、",
        "发展壮大乡村特色产业",
        "1．推进高标准农田建设。新建高标准农田2万亩。",
        "（一）实施粮食提质增效工程。推广优质稻麦品种。",
        "（二）发展设施农业。新建设施农业基地5个。",
        "2．培育新型农业经营主体（县农业农村局牵头，县财政局配合）",
        "二、",
        "持续改善农村人居环境",
        "深入开展农村人居环境整治提升五年行动。",
        "三、加强基层组织建设。选优配强村党组织书记。",
        "附件",
        "2024年乡村振兴重点任务清单",
    ]:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["序号", "工作任务", "责任单位", "完成时限"], strict=True):
        cell.text = text
    rows = [
        ("二、持续改善农村人居环境", None),
        (None, ("1", "完成农村户厕改造5000户", "县农业农村局", "12月底")),
        (None, ("2", "新建农村公路50公里", "县交通运输局", "11月底")),
        ("三、加强基层组织建设", None),
        (None, ("3", "完成村党组织书记轮训", "县委组织部", "9月底")),
    ]
    for heading, cells in rows:
        if heading:
            _merged_row(table, heading)
        else:
            for cell, text in zip(table.add_row().cells, cells, strict=True):
                cell.text = text
    path = tmp_path / "workplan.docx"
    document.save(path)
    return path


def test_workplan_docx_with_lone_labels_and_table_headings(workplan_docx: Path) -> None:
    tasks = extract_tasks(read_document(workplan_docx))
    assert outline(tasks) == [
        ("1", 1, "一、", "发展壮大乡村特色产业"),
        ("1.1", 2, "1．", "推进高标准农田建设"),
        ("1.1.1", 3, "（一）", "实施粮食提质增效工程"),
        ("1.1.2", 3, "（二）", "发展设施农业"),
        ("1.2", 2, "2．", "培育新型农业经营主体"),
        ("2", 1, "二、", "持续改善农村人居环境"),
        ("3", 1, "三、", "加强基层组织建设"),
        ("2.1", 2, "1", "完成农村户厕改造5000户"),
        ("2.2", 2, "2", "新建农村公路50公里"),
        ("3.3", 2, "3", "完成村党组织书记轮训"),
    ]
    assert by_path(tasks)["2"].text == "二、\n持续改善农村人居环境\n深入开展农村人居环境整治提升五年行动。"


def test_five_year_plan_with_a_table_of_contents() -> None:
    tasks = tasks_of("toc_five_year_plan.txt")
    assert outline(tasks) == [
        ("1", 1, "第一章", "发展基础"),
        ("2", 1, "第二章", "总体要求"),
        ("2.1", 2, "第一节", "指导思想"),
        ("2.2", 2, "第二节", "发展目标"),
        ("3", 1, "第三章", "重点任务"),
        ("3.1", 2, "一、", "强化企业创新主体地位"),
        ("3.1.1", 3, "（一）", "培育高新技术企业"),
        ("3.1.2", 3, "（二）", "支持企业建设研发机构"),
        ("3.2", 2, "二、", "建设高水平创新平台"),
        ("3.2.1", 3, "1．", "国家级创新平台"),
        ("3.2.2", 3, "2．", "省级创新平台"),
        ("3.3", 2, "三、", "优化创新生态"),
    ]
    # a 专栏 (box) heading is text of the item it stands in
    assert "专栏1　重大创新平台建设工程" in by_path(tasks)["3.2"].text


def test_outline_whose_top_level_has_no_dot() -> None:
    from tests.extract.test_tasks import doc_of

    doc = doc_of("1 总体要求", "1.1 指导思想", "坚持创新。", "1.2 发展目标", "2 重点任务", "2.1 做强产业",
                 "3 家企业入选国家级名单。")
    assert outline(extract_tasks(doc)) == [
        ("1", 1, "1", "总体要求"),
        ("1.1", 2, "1.1", "指导思想"),
        ("1.2", 2, "1.2", "发展目标"),
        ("2", 1, "2", "重点任务"),
        ("2.1", 2, "2.1", "做强产业"),
    ]


@pytest.mark.parametrize(
    "name",
    ["decimal_outline_plan.txt", "chapter_article_measures.txt", "own_items_notice.txt",
     "speech_points.txt", "toc_five_year_plan.txt"],
)
def test_the_same_text_as_docx_gives_the_same_tasks(name: str, tmp_path: Path) -> None:
    document = docx.Document()
    for line in (UNSEEN / name).read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "same.docx"
    document.save(path)
    assert outline(extract_tasks(read_document(path))) == outline(tasks_of(name))

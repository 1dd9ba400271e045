"""extract_targets: attachment to tasks, year context across tasks, goal tables, samples vs gold."""

from __future__ import annotations

import difflib
import unicodedata
from functools import cache

import pytest

from etl.extract.targets import extract_targets
from etl.extract.tasks import extract_tasks
from etl.read import read_document
from schemas.document import Cell, Document, Paragraph, Provenance, SourceFormat, Table
from schemas.targets import Target
from schemas.tasks import Task
from tests.conftest import load_gold, sample_path

STEMS = [
    "000_9655f32b988e5d04",
    "001_5c98e3f220e824c9",
    "002_bee87eaabc4616cb",
    "003_940edf13a6d46b16",
    "004_c753c493ba97cf57",
]


def doc_of(*blocks: Paragraph | Table) -> Document:
    return Document(source_name="x.txt", format=SourceFormat.txt, sha256="0", blocks=list(blocks))


def para(text: str, line: int) -> Paragraph:
    return Paragraph(text=text, provenance=Provenance(line_start=line, line_end=line))


def task(task_id: str, path: str, text: str, block: int, parent: str | None = None, label: str = "") -> Task:
    return Task(
        id=task_id, parent_id=parent, level=path.count(".") + 1, label=label, ordinal=int(path.split(".")[-1]),
        path=path, title=text.split("。")[0], text=text, block_index=block,
    )  # fmt: skip


def test_targets_attach_to_the_holding_task_and_outside_text_needs_a_forward_cue() -> None:
    doc = doc_of(
        para("现将行动计划印发给你们。到2025年，力争全市规上工业企业达到9000家。", 1),
        para("二、总体目标", 2),
        para("到2024年，全市规模以上制造业企业数量达到2500家。", 3),
        para("——创新能力大幅提升。研发人员数达到26000人。", 4),
        para("三、重点工作", 5),
        para("1．加强龙头企业培育壮大。新增上市公司8家。", 6),
    )
    tasks = [
        task("t1", "2", "二、总体目标\n到2024年，全市规模以上制造业企业数量达到2500家。\n——创新能力大幅提升。研发人员数达到26000人。", 1),
        task("t2", "3", "三、重点工作", 4),
        task("t3", "3.1", "1．加强龙头企业培育壮大。新增上市公司8家。", 5, parent="t2", label="1．"),
    ]  # fmt: skip
    found = extract_targets(doc, tasks)
    assert [(t.id, t.task_id, t.metric, t.value, t.year) for t in found] == [
        ("g1", "t1", "规模以上制造业企业数量", 2500, 2024),
        ("g2", "t1", "研发人员数", 26000, 2024),
        ("g3", "t3", "上市公司", 8, None),
        ("g4", None, "规上工业企业", 9000, 2025),
    ]
    assert found[1].provenance.line_start == 4
    assert found[1].text == "研发人员数达到26000人"


def test_child_inherits_the_year_of_its_parent_but_not_of_a_sibling() -> None:
    doc = doc_of(para("x", 1))
    tasks = [
        task("t1", "1", "一、企业培育。到2023年，培育百亿级企业10家。", 0),
        task("t2", "1.1", "（一）培育龙头。新增上市公司8家。", 0, parent="t1"),
        task("t3", "2", "二、创新提升。新增研发机构5家。", 0),
    ]
    assert [(t.task_id, t.year) for t in extract_targets(doc, tasks)] == [
        ("t1", 2023),
        ("t2", 2023),
        ("t3", None),
    ]


def test_goal_table_rows_take_the_year_of_the_table_caption() -> None:
    table = Table(n_rows=1, n_cols=2, cells=[Cell(row=0, col=0, text="1"), Cell(row=0, col=1, text="x")])
    doc = doc_of(para("到2022年，新增研发机构20家。", 1), para("行动计划2020年重点工作目标", 2), table)
    tasks = [
        task("t1", "1", "1．打造平台。到2022年，新增研发机构20家。", 0, label="1．"),
        task("t2", "1.1", "全年实施重点技改项目不少于100个。", 2, parent="t1"),
    ]
    assert [(t.task_id, t.year, t.value) for t in extract_targets(doc, tasks)] == [
        ("t1", 2022, 20),
        ("t2", 2020, 100),
    ]


def test_paragraph_repeated_inside_a_task_is_not_read_again_outside() -> None:
    doc = doc_of(
        para("一是培育企业。到2023年底创成省级专精特新中小企业300家。", 1),
        para("一是培育企业。到2023年底创成省级专精特新中小企业300家。", 2),
    )
    tasks = [task("t1", "1", "一是培育企业。到2023年底创成省级专精特新中小企业300家。", 0)]
    assert [t.task_id for t in extract_targets(doc, tasks)] == ["t1"]  # fmt: skip


# ---- samples against gold (matched like the scorer: value, unit, metric similarity >= 0.5 or containment)


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(text.split()).replace("“", "").replace("”", "")


def _metric_match(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 2 and short in long_) or difflib.SequenceMatcher(None, a, b).ratio() >= 0.5


@cache
def _extracted(fmt: str, stem: str) -> tuple[list[Target], dict[str, str]]:
    doc = read_document(sample_path(fmt, stem))
    tasks = extract_tasks(doc)
    return extract_targets(doc, tasks), {t.id: t.path for t in tasks}


def _score(fmt: str, stem: str) -> tuple[int, int, int, int, int]:
    """(tp, fp, fn, right years, right tasks) with a greedy one-to-one match."""
    found, paths = _extracted(fmt, stem)
    gold = load_gold(stem)["targets"]
    used: set[int] = set()
    tp = years = attached = 0
    for g in gold:
        for index, t in enumerate(found):
            if (
                index in used
                or abs(t.value - g["value"]) > 1e-6 * max(1, abs(g["value"]))
                or t.unit != g["unit"]
            ):
                continue
            if _metric_match(t.metric, g["metric"]):
                used.add(index)
                tp += 1
                years += t.year == g["year"]
                attached += paths.get(t.task_id or "") == g["task_path"]
                break
    return tp, len(found) - tp, len(gold) - tp, years, attached


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("stem", STEMS)
def test_samples_match_gold(fmt: str, stem: str) -> None:
    tp, fp, fn, years, attached = _score(fmt, stem)
    f1 = 2 * tp / max(1, 2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn)
    assert years >= 0.95 * tp
    assert attached >= 0.95 * tp


@pytest.mark.parametrize("stem", STEMS)
def test_same_records_for_txt_docx_and_pdf(stem: str) -> None:
    def records(fmt: str) -> list[tuple]:
        found, paths = _extracted(fmt, stem)
        return [(paths.get(t.task_id or ""), t.year, t.metric, t.value, t.unit, t.qualifier) for t in found]

    assert records("txt") == records("docx") == records("pdf")
